/**
 * Compact JSON form of one indicator's observations, for the small per-indicator files /compare fetches on demand
 * (the browser never parses CSV). A point is [year, value] when it has no flag and the indicator's main source,
 * else [year, value, flag, source_id]. Notes are left out (the CSV download has them). Pure.
 */
import type { Series } from './series.ts';
import type { Flag, Indicator, Observation, Source } from './types.ts';

export type CompactPoint = [number, number] | [number, number, string, string];

export interface IndicatorPayload {
	indicator: Indicator;
	/** Every source any point names (plus the indicator's own). */
	sources: Source[];
	/** iso3 -> points sorted by year. */
	data: Record<string, CompactPoint[]>;
}

export function encodeObservations(rows: Observation[], mainSource: string): Record<string, CompactPoint[]> {
	const out: Record<string, CompactPoint[]> = {};
	for (const r of [...rows].sort((a, b) => a.iso3.localeCompare(b.iso3) || a.year - b.year)) {
		const pt: CompactPoint = !r.flag && r.source_id === mainSource ? [r.year, r.value] : [r.year, r.value, r.flag, r.source_id];
		(out[r.iso3] ??= []).push(pt);
	}
	return out;
}

/** Series for the requested places (in order; a place without data gets an empty series, shown as "no data"). */
export function decodeSeries(payload: { indicator: Pick<Indicator, 'source_id'>; data: IndicatorPayload['data'] }, keys: string[], nameOf: (iso3: string) => string): Series[] {
	const main = payload.indicator.source_id;
	return keys.map((key) => ({
		key,
		label: nameOf(key),
		points: (payload.data[key] ?? []).map((p) => ({ year: p[0], value: p[1], flag: (p[2] ?? '') as Flag, source_id: p[3] ?? main, note: '' }))
	}));
}
