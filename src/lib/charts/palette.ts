/**
 * Colour-blind-safe categorical palette: Okabe & Ito (2008), defined once as CSS variables `--series-0…7` in
 * src/app.css (darker variants on light backgrounds, the originals in dark mode), so charts follow the theme.
 */
export const SERIES_COLOURS = 8;

/**
 * The one colour rule of a comparison: a place's colour is its position in the selected list (then the palette,
 * repeating after SERIES_COLOURS). Chips, lines, markers, trends and the crosshair all follow it, in every mode, so a
 * place left out of the chart (no reform to align on, no data) never passes its colour to another.
 */
export function placeColourIndex(selected: readonly string[], key: string): number {
	return Math.max(0, selected.indexOf(key));
}

/** CSS variable for the i-th categorical colour. */
export function seriesColor(i: number): string {
	return `var(--series-${i % SERIES_COLOURS})`;
}
