/**
 * Colour-blind-safe categorical palette: Okabe & Ito (2008), reordered so the first colours are the most distinct,
 * with darker variants for light backgrounds (contrast ≥ 3:1 on white for lines) — dark theme uses the originals.
 */
export const CATEGORICAL_LIGHT = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#8a6d00', '#4d4d4d', '#3f8fc4', '#b07800'];
export const CATEGORICAL_DARK = ['#56B4E9', '#E69F00', '#2fc39a', '#e08fc0', '#F0E442', '#d0d0d0', '#8ecbf0', '#ff8a3d'];

/** CSS variable name for the i-th categorical colour; the theme stylesheet defines both variants. */
export function seriesColor(i: number): string {
	return `var(--series-${i % CATEGORICAL_LIGHT.length})`;
}
