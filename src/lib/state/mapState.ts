/**
 * Map view state <-> URL query. `parseMapState` never throws: anything unknown or malformed falls back to the default
 * (unknown indicator -> default indicator, year outside the indicator's years -> its latest year, …).
 * `serializeMapState` omits defaults, so the plain /map URL is the default view. Old parameter spellings are rewritten
 * by the shared migrations (urlMigrations.ts) before parsing, so shared links keep working when names change.
 */
import { REGIONS, type RegionId } from '../map/regionIds.ts';
import { MAP_MODES, type MapMode } from '../map/mapMode.ts';
import { MAP_LAYERS, type MapLayer } from '../map/mapLayer.ts';
import { oneOf, parseFields, writeFields, year as yearIn, type Fields } from './urlFields.ts';
import { migrateQuery } from './urlMigrations.ts';

// MapMode moved to map/mapMode.ts (map/ and charts/ use it and may not import state/); re-exported for the
// components that import it from here.
export { MAP_MODES, type MapMode };
// The policy layer's choices (map/mapLayer.ts): `layer=policy` stays the possession outlines it always was;
// `layer=cannabis` adds the regulation models; anything else is `none`. Same shape (one word), so no migration.
export { MAP_LAYERS, type MapLayer };

export interface MapViewState {
	indicator: string;
	year: number;
	region: RegionId;
	mode: MapMode;
	/** Base year of the change mode (always before `year` when the indicator has two years or more). */
	from: number;
	layer: MapLayer;
}

export interface MapCatalogue {
	defaultIndicator: string;
	/**
	 * Every indicator the map offers, with its first and last year of data and the year it opens on (see
	 * map/defaultYear.ts; the last year when not given).
	 */
	indicators: { indicator_id: string; years: [number, number]; defaultYear?: number }[];
}

/**
 * Query keys set by the year slider and the change mode's start year: changing only these rewrites the current
 * history entry; any other change (indicator, region, mode, layer) adds one (see urlSync.ts).
 */
export const MAP_SLIDER_KEYS = ['year', 'from'] as const;

export const DEFAULT_REGION: RegionId = 'world';
/** Default span of the change mode, years. */
export const CHANGE_SPAN = 10;

function yearsOf(cat: MapCatalogue, id: string): [number, number] {
	return (cat.indicators.find((i) => i.indicator_id === id) ?? cat.indicators[0])?.years ?? [2000, 2000];
}

function defaultYearOf(cat: MapCatalogue, id: string): number {
	const years = yearsOf(cat, id);
	const y = (cat.indicators.find((i) => i.indicator_id === id) ?? cat.indicators[0])?.defaultYear;
	return y !== undefined && y >= years[0] && y <= years[1] ? y : years[1];
}

export function defaultFrom(years: [number, number], year: number): number {
	return Math.max(years[0], Math.min(year - 1, year - CHANGE_SPAN));
}

export function defaultMapState(cat: MapCatalogue, indicator = cat.defaultIndicator): MapViewState {
	const years = yearsOf(cat, indicator);
	const year = defaultYearOf(cat, indicator);
	return { indicator, year, region: DEFAULT_REGION, mode: 'year', from: defaultFrom(years, year), layer: 'none' };
}

/** The codec of each query key for one indicator's years, in the order keys are written. */
function fieldsFor(cat: MapCatalogue, indicator: string): Fields<MapViewState> {
	const [lo, hi] = yearsOf(cat, indicator);
	return {
		indicator: oneOf(cat.indicators.map((i) => i.indicator_id)),
		year: yearIn(lo, hi),
		region: oneOf(REGIONS),
		mode: oneOf(MAP_MODES),
		from: yearIn(lo, hi),
		layer: oneOf(MAP_LAYERS)
	};
}

/** URL query -> state. Never throws; every bad or missing value becomes its default. */
export function parseMapState(input: URLSearchParams | string, cat: MapCatalogue): MapViewState {
	const p = migrateQuery(input);
	// The indicator first: the years allowed, and so the default year, are the indicator's own.
	const indicator =
		fieldsFor(cat, cat.defaultIndicator).indicator.parse(p.get('indicator') ?? '') ?? cat.defaultIndicator;
	const fields = fieldsFor(cat, indicator);
	const d = defaultMapState(cat, indicator);
	const s = parseFields(p, fields, d);
	// The change base year defaults relative to the year asked for, and is always before it.
	const years = yearsOf(cat, indicator);
	const from = fields.from.parse(p.get('from') ?? '');
	s.from = from !== undefined && !(from >= s.year && s.year > years[0]) ? from : defaultFrom(years, s.year);
	return s;
}

/** State -> URL query (without "?"), defaults omitted, keys in a stable order. */
export function serializeMapState(s: MapViewState, cat: MapCatalogue): string {
	const d = {
		...defaultMapState(cat, s.indicator),
		indicator: cat.defaultIndicator,
		from: defaultFrom(yearsOf(cat, s.indicator), s.year)
	};
	return writeFields(s, fieldsFor(cat, s.indicator), d, s.mode === 'change' ? [] : ['from']);
}

/** The state after switching indicator: keep the year if the new indicator covers it, else its default year. */
export function withIndicator(s: MapViewState, cat: MapCatalogue, indicator: string): MapViewState {
	const years = yearsOf(cat, indicator);
	const year = s.year >= years[0] && s.year <= years[1] ? s.year : defaultYearOf(cat, indicator);
	const from = s.from >= years[0] && s.from < year ? s.from : defaultFrom(years, year);
	return { ...s, indicator, year, from };
}
