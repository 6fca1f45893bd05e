/**
 * The compact, per-indicator dataset the map loads (prerendered as /map/data/<indicator>.json): every observation of
 * one indicator, grouped by place, as tuples. Built at build time from the validated CSV, so the browser never parses
 * CSV. Flags and sources are indexed to keep the file small.
 */
import type { ColorBins } from '../charts/colorBins.ts';
import type { InEnglish } from '../data/dataWords.ts';
import type { Flag, Indicator, Observation, Source } from '../data/types.ts';

/** [year, value] or [year, value, flagIndex] or [year, value, flagIndex, sourceIndex]. Indexes default to 0. */
export type PackedPoint = [number, number] | [number, number, number] | [number, number, number, number];

export interface MapDataset {
	indicator_id: string;
	/** Distinct flags used; index 0 is always '' (as published). */
	flags: Flag[];
	/** Source ids used; index 0 is the indicator's own source. */
	sources: string[];
	/** Every year with at least one value, ascending. */
	years: number[];
	/** iso3 -> points sorted by year. */
	places: Record<string, PackedPoint[]>;
	/** True when only some years are included (the prerendered default view); the browser loads the rest. */
	partial?: boolean;
}

/** A dataset as served: with the fixed colour bins of its levels (all years) and the places that have any value. */
export interface MapData extends MapDataset {
	bins: ColorBins;
	/** Every place with at least one value in any year (even when `places` holds only one year). */
	withData: string[];
	/** The indicator's long texts, shipped with its data rather than in the catalogue (keeps /map small). */
	about: Pick<Indicator, 'description' | 'caveat' | 'formula'>;
	/**
	 * The record of each of `sources` (the same order), titles in the file's language: what the credit line, the
	 * table and the citation name. Shipped with the data, so a page carries only the sources of what it shows.
	 */
	sourceInfo: (Source & InEnglish)[];
}

export interface MapPoint {
	year: number;
	value: number;
	flag: Flag;
	source_id: string;
}

export interface PlaceInfo {
	name: string;
	/** iso3 of the country a sub-national entity belongs to (listed in the table, no shape of its own). */
	parent: string;
	region: string;
}

/** Indicator metadata the map needs in the browser (picker, legend, caveats, source line). */
export interface MapIndicator extends Pick<
	Indicator,
	'indicator_id' | 'label' | 'short_label' | 'unit' | 'topic' | 'source_id' | 'decimals' | 'derived' | 'better'
> {
	/** First and last year with data. */
	years: [number, number];
	/** Number of places with at least one value. */
	places: number;
	/** The year the map opens on (map/defaultYear.ts) and how many places have a value then and in the last year. */
	defaultYear: { year: number; places: number; latestPlaces: number };
}

export function packDataset(indicatorId: string, mainSource: string, rows: readonly Observation[]): MapDataset {
	const flags: Flag[] = [''];
	const sources: string[] = [mainSource];
	const idx = <T>(list: T[], v: T) => {
		let i = list.indexOf(v);
		if (i < 0) i = list.push(v) - 1;
		return i;
	};
	const places: Record<string, PackedPoint[]> = {};
	const years = new Set<number>();
	for (const r of [...rows].sort((a, b) => a.iso3.localeCompare(b.iso3) || a.year - b.year)) {
		const f = idx(flags, r.flag ?? '');
		const s = idx(sources, r.source_id || mainSource);
		const p: PackedPoint = s ? [r.year, r.value, f, s] : f ? [r.year, r.value, f] : [r.year, r.value];
		(places[r.iso3] ??= []).push(p);
		years.add(r.year);
	}
	return { indicator_id: indicatorId, flags, sources, years: [...years].sort((a, b) => a - b), places };
}

export function unpackPoint(d: MapDataset, p: PackedPoint): MapPoint {
	return { year: p[0], value: p[1], flag: d.flags[p[2] ?? 0] ?? '', source_id: d.sources[p[3] ?? 0] ?? d.sources[0]! };
}

/** A place's value in exactly `year`, or undefined (never a neighbouring year). */
export function pointAt(d: MapDataset, iso3: string, year: number): MapPoint | undefined {
	const pts = d.places[iso3];
	if (!pts) return undefined;
	for (const p of pts) if (p[0] === year) return unpackPoint(d, p);
	return undefined;
}

/** Every value of the dataset (for binning over all years). */
export function allValues(d: MapDataset): number[] {
	const out: number[] = [];
	for (const pts of Object.values(d.places)) for (const p of pts) out.push(p[1]);
	return out;
}
