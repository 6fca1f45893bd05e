/**
 * The /map policy layer's cannabis regulation models: each country's model in the map's year, by the /regulation
 * map's one rule (data/cannabisModelInYear.ts) and colours (map/cannabisModelFill.ts), drawn as an OUTLINE over the
 * choropleth so the indicator's fill stays readable, like the possession outlines of the same layer:
 *
 * - a supply model: a solid outline in the model's colour;
 * - sub-national (varies by state or territory: United States, Australia): dotted, in the colour of what some states
 *   allow, or in the page's ink when the records list no model for the country as a whole (Australia);
 * - a law adopted before sales started (Uruguay 2013): dashed, in the page's ink (no model colour: nothing is sold);
 * - no regulated supply recorded, or no model coded: no outline (the tooltip and the table say which).
 *
 * The payload (/map/cannabis.json) holds only what the rule reads: codes and years, no free text, no refs (the
 * sources are on /regulation, which the legend links to). Pure.
 */
import {
	cannabisModelInYear,
	type CannabisCategory,
	type CannabisInYear,
	type CannabisPolicyFacts,
	type ModelFacts
} from '../data/cannabisModelInYear.ts';
import { CANNABIS_FILL, CANNABIS_LEGEND, cannabisOutline } from './cannabisModelFill.ts';
import type { Outline } from './policyOutline.ts';

/** The map's cannabis payload: policies.csv's model code and year per coded place, and the cannabis model rows. */
export interface MapCannabis {
	places: Pick<CannabisPolicyFacts, 'iso3' | 'cannabis_model' | 'cannabis_model_year'>[];
	models: Pick<ModelFacts, 'iso3' | 'model' | 'since'>[];
}

/** Each coded place's model in `year` (places without a policies.csv row are `unknown`: not in the map). */
export function cannabisInYear(data: MapCannabis, year: number): Map<string, CannabisInYear> {
	const models: ModelFacts[] = data.models.map((m) => ({ ...m, ref: '' }));
	const out = new Map<string, CannabisInYear>();
	for (const p of data.places)
		out.set(p.iso3, cannabisModelInYear(p.iso3, year, { ...p, cannabis_model_ref: '' }, models));
	return out;
}

export interface CannabisMarking {
	category: CannabisCategory;
	outline: Outline;
	/** Stroke colour (the model's), or null for the page's ink (law adopted, sales not started). */
	color: string | null;
}

/** How a place is marked on the map, or null when it is not (no regulated supply recorded, no model coded). */
export function cannabisMarking(c: CannabisInYear | undefined): CannabisMarking | null {
	if (!c || c.category === 'unknown') return null;
	// Sub-national with no regulated supply recorded for the country as a whole (Australia): dotted in ink, as
	// /regulation outlines it; elsewhere "none" is not marked.
	if (c.category === 'none') return c.subnational ? { category: c.category, outline: 'dotted', color: null } : null;
	return {
		category: c.category,
		outline: cannabisOutline(c) ?? 'solid',
		color: c.category === 'adopted' ? null : CANNABIS_FILL[c.category]
	};
}

/** What the legend lists among `rows`: the marked categories in legend order, and whether any is sub-national. */
export function markedCategories(rows: Iterable<CannabisInYear>): {
	categories: CannabisCategory[];
	subnational: boolean;
} {
	const seen = new Set<CannabisCategory>();
	let subnational = false;
	for (const r of rows) {
		const m = cannabisMarking(r);
		if (!m) continue;
		if (m.outline === 'dotted') subnational = true;
		if (m.category !== 'none') seen.add(m.category);
	}
	return { categories: CANNABIS_LEGEND.filter((c) => seen.has(c)), subnational };
}
