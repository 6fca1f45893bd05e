/**
 * Colour-blind-safe categorical palette: Okabe & Ito (2008), defined once as CSS variables `--series-0…7` in
 * src/app.css (darker variants on light backgrounds, the originals in dark mode), so charts follow the theme.
 */
export const SERIES_COLOURS = 8;

/** CSS variable for the i-th categorical colour. */
export function seriesColor(i: number): string {
	return `var(--series-${i % SERIES_COLOURS})`;
}
