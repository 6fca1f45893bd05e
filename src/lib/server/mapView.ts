/**
 * Build-time slices for the map: projected geometry per region (computed once per build), one compact dataset per
 * indicator with its fixed colour bins, the indicator catalogue, place names, the possession-policy facts and the
 * cannabis models of the policy layer.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sequentialBins } from '$lib/charts/colorBins';
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
import type { RegionId } from '$lib/map/regionIds';
import { DEFAULT_REGION, defaultMapState, type MapCatalogue } from '$lib/state/mapState';
import { PrerenderedGeometry } from '$lib/map/prerenderedGeometry';
import type { MapBoot, MapPageData } from '$lib/state/mapBoot';
import { pageDataVersion } from './dataVersion';
import { shortCitation } from '$lib/data/policySources';
import { POSSESSION_EVENT_TYPES, possessionFacts, refList } from '$lib/stats/possessionStatus';
import { subnationalSpans } from '$lib/stats/subnationalReforms';
import { indicatorInLang, placeInLang, sourceInLang, type InEnglish } from '$lib/data/dataWords';
import type { Lang } from '$lib/strings/lang';
import { isCannabisModelType, regulationModelType } from '$lib/data/regulationModelType';
import type { MapCannabis } from '$lib/map/cannabisMapLayer';
import type { MapPolicy } from '$lib/map/mapPolicy';
import {
	countries,
	indicator,
	indicators,
	observations,
	policies,
	policyEvents,
	policySources,
	regulationModels,
	sources
} from './data';
import { dataWords } from './dataWords';

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

/** Indicators with at least one observation, in the order of indicators.csv, with their words in `lang`. */
export function mapIndicators(lang: Lang = 'en'): (MapIndicator & InEnglish)[] {
	const words = dataWords(lang);
	return indicators().flatMap((ind) => {
		const rows = observations(ind.indicator_id);
		if (rows.length === 0) return [];
		const cov = coverageByYear(rows);
		const first = cov[0]!;
		const last = cov[cov.length - 1]!;
		const chosen = defaultYear(cov) ?? last;
		const { indicator_id, label, short_label, unit, topic, source_id, decimals, derived, better } = ind;
		return [
			indicatorInLang(
				{
					indicator_id,
					label,
					short_label,
					unit,
					topic,
					source_id,
					decimals,
					derived,
					better,
					years: [first.year, last.year] as [number, number],
					places: new Set(rows.map((r) => r.iso3)).size,
					defaultYear: { year: chosen.year, places: chosen.places, latestPlaces: last.places }
				},
				words
			)
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

/** One indicator's whole dataset; its long texts (definition, caveat, formula) in `lang` (/map/data/<id>.json, /map/data/nb/<id>.json). */
export function mapData(indicatorId: string, lang: Lang = 'en'): MapData {
	const ind = mapIndicators().find((i) => i.indicator_id === indicatorId);
	if (!ind) throw new Error(`map: unknown indicator ${indicatorId}`);
	const d = packDataset(indicatorId, ind.source_id, observations(indicatorId));
	const { description, caveat, formula } = indicator(indicatorId);
	const words = dataWords(lang);
	const records = new Map(sources().map((s) => [s.source_id, s]));
	// `about` carries `inEnglish` too when a text fell back to English (MapData['about'] & InEnglish).
	const { indicator_id: _id, ...about } = indicatorInLang(
		{ indicator_id: indicatorId, description, caveat, formula },
		words
	);
	return {
		...d,
		bins: sequentialBins(allValues(d)),
		withData: Object.keys(d.places).sort(),
		about,
		sourceInfo: d.sources.map((id) => {
			const s = records.get(id);
			if (!s) throw new Error(`map: ${indicatorId} cites unknown source ${id}`);
			return sourceInLang(s, words);
		})
	};
}

/** Only `year`'s values (for the prerendered default view; the browser then loads the whole dataset). */
export function mapDataYear(indicatorId: string, year: number, lang: Lang = 'en'): MapData {
	const d = mapData(indicatorId, lang);
	const places: MapDataset['places'] = {};
	for (const [iso3, pts] of Object.entries(d.places)) {
		const p = pts.filter((q) => q[0] === year);
		if (p.length) places[iso3] = p;
	}
	return { ...d, places, partial: true };
}

/** Every place's name in `lang` (a name kept in English says so in `inEnglish`), parent and region. */
export function mapPlaces(lang: Lang = 'en'): Record<string, PlaceInfo & InEnglish> {
	const words = dataWords(lang);
	return Object.fromEntries(
		countries().map((c) => {
			// PlaceInfo & InEnglish: `inEnglish: ['name']` when the place has no name in `lang`.
			const { iso3: _iso3, ...info } = placeInLang(
				{ iso3: c.iso3, name: c.name, parent: c.parent, region: c.region },
				words
			);
			return [c.iso3, info];
		})
	);
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

/**
 * The policy layer's cannabis models (/map/cannabis.json, fetched when that layer is first shown): what
 * cannabisModelInYear reads of policies.csv (places with a coded cannabis model) and of regulation_models.csv
 * (cannabis rows), with no free text (the rules and sources are on /regulation) and no refs. Language-free.
 */
export function mapCannabis(): MapCannabis {
	return {
		places: policies()
			.filter((p) => p.cannabis_model)
			.map(({ iso3, cannabis_model, cannabis_model_year }) => ({ iso3, cannabis_model, cannabis_model_year })),
		models: regulationModels()
			.filter((m) => isCannabisModelType(regulationModelType(m.model)))
			.map(({ iso3, model, since }) => ({ iso3, model, since }))
	};
}

/**
 * The map's default view (the island of routes/map and routes/embed/map, state/mapBoot.ts): World, the default
 * indicator, the year it opens on, with the data's words in `lang`. `mapPage` is what the build renders the island
 * with; `mapBoot` the same without the path strings, as /map/boot/<lang>.json.
 */
export function mapPage(lang: Lang = 'en'): MapPageData {
	const catalogue = mapCatalogue();
	const view = defaultMapState(catalogue);
	return {
		catalogue,
		indicators: mapIndicators(lang),
		initialData: mapDataYear(view.indicator, view.year, lang),
		initialGeometry: mapGeometry(DEFAULT_REGION),
		places: mapPlaces(lang),
		version: pageDataVersion()
	};
}

export function mapBoot(lang: Lang = 'en'): MapBoot {
	const { version: _version, initialGeometry, ...rest } = mapPage(lang);
	return { ...rest, initialGeometry: PrerenderedGeometry.of(initialGeometry).pathless };
}
