/**
 * Map view state <-> URL query. `parseMapState` never throws: anything unknown or malformed falls back to the default
 * (unknown indicator -> default indicator, year outside the indicator's years -> its latest year, …).
 * `serializeMapState` omits defaults, so the plain /map URL is the default view. Old parameter spellings are rewritten
 * by `MIGRATIONS` before parsing, so shared links keep working when names change.
 */
import { isRegion, type RegionId } from '../map/regions.ts';
import { MAP_MODES, type MapMode } from '../map/mapMode.ts';

// MapMode moved to map/mapMode.ts (map/ and charts/ use it and may not import state/); re-exported for the
// components that import it from here.
export { MAP_MODES, type MapMode };
export const MAP_LAYERS = ['none', 'policy'] as const;
export type MapLayer = (typeof MAP_LAYERS)[number];

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

/** Rewrites of old or alternative parameter spellings, applied in order. Add, never remove. */
export const MIGRATIONS: { note: string; apply(p: URLSearchParams): void }[] = [
	{ note: '"ind" was the first name of "indicator"', apply: (p) => rename(p, 'ind', 'indicator') },
	{ note: '"time" (as other map tools name it) means "year"', apply: (p) => rename(p, 'time', 'year') },
	{
		note: 'region spellings eu/eur/america',
		apply: (p) => {
			const r = p.get('region')?.toLowerCase();
			const alias: Record<string, string> = { eu: 'europe', eur: 'europe', america: 'americas', 'the-americas': 'americas', global: 'world' };
			if (r && alias[r]) p.set('region', alias[r]);
		}
	}
];

function rename(p: URLSearchParams, from: string, to: string): void {
	const v = p.get(from);
	if (v !== null) {
		if (!p.has(to)) p.set(to, v);
		p.delete(from);
	}
}

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

function intIn(v: string | null, lo: number, hi: number): number | null {
	if (v === null || !/^\d{4}$/.test(v.trim())) return null;
	const n = Number(v.trim());
	return n >= lo && n <= hi ? n : null;
}

function oneOf<T extends string>(v: string | null, list: readonly T[], fallback: T): T {
	return v !== null && (list as readonly string[]).includes(v) ? (v as T) : fallback;
}

/** URL query -> state. Never throws; every bad or missing value becomes its default. */
export function parseMapState(input: URLSearchParams | string, cat: MapCatalogue): MapViewState {
	const p = new URLSearchParams(input);
	for (const m of MIGRATIONS) m.apply(p);
	const known = cat.indicators.some((i) => i.indicator_id === p.get('indicator'));
	const indicator = known ? p.get('indicator')! : cat.defaultIndicator;
	const d = defaultMapState(cat, indicator);
	const years = yearsOf(cat, indicator);
	const year = intIn(p.get('year'), years[0], years[1]) ?? d.year;
	const regionParam = p.get('region');
	const region = isRegion(regionParam) ? regionParam : DEFAULT_REGION;
	const mode = oneOf(p.get('mode'), MAP_MODES, 'year');
	let from = intIn(p.get('from'), years[0], years[1]) ?? defaultFrom(years, year);
	if (from >= year && year > years[0]) from = defaultFrom(years, year);
	const layer = oneOf(p.get('layer'), MAP_LAYERS, 'none');
	return { indicator, year, region, mode, from, layer };
}

/** State -> URL query (without "?"), defaults omitted, keys in a stable order. */
export function serializeMapState(s: MapViewState, cat: MapCatalogue): string {
	const d = defaultMapState(cat, s.indicator);
	const p = new URLSearchParams();
	if (s.indicator !== cat.defaultIndicator) p.set('indicator', s.indicator);
	if (s.year !== d.year) p.set('year', String(s.year));
	if (s.region !== d.region) p.set('region', s.region);
	if (s.mode !== d.mode) p.set('mode', s.mode);
	if (s.mode === 'change' && s.from !== defaultFrom(yearsOf(cat, s.indicator), s.year)) p.set('from', String(s.from));
	if (s.layer !== d.layer) p.set('layer', s.layer);
	return p.toString();
}

/** The state after switching indicator: keep the year if the new indicator covers it, else its default year. */
export function withIndicator(s: MapViewState, cat: MapCatalogue, indicator: string): MapViewState {
	const years = yearsOf(cat, indicator);
	const year = s.year >= years[0] && s.year <= years[1] ? s.year : defaultYearOf(cat, indicator);
	const from = s.from >= years[0] && s.from < year ? s.from : defaultFrom(years, year);
	return { ...s, indicator, year, from };
}
