import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INK_DARK, INK_LIGHT, MAP_DARK, MAP_LIGHT, paletteCss, SERIES_DARK, SERIES_LIGHT, seriesColor, seriesVar } from '../../../src/lib/charts/palette.ts';

const appCss = readFileSync('src/app.css', 'utf8');
const darkBlock = (css: string) => css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
const lightBlock = (css: string) => css.slice(0, css.indexOf('@media (prefers-color-scheme: dark)'));
const varIn = (css: string, name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`).exec(css)?.[1];

describe('palette', () => {
	it('gives hex colours for attributes and theme-following variables for HTML, repeating after 8', () => {
		expect(seriesColor(0)).toBe('#0072b2');
		expect(seriesColor(9)).toBe(SERIES_LIGHT[1]);
		expect(seriesVar(10)).toBe('var(--series-2)');
	});
	it('generates the CSS variables of both themes and the data-series hooks from the one TS copy', () => {
		const css = paletteCss();
		SERIES_LIGHT.forEach((c, i) => expect(varIn(lightBlock(css), `series-${i}`)).toBe(c));
		SERIES_DARK.forEach((c, i) => expect(varIn(darkBlock(css), `series-${i}`)).toBe(c));
		expect(varIn(lightBlock(css), 'map-na')).toBe(MAP_LIGHT.na);
		expect(varIn(darkBlock(css), 'map-policy-halo')).toBe(MAP_DARK.policyHalo);
		for (let i = 0; i < 8; i++) expect(css).toContain(`[data-series="${i}"] { --c: var(--series-${i}); }`);
	});
	it('is not typed a second time in app.css, whose chart ink equals the palette’s', () => {
		expect(appCss).not.toMatch(/--series-\d:/);
		expect(appCss).not.toMatch(/--map-[a-z-]+:/);
		const pairs: [keyof typeof INK_LIGHT, string][] = [['bg', 'bg'], ['fg', 'fg'], ['fgMuted', 'fg-muted'], ['grid', 'grid']];
		for (const [k, v] of pairs) {
			expect(varIn(lightBlock(appCss), v), `light --${v}`).toBe(INK_LIGHT[k]);
			expect(varIn(darkBlock(appCss), v), `dark --${v}`).toBe(INK_DARK[k]);
		}
	});
});
