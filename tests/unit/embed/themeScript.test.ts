/** static/embed-theme.js (runs in each embed's <head> before paint) follows the same rules as embed/params.ts. */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { forcedTheme, langRedirect, parseEmbedParams } from '../../../src/lib/embed/params.ts';

const SCRIPT = readFileSync('static/embed-theme.js', 'utf8');

interface Run {
	attrs: Record<string, string>;
	replaced: string | null;
	hidden: boolean;
}

/** Run the script on an address; `base` is where the site (and so the script) is served from. */
function run(search: string, pathname = '/embed/map', base = '', hash = ''): Run {
	const attrs: Record<string, string> = {};
	let replaced: string | null = null;
	const style = { visibility: '' };
	const document = {
		documentElement: { setAttribute: (k: string, v: string) => (attrs[k] = v), style },
		currentScript: { src: `http://127.0.0.1:4173${base}/embed-theme.js` }
	};
	const location = { search, pathname, hash, replace: (u: string) => (replaced = u) };
	runInNewContext(SCRIPT, { location, document, URLSearchParams });
	return { attrs, replaced, hidden: style.visibility === 'hidden' };
}

describe('static/embed-theme.js', () => {
	it.each([
		'',
		'?dark=true',
		'?dark=false',
		'?dark=auto',
		'?dark=TRUE',
		'?dark=%3Cscript%3E',
		'?controls=false',
		'?controls=0',
		'?controls=no',
		'?dark=false&controls=FALSE',
		'?dark=%E0%A4%A',
		'?lang=en&dark=true'
	])('%s', (q) => {
		const p = parseEmbedParams(q);
		const { attrs: a, replaced } = run(q);
		expect(replaced).toBeNull();
		expect(a['data-theme'] ?? null).toBe(forcedTheme(p.dark));
		expect(a['data-controls'] === 'false').toBe(!p.controls);
	});

	it.each([
		['?lang=nb', '/embed/map', '', ''],
		['?indicator=x&lang=nb&dark=true', '/embed/map', '', '#t'],
		['?lang=NB', '/embed/country/PRT', '', ''],
		['?lang=nb', '/explorer/embed/compare', '/explorer', ''],
		['?lang=en', '/nb/embed/map', '', ''],
		['?lang=en&pin=2026-0123456789', '/explorer/nb/embed/country/NOR', '/explorer', ''],
		['?lang=nb', '/nb/embed/map', '', ''],
		['?lang=en', '/embed/map', '', ''],
		['?lang=de', '/embed/map', '', ''],
		['?lang=nb', '/embed-stuff/embed/map', '/embed-stuff', '']
	])('lang: %s on %s (base "%s") goes where langRedirect says, hidden until it has gone', (q, path, base, hash) => {
		const r = run(q, path, base, hash);
		expect(r.replaced).toBe(langRedirect(path, q, hash, base));
		expect(r.hidden).toBe(r.replaced !== null);
		// A page that is leaving gets no theme attributes; one that stays gets them as usual.
		if (r.replaced) expect(r.attrs).toEqual({});
	});
});
