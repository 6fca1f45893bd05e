/**
 * Every prerendered page is styled before any script runs: each component class in its HTML (Svelte's `svelte-<hash>`
 * scoping classes, one per component stylesheet) has its rules in the page's own styles — inline `<style>` or an
 * enabled `<link rel="stylesheet">`. Islands (components/Island.svelte) are the case this guards: their components
 * are not the route's, and their styles reach the page only through the build's eager-CSS rule
 * (routes/map/+page.ts); a chunk's stylesheet that a lazily loaded module imports first can be left out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BUILD = 'build';
const ROUTES = [
	'index',
	'map',
	'nb/map',
	'compare',
	'nb/compare',
	'country/PRT',
	'nb/country/NOR',
	'country/USA',
	'embed/map',
	'embed/compare',
	'embed/country/PRT',
	'approaches',
	'regulation',
	'data',
	'about'
];

/** The CSS a page applies before any script: its inline styles and the stylesheets it links (not the disabled preloads). */
function pageCss(html: string): string {
	const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
	const linked = [...html.matchAll(/<link([^>]*)>/g)]
		.map((m) => m[1]!)
		.filter((a) => /rel="stylesheet"/.test(a) && !/\sdisabled/.test(a))
		.map((a) => /href="([^"]+)"/.exec(a)![1]!)
		.map((href) => readFileSync(join(BUILD, href), 'utf8'));
	return [...inline, ...linked].join('\n');
}

describe('prerendered styles', () => {
	it.each(ROUTES)('%s: every component class has its styles in the page', (route) => {
		const file = join(BUILD, `${route}.html`);
		expect(existsSync(file), file).toBe(true);
		const html = readFileSync(file, 'utf8');
		const body = html.slice(html.indexOf('<body'));
		const classes = new Set([...body.matchAll(/\bsvelte-[a-z0-9]+\b/g)].map((m) => m[0]));
		expect(classes.size).toBeGreaterThan(0);
		const css = pageCss(html);
		expect([...classes].filter((c) => !css.includes(`.${c}`))).toEqual([]);
	});
});
