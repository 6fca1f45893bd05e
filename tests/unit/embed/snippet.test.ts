import { describe, expect, it } from 'vitest';
import { parseEmbedParams, viewQuery } from '../../../src/lib/embed/params.ts';
import {
	DEFAULT_HEIGHTS,
	defaultHeight,
	embedSnippet,
	embedUrl,
	iframeSnippet,
	loaderSnippet
} from '../../../src/lib/embed/snippet.ts';

const base = {
	site: 'https://example.org/explorer',
	path: '/embed/map',
	lang: 'en',
	view: 'indicator=emcdda_drd&region=europe',
	params: { dark: 'auto', controls: true, lang: null },
	title: 'Drug-induced deaths, Europe, 2019 (Drug Policy Explorer)',
	kind: 'map'
} as const;

/** The src attribute of a snippet, unescaped as a browser would. */
function srcOf(html: string): URL {
	const m = /<iframe src="([^"]*)"/.exec(html);
	return new URL(m![1]!.replace(/&amp;/g, '&'));
}

describe('iframeSnippet', () => {
	it('a live embed: title, lazy, full width, fixed default height, the loader’s attribute, no pin', () => {
		const html = iframeSnippet({ ...base, mode: 'live' });
		expect(html).toBe(
			'<iframe src="https://example.org/explorer/embed/map?indicator=emcdda_drd&amp;region=europe" title="Drug-induced deaths, Europe, 2019 (Drug Policy Explorer)" ' +
				`width="100%" height="${DEFAULT_HEIGHTS.map}" loading="lazy" style="width: 100%; min-width: 100%; border: 0;" data-dpe-embed></iframe>`
		);
		expect(srcOf(html).searchParams.has('pin')).toBe(false);
	});

	it('a pinned embed carries pin=<version>, and the embed reads back the same view and parameters', () => {
		const html = iframeSnippet({
			...base,
			mode: 'pinned',
			version: '2026-03-24-0123456789',
			params: { dark: 'true', controls: false, lang: null }
		});
		const u = srcOf(html);
		expect(u.pathname).toBe('/explorer/embed/map');
		expect(parseEmbedParams(u.search)).toEqual({
			dark: 'true',
			controls: false,
			lang: null,
			pin: '2026-03-24-0123456789'
		});
		expect(viewQuery(u.search)).toBe('indicator=emcdda_drd&region=europe');
	});

	it('refuses a pinned embed without a version', () => {
		expect(() => embedUrl({ ...base, mode: 'pinned' })).toThrow(/data version/);
	});

	it('escapes hostile titles and addresses, so nothing breaks out of the attribute', () => {
		const html = iframeSnippet({
			...base,
			mode: 'live',
			title: '"><script>alert(1)</script>',
			view: 'x="><img src=x onerror=alert(1)>'
		});
		expect(html).not.toContain('<script>');
		expect(html).not.toContain('<img');
		expect(html).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
		expect(html.match(/"/g)!.length % 2).toBe(0);
	});

	it('each kind has its own default height, and the country embed’s path is used as given', () => {
		const html = iframeSnippet({ ...base, kind: 'country', path: '/embed/country/PRT', view: '', mode: 'live' });
		expect(html).toContain(`height="${DEFAULT_HEIGHTS.country}"`);
		expect(srcOf(html).href).toBe('https://example.org/explorer/embed/country/PRT');
	});

	it('a map without controls gets a shorter fixed height', () => {
		const html = iframeSnippet({ ...base, mode: 'live', params: { ...base.params, controls: false } });
		expect(defaultHeight('map', false)).toBeLessThan(defaultHeight('map', true));
		expect(html).toContain(`height="${defaultHeight('map', false)}"`);
		expect(srcOf(html).searchParams.get('controls')).toBe('false');
	});
});

describe('embedSnippet', () => {
	it('iframe, then the async loader from the same site', () => {
		const s = embedSnippet({ ...base, mode: 'live' });
		const [iframe, loader] = s.split('\n');
		expect(iframe).toMatch(/^<iframe /);
		expect(loader).toBe('<script async src="https://example.org/explorer/embed.js"></script>');
		expect(loaderSnippet('https://a.test')).toBe('<script async src="https://a.test/embed.js"></script>');
	});
});

describe('the Norwegian embed code', () => {
	const nb = {
		...base,
		lang: 'nb',
		title: 'Narkotikautløste dødsfall, Europa, 2019 (Drug Policy Explorer)'
	} as const;

	it('points to /nb/embed/… with the same view, the title in Norwegian; the loader is the same file', () => {
		expect(embedSnippet({ ...nb, mode: 'live' })).toBe(
			'<iframe src="https://example.org/explorer/nb/embed/map?indicator=emcdda_drd&amp;region=europe" title="Narkotikautløste dødsfall, Europa, 2019 (Drug Policy Explorer)" ' +
				`width="100%" height="${DEFAULT_HEIGHTS.map}" loading="lazy" style="width: 100%; min-width: 100%; border: 0;" data-dpe-embed></iframe>\n` +
				'<script async src="https://example.org/explorer/embed.js"></script>'
		);
	});

	it('pinned, without controls, country: /nb/embed/country/PRT?controls=false&pin=…', () => {
		expect(
			embedUrl({
				...nb,
				path: '/embed/country/PRT',
				view: '',
				params: { dark: 'auto', controls: false, lang: null },
				mode: 'pinned',
				version: '2026-03-24-0123456789'
			})
		).toBe('https://example.org/explorer/nb/embed/country/PRT?controls=false&pin=2026-03-24-0123456789');
	});

	it('a path given with a language prefix is moved, not doubled', () => {
		expect(embedUrl({ ...nb, path: '/nb/embed/map', view: '', mode: 'live' })).toBe(
			'https://example.org/explorer/nb/embed/map'
		);
		expect(embedUrl({ ...base, path: '/nb/embed/map', view: '', mode: 'live' })).toBe(
			'https://example.org/explorer/embed/map'
		);
	});
});
