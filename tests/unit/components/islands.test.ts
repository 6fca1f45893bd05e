/**
 * The islands' prerendered markup (src/islands.server.ts): an island's empty element is filled with its component,
 * rendered in the page's language with Svelte's hydration marks (the browser hydrates it later); a page without
 * islands is untouched; an unknown island is an error that names it, never an empty box.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fillIslands } from '../../../src/islands.server.ts';
import { setActiveLang } from '../../../src/lib/strings/lang.ts';

afterEach(() => setActiveLang('en'));

const at = (lang: 'en' | 'nb', path = '/') => ({
	lang,
	url: new URL(`http://localhost${lang === 'nb' ? '/nb' : ''}${path}`),
	params: {}
});
const page = (name: string) => `<main><div class="island svelte-abc" data-island="${name}"></div><p>after</p></main>`;

describe('fillIslands', () => {
	it('leaves a page without islands as it is', () => {
		const html = '<main><div class="x"></div><p>data-island is only text here</p></main>';
		expect(fillIslands(html, at('en'))).toBe(html);
	});

	it('renders the map into its element, in the page’s language, ready to hydrate', () => {
		const en = fillIslands(page('map'), at('en'));
		expect(en).toMatch(/^<main><div class="island svelte-abc" data-island="map"><!--\[-->/);
		expect(en).toMatch(/<\/div><p>after<\/p><\/main>$/);
		expect(en).toMatch(/<svg[^>]*data-chart="map"/);
		expect(en).toMatch(/<h1[^>]*>Drug use disorder deaths \(GBD 2019\), World, 2019<\/h1>/);
		expect(en).toMatch(/<table[\s\S]*Portugal/);
		const nb = fillIslands(page('map'), at('nb'));
		expect(nb).toMatch(/<h1[^>]*>[^<]*, verden, 2019<\/h1>/i);
		expect(nb).toContain('Tsjekkia');
		expect(fillIslands(page('map-embed'), at('en'))).toMatch(/<svg[^>]*data-chart="map"/);
	});

	it('renders the compare page and its embed: heading, chart and share button', () => {
		const compare = fillIslands(page('compare'), at('en'));
		expect(compare).toMatch(/<h1[^>]*>Compare countries<\/h1>/);
		expect(compare).toMatch(/<svg[^>]*data-chart="[^"]+"/);
		expect(compare).toContain('data-share');
		expect(fillIslands(page('compare-embed'), at('nb'))).toMatch(/<svg[^>]*data-chart="[^"]+"/);
	});

	it('renders a country profile for the place in the address, and refuses a code that is no place', () => {
		const prt = fillIslands(page('country'), { ...at('en', '/country/PRT'), params: { iso3: 'PRT' } });
		expect(prt).toMatch(/<h1[^>]*>Portugal<\/h1>/);
		expect(fillIslands(page('country'), { ...at('nb', '/country/NOR'), params: { iso3: 'NOR' } })).toMatch(
			/<h1[^>]*>Norge<\/h1>/
		);
		const embed = fillIslands(page('country-embed'), { ...at('en', '/embed/country/PRT'), params: { iso3: 'PRT' } });
		expect(embed).toMatch(/<svg[^>]*data-chart=/);
		expect(embed).toContain('Portugal');
		expect(() => fillIslands(page('country'), { ...at('en', '/country/XXX'), params: { iso3: 'XXX' } })).toThrow(
			'No place with code XXX'
		);
	});

	it.each([
		['home', '/', /<h1[^>]*>/],
		['approaches', '/approaches', /<svg[^>]*data-chart=/],
		['regulation', '/regulation', /<svg[^>]*data-chart="[^"]*"[\s\S]*data-iso3="CAN"/],
		['data', '/data', /<dl[\s\S]*gbd2019_drug_disorder_death_rate/]
	])('renders the %s page from its route’s own load, in both languages', (name, path, shows) => {
		for (const lang of ['en', 'nb'] as const) {
			const html = fillIslands(page(name), at(lang, path));
			expect(html).toMatch(new RegExp(`data-island="${name}"><!--\\[-->`));
			expect(html).toMatch(shows);
		}
	});

	it('refuses an island it does not know', () => {
		expect(() => fillIslands(page('chart'), at('en'))).toThrow('No island is called "chart"');
	});
});
