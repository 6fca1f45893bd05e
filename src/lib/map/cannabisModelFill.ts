/**
 * Colours of the /regulation map's cannabis layer: one colour per supply channel (Okabe & Ito's colour-blind-safe
 * hues, mid-bright so they read on the light and the dark page alike), the "does not apply" grey for a country whose
 * records list no regulated supply, and the map's no-data hatch for a country without a coded model. Outlines reuse
 * the map's policy outlines: dotted = sub-national regimes (varies by state or territory), dashed = law adopted, sales
 * not yet started. Pure: the map, the legend and the tests share it.
 */
import type { CannabisCategory, CannabisInYear } from '../data/cannabisModelInYear.ts';
import { NO_DATA_FILL, NOT_APPLICABLE_FILL } from './mapCells.ts';
import type { Outline } from './policyOutline.ts';

export const CANNABIS_FILL: Readonly<Record<CannabisCategory, string>> = {
	state_pharmacy: '#0072b2',
	licensed_retail: '#d55e00',
	tolerated_retail: '#e69f00',
	unregulated_sale: '#f0e442',
	social_clubs: '#009e73',
	home_grow_private: '#56b4e9',
	pilot_trial: '#cc79a7',
	adopted: NOT_APPLICABLE_FILL,
	none: NOT_APPLICABLE_FILL,
	unknown: NO_DATA_FILL
};

/** Categories in legend order (what a reader can see on the map). */
export const CANNABIS_LEGEND: readonly CannabisCategory[] = [
	'state_pharmacy',
	'licensed_retail',
	'tolerated_retail',
	'unregulated_sale',
	'social_clubs',
	'home_grow_private',
	'pilot_trial',
	'adopted',
	'none',
	'unknown'
];

export function cannabisFill(c: CannabisInYear): string {
	return CANNABIS_FILL[c.category];
}

export function cannabisOutline(c: CannabisInYear): Outline | null {
	if (c.subnational) return 'dotted';
	if (c.category === 'adopted') return 'dashed';
	return null;
}

/** iso3 -> fill and iso3 -> outline for ChoroplethMap. */
export function cannabisLayer(rows: readonly CannabisInYear[]): {
	fills: Map<string, string>;
	outlines: Map<string, Outline>;
} {
	const fills = new Map<string, string>();
	const outlines = new Map<string, Outline>();
	for (const r of rows) {
		fills.set(r.iso3, cannabisFill(r));
		const o = cannabisOutline(r);
		if (o) outlines.set(r.iso3, o);
	}
	return { fills, outlines };
}
