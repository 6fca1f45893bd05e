/**
 * Build-time slices for the map: projected geometry per region (computed once per build), one compact dataset per
 * indicator with its fixed colour bins, the indicator catalogue, place names and the possession-policy facts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sequentialBins } from '$lib/charts/colorBins';
import type { Source } from '$lib/data/types';
import {
	allValues,
	packDataset,
	type MapData,
	type MapDataset,
	type MapIndicator,
	type PlaceInfo
} from '$lib/map/dataset';
import { projectRegion, type MapGeometry } from '$lib/map/projectRegion';
import { coverageByYear, defaultYear } from '$lib/map/defaultYear';
import type { RegionId } from '$lib/map/regions';
import type { MapCatalogue } from '$lib/state/mapState';
import { shortCitation } from '$lib/data/policySources';
import {
	POSSESSION_EVENT_TYPES,
	possessionFacts,
	refList,
	type PossessionEvent,
	type PossessionFacts
} from '$lib/stats/possessionStatus';
import { subnationalSpans, type SubnationalSpan } from '$lib/stats/subnationalReforms';
import { countries, indicator, indicators, observations, policies, policyEvents, policySources, sources } from './data';

/** The map opens on this indicator (global coverage, every year 1990–2019). */
export const DEFAULT_INDICATOR = 'gbd2019_drug_disorder_death_rate';

const geoCache = new Map<RegionId, MapGeometry>();
let atlas: { '110m': unknown; '50m': unknown } | null = null;

function readAtlas() {
	const file = (r: string) =>
		JSON.parse(readFileSync(resolve('node_modules/world-atlas', `countries-${r}.json`), 'utf8')) as unknown;
	return (atlas ??= { '110m': file('110m'), '50m': file('50m') });
}

export function mapGeometry(region: RegionId): MapGeometry {
	let g = geoCache.get(region);
	if (!g) {
		g = projectRegion(region, readAtlas(), countries());
		geoCache.set(region, g);
	}
	return g;
}

/** Indicators with at least one observation, in the order of indicators.csv. */
export function mapIndicators(): MapIndicator[] {
	return indicators().flatMap((ind) => {
		const rows = observations(ind.indicator_id);
		if (rows.length === 0) return [];
		const cov = coverageByYear(rows);
		const first = cov[0]!;
		const last = cov[cov.length - 1]!;
		const chosen = defaultYear(cov) ?? last;
		const {
			indicator_id,
			label,
			short_label,
			unit,
			topic,
			description,
			source_id,
			decimals,
			derived,
			better,
			comparability
		} = ind;
		return [
			{
				indicator_id,
				label,
				short_label,
				unit,
				topic,
				description,
				source_id,
				decimals,
				derived,
				better,
				comparability,
				years: [first.year, last.year] as [number, number],
				places: new Set(rows.map((r) => r.iso3)).size,
				defaultYear: { year: chosen.year, places: chosen.places, latestPlaces: last.places }
			}
		];
	});
}

export function mapCatalogue(): MapCatalogue {
	const inds = mapIndicators();
	const def = inds.some((i) => i.indicator_id === DEFAULT_INDICATOR)
		? DEFAULT_INDICATOR
		: (inds[0]?.indicator_id ?? DEFAULT_INDICATOR);
	return {
		defaultIndicator: def,
		indicators: inds.map(({ indicator_id, years, defaultYear }) => ({
			indicator_id,
			years,
			defaultYear: defaultYear.year
		}))
	};
}

export function mapData(indicatorId: string): MapData {
	const ind = mapIndicators().find((i) => i.indicator_id === indicatorId);
	if (!ind) throw new Error(`map: unknown indicator ${indicatorId}`);
	const d = packDataset(indicatorId, ind.source_id, observations(indicatorId));
	const { caveat, formula } = indicator(indicatorId);
	return {
		...d,
		bins: sequentialBins(allValues(d)),
		withData: Object.keys(d.places).sort(),
		about: { caveat, formula }
	};
}

/** Only `year`'s values (for the prerendered default view; the browser then loads the whole dataset). */
export function mapDataYear(indicatorId: string, year: number): MapData {
	const d = mapData(indicatorId);
	const places: MapDataset['places'] = {};
	for (const [iso3, pts] of Object.entries(d.places)) {
		const p = pts.filter((q) => q[0] === year);
		if (p.length) places[iso3] = p;
	}
	return { ...d, places, partial: true };
}

export function mapPlaces(): Record<string, PlaceInfo> {
	return Object.fromEntries(countries().map((c) => [c.iso3, { name: c.name, parent: c.parent, region: c.region }]));
}

export function mapSources(): Source[] {
	const used = new Set(mapIndicators().map((i) => i.source_id));
	for (const i of mapIndicators())
		for (const s of packDataset(i.indicator_id, i.source_id, observations(i.indicator_id)).sources) used.add(s);
	return sources().filter((s) => used.has(s.source_id));
}

export interface MapPolicy {
	facts: PossessionFacts[];
	/** National decriminalisation and recriminalisation events (all the status and reform-year rules read). */
	events: (PossessionEvent & { title: string })[];
	/** Sub-national decriminalisations (Oregon, British Columbia …): a note in the tooltip, never the country's status. */
	spans: SubnationalSpan[];
	/** Short citation ("EMCDDA 2019") of every ref the facts and events cite. */
	citations: Record<string, string>;
}

export function mapPolicy(): MapPolicy {
	const facts = policies()
		.filter((p) => p.possession_status || p.possession_year)
		.map(possessionFacts);
	const events = policyEvents()
		.filter((e) => e.scope === 'national' && POSSESSION_EVENT_TYPES.includes(e.event_type))
		.map(({ iso3, date, year, event_type, scope, title, ref }) => ({
			iso3,
			date,
			year,
			event_type,
			scope,
			title,
			ref
		}));
	const refs = new Set([
		...facts.flatMap((f) => [...refList(f.possession_status_ref), ...refList(f.possession_year_ref)]),
		...events.flatMap((e) => refList(e.ref))
	]);
	const citations: Record<string, string> = {};
	for (const s of policySources()) if (refs.has(s.ref_id)) citations[s.ref_id] = shortCitation(s);
	return { facts, events, spans: subnationalSpans(policyEvents()), citations };
}
