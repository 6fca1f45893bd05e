/** Series: one place's values of one indicator, as published, with the source of every point. */
import type { Flag, Observation } from './types.ts';

export interface SeriesPoint {
	year: number;
	value: number;
	flag: Flag;
	source_id: string;
	note: string;
}

export interface Series {
	/** Place code (iso3). */
	key: string;
	label: string;
	points: SeriesPoint[];
	/**
	 * Palette index of the line (palette.ts), when it is not the series' position in the chart: /compare colours a place
	 * by its position in the selected list, so its chip and its line agree even when other places are not drawn.
	 */
	colour?: number;
}

/** Group observations into one series per requested place, in the requested order; years sorted. */
export function buildSeries(rows: Observation[], keys: string[], nameOf: (iso3: string) => string): Series[] {
	return keys.map((key) => ({
		key,
		label: nameOf(key),
		points: rows
			.filter((r) => r.iso3 === key)
			.map(({ year, value, flag, source_id, note }) => ({ year, value, flag, source_id, note }))
			.sort((a, b) => a.year - b.year)
	}));
}

/**
 * Split a series into runs of consecutive years: a missing year is a gap, never bridged, and a value flagged `break`
 * (the first after a break in series) starts a new run, so no line joins values that may not be comparable.
 */
export function runs<P extends SeriesPoint>(points: P[]): P[][] {
	const out: P[][] = [];
	let cur: P[] = [];
	for (const p of points) {
		const last = cur[cur.length - 1];
		if (last && (p.year !== last.year + 1 || p.flag === 'break')) {
			out.push(cur);
			cur = [];
		}
		cur.push(p);
	}
	if (cur.length) out.push(cur);
	return out;
}

export function valueAt(series: Series, year: number): SeriesPoint | undefined {
	return series.points.find((p) => p.year === year);
}

export function yearExtent(series: Series[]): [number, number] | null {
	let lo = Infinity;
	let hi = -Infinity;
	for (const s of series)
		for (const p of s.points) {
			if (p.year < lo) lo = p.year;
			if (p.year > hi) hi = p.year;
		}
	return lo <= hi ? [lo, hi] : null;
}
