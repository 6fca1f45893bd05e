import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	INK_DARK,
	INK_LIGHT,
	MAP_DARK,
	MAP_LIGHT,
	paletteCss,
	SERIES_DARK,
	SERIES_LIGHT,
	seriesColor,
	seriesVar
} from '../../../src/lib/charts/palette.ts';

const appCss = readFileSync('src/app.css', 'utf8');
/** Every custom property declared in a stylesheet, with its value (comments left out). */
const decls = (css: string) =>
	[...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/(--[a-z0-9-]+)\s*:\s*([^;]+);/g)].map((m) => ({
		name: m[1]!,
		value: m[2]!.trim()
	}));
const pairOf = (css: string, name: string) => {
	const d = decls(css).find((x) => x.name === `--${name}`);
	const m = d && /^light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)$/.exec(d.value);
	return m ? [m[1], m[2]] : undefined;
};

describe('palette', () => {
	it('gives hex colours for attributes and theme-following variables for HTML, repeating after 8', () => {
		expect(seriesColor(0)).toBe('#0072b2');
		expect(seriesColor(9)).toBe(SERIES_LIGHT[1]);
		expect(seriesVar(10)).toBe('var(--series-2)');
	});
	it('generates one light-dark() variable per colour of both themes, and the data-series hooks, from the one TS copy', () => {
		const css = paletteCss();
		SERIES_LIGHT.forEach((c, i) => expect(pairOf(css, `series-${i}`)).toEqual([c, SERIES_DARK[i]]));
		expect(pairOf(css, 'map-na')).toEqual([MAP_LIGHT.na, MAP_DARK.na]);
		expect(pairOf(css, 'map-policy-halo')).toEqual([MAP_LIGHT.policyHalo, MAP_DARK.policyHalo]);
		expect(pairOf(css, 'fg-muted')).toEqual([INK_LIGHT.fgMuted, INK_DARK.fgMuted]);
		expect(pairOf(css, 'bg')).toEqual([INK_LIGHT.bg, INK_DARK.bg]);
		for (let i = 0; i < 8; i++) expect(css).toContain(`[data-series="${i}"] { --c: var(--series-${i}); }`);
		// No second, theme-specific copy: no media query, no data-theme block.
		expect(css).not.toMatch(/prefers-color-scheme|data-theme/);
	});
	it('declares each colour once across the palette CSS and app.css, each as light-dark(light, dark)', () => {
		const all = [...decls(paletteCss()), ...decls(appCss)].filter((d) => d.name !== '--font' && d.name !== '--c');
		const names = all.map((d) => d.name);
		expect(names.length).toBeGreaterThanOrEqual(30);
		expect(
			names.filter((n, i) => names.indexOf(n) !== i),
			'declared twice'
		).toEqual([]);
		for (const d of all) expect(d.value, d.name).toMatch(/^light-dark\(#[0-9a-f]{6}, #[0-9a-f]{6}\)$/);
		// The theme is picked by color-scheme alone: the system's, or the one data-theme forces.
		expect(appCss).not.toMatch(/prefers-color-scheme/);
		expect(appCss).toMatch(/:root\s*\{\s*color-scheme:\s*light dark;/);
		expect(appCss).toMatch(/:root\[data-theme='light'\]\s*\{\s*color-scheme:\s*light;/);
		expect(appCss).toMatch(/:root\[data-theme='dark'\]\s*\{\s*color-scheme:\s*dark;/);
	});
	it('is not typed a second time in app.css (chart ink, series and map colours come from the palette)', () => {
		for (const n of ['bg', 'fg', 'fg-muted', 'grid']) expect(decls(appCss).map((d) => d.name)).not.toContain(`--${n}`);
		expect(appCss).not.toMatch(/--series-\d:/);
		expect(appCss).not.toMatch(/--map-[a-z-]+:/);
	});
});
