/**
 * The one palette of the charts, defined here and nowhere else.
 *
 * - Series: colour-blind-safe categorical colours after Okabe & Ito (2008): darker variants on the light page, the
 *   originals (and lighter ones) on the dark page.
 * - Ink: text, grid, axis and background of a chart, per theme: also the site's `--bg`, `--fg`, `--fg-muted`, `--grid`
 *   (generated here, not typed in app.css).
 * - Map: ocean, borders, the no-data hatch, "does not apply" grey and the policy outline, per theme.
 *
 * Marks carry the LIGHT colour as a presentation attribute (`stroke="#0072b2"`), so a serialised `<svg>` looks right
 * with no page CSS (export). They also carry a hook (`data-series="3"`, a class): `paletteCss()` turns this file into
 * the CSS variables the page loads (virtual:palette.css, see vite.config.ts), each `light-dark(<light>, <dark>)`, so
 * the theme is whatever `color-scheme` the root has (app.css: the system's, or one forced by `data-theme`). Chart CSS
 * (`stroke: var(--c)`) beats the presentation attributes in every theme; in light it resolves to the attribute's own
 * value, so the page matches an export while the palette lives once.
 */
export const SERIES_LIGHT = [
	'#0072b2',
	'#d55e00',
	'#009e73',
	'#cc79a7',
	'#8a6d00',
	'#4d4d4d',
	'#3f8fc4',
	'#b07800'
] as const;
export const SERIES_DARK = [
	'#56b4e9',
	'#e69f00',
	'#2fc39a',
	'#e08fc0',
	'#f0e442',
	'#d0d0d0',
	'#8ecbf0',
	'#ff8a3d'
] as const;
export const SERIES_COLOURS = SERIES_LIGHT.length;

export interface ChartInk {
	/** Page background (halos behind labels, hollow markers). */
	bg: string;
	fg: string;
	fgMuted: string;
	grid: string;
}
export const INK_LIGHT: ChartInk = { bg: '#ffffff', fg: '#1b1e23', fgMuted: '#50565f', grid: '#e6e9ee' };
export const INK_DARK: ChartInk = { bg: '#14171c', fg: '#e8eaed', fgMuted: '#a9b0ba', grid: '#2a3038' };

export interface MapInk {
	ocean: string;
	border: string;
	nodataBg: string;
	nodataLine: string;
	/** The mode does not apply (no dated reform): plain grey. */
	na: string;
	context: string;
	policy: string;
	policyHalo: string;
	/** Outline of legend swatches (dark bins next to a dark page). */
	swatchBorder: string;
}
export const MAP_LIGHT: MapInk = {
	ocean: '#eef3f8',
	border: '#ffffff',
	nodataBg: '#e4e7ec',
	nodataLine: '#8b939e',
	na: '#c4c9d0',
	context: '#f4f5f7',
	policy: '#b0127a',
	policyHalo: '#ffffff',
	swatchBorder: '#50565f'
};
/** The darkest bins (#253494, #0c2c84) are as dark as the page: a lighter ocean and light borders keep them apart. */
export const MAP_DARK: MapInk = {
	ocean: '#232c3a',
	border: '#8a94a2',
	nodataBg: '#2b313a',
	nodataLine: '#7d8794',
	na: '#4a515c',
	context: '#22272f',
	policy: '#ff7ad1',
	policyHalo: '#14171c',
	swatchBorder: '#8a94a2'
};

/** Font stack of charts and exported figures: system fonts, so an exported SVG renders the same without embedding. */
export const CHART_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/**
 * The one colour rule of a comparison: a place's colour is its position in the selected list (then the palette,
 * repeating after SERIES_COLOURS). Chips, lines, markers, trends and the crosshair all follow it, in every mode, so a
 * place left out of the chart (no reform to align on, no data) never passes its colour to another.
 */
export function placeColourIndex(selected: readonly string[], key: string): number {
	return Math.max(0, selected.indexOf(key));
}

/** Palette slot of series i (the hook value of `data-series`). */
export function seriesSlot(i: number): number {
	return ((i % SERIES_COLOURS) + SERIES_COLOURS) % SERIES_COLOURS;
}

/** The i-th categorical colour as a hex value (light theme): for presentation attributes and exports. */
export function seriesColor(i: number): string {
	return SERIES_LIGHT[seriesSlot(i)]!;
}

/** The i-th categorical colour as the theme-following CSS variable: for HTML (chips, swatches in page text). */
export function seriesVar(i: number): string {
	return `var(--series-${seriesSlot(i)})`;
}

const kebab = (k: string) => k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** `--name: light-dark(light, dark);` for each key of a light/dark pair. */
function pairs<T extends object>(prefix: string, light: T, dark: T): string[] {
	return Object.keys(light).map(
		(k) => `--${prefix}${kebab(k)}: light-dark(${light[k as keyof T]}, ${dark[k as keyof T]});`
	);
}

/**
 * The palette as CSS: one `light-dark()` variable per colour (series, chart ink, map), and
 * `[data-series="i"] { --c: var(--series-i) }`, the hook through which chart CSS (`stroke: var(--c)`) follows the
 * theme. Served as virtual:palette.css.
 */
export function paletteCss(): string {
	const series = SERIES_LIGHT.map((c, i) => `--series-${i}: light-dark(${c}, ${SERIES_DARK[i]});`);
	const decls = [...series, ...pairs('', INK_LIGHT, INK_DARK), ...pairs('map-', MAP_LIGHT, MAP_DARK)];
	const hooks = SERIES_LIGHT.map((_, i) => `[data-series="${i}"] { --c: var(--series-${i}); }`).join('\n');
	return `:root {\n\t${decls.join('\n\t')}\n}\n${hooks}\n`;
}
