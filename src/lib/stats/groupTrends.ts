/**
 * Group trends: for one outcome indicator and a classification of country-years (approachRules.ts), each group's
 * median per year and interquartile range, with the number and list of countries behind each value. Pure.
 *
 * - Quantiles: d3-array's `quantile`, which is R-7 (Hyndman & Fan type 7, the default of R and NumPy: linear
 *   interpolation between order statistics, h = (n − 1)p). The median is its p = 0.5; Q1 and Q3 are p = 0.25 and 0.75.
 * - A country counts in the group of each year it is classified in, so a country that changes class (Portugal 2001)
 *   moves groups from that year on; it is never in two groups in one year.
 * - Years are only those with observations: nothing is interpolated, a group-year with no values is absent.
 * - Below MIN_GROUP_SIZE countries the band (Q1–Q3) is omitted with the reason `too_few_countries`; the median and the
 *   count are still given, so a page can show both and say why there is no band.
 * - One definition per computation: series of more than one indicator, of different comparability keys (different
 *   definitions, as charts/comparability.ts tells them apart) or rows from more than one source (a release or method
 *   that may differ) are refused with a typed error, never pooled.
 * - Flagged values: `partial` (a part-year figure, not comparable with full years) is left out by default and listed in
 *   `excluded`; every other flag (break, provisional, estimate, derived, revised, secondary) is included and listed by
 *   flag for each group-year, so a page can say e.g. "includes 1 value after a series break". `excludeFlags` overrides.
 * - Country-years the classifier leaves out (`null`: no policy record, or a sub-national code) are listed in `leftOut`.
 */
import { quantile } from 'd3-array';
import type { Flag, Indicator, Observation } from '../data/types.ts';

/** Fewest countries for which a group-year's interquartile band is given. */
export const MIN_GROUP_SIZE = 5;

/** The quantile definition used (d3-array `quantile`). */
export const QUANTILE_METHOD = 'R-7';

/** Flags left out unless the caller says otherwise. */
export const DEFAULT_EXCLUDED_FLAGS: readonly Flag[] = ['partial'];

export interface IndicatorSeries {
	indicator: Pick<Indicator, 'indicator_id' | 'comparability'>;
	observations: readonly Pick<Observation, 'iso3' | 'year' | 'value' | 'flag' | 'source_id'>[];
}

export type BandOmitted = 'too_few_countries';

export interface GroupYear {
	year: number;
	/** Countries contributing a value this year. */
	n: number;
	/** Their codes, sorted. */
	countries: string[];
	median: number;
	/** Null exactly when `bandOmitted` is set. */
	q1: number | null;
	q3: number | null;
	bandOmitted: BandOmitted | null;
	/** Included values that carry a flag, by flag: country codes. */
	flagged: Partial<Record<Exclude<Flag, ''>, string[]>>;
}

export interface GroupTrend<G extends string> {
	group: G;
	/** Years with at least one value, ascending. */
	years: GroupYear[];
}

export type GroupTrendsError =
	| { code: 'no_series' }
	| { code: 'mixed_indicators'; ids: string[] }
	| { code: 'mixed_definitions'; ids: string[] }
	| { code: 'mixed_sources'; ids: string[] }
	| { code: 'duplicate_observation'; iso3: string; year: number };

export type GroupTrendsResult<G extends string> =
	| {
			ok: true;
			indicatorId: string;
			comparability: string;
			sourceId: string;
			quantileMethod: typeof QUANTILE_METHOD;
			minGroupSize: number;
			/** One entry per group in `groups` order (groups with no value in any year have no years). */
			trends: GroupTrend<G>[];
			/** Values left out for their flag. */
			excluded: { iso3: string; year: number; flag: Flag }[];
			/** Country-years with a value but no group. */
			leftOut: { iso3: string; year: number }[];
	  }
	| { ok: false; error: GroupTrendsError };

export interface GroupTrendsOptions {
	/** Flags whose values are left out (default: DEFAULT_EXCLUDED_FLAGS). */
	excludeFlags?: readonly Flag[];
	/** Band threshold (default MIN_GROUP_SIZE). */
	minGroupSize?: number;
}

const uniq = (xs: string[]) => [...new Set(xs)].sort();

/**
 * Medians and interquartile ranges per group and year (see the module comment). `groupOf` gives a country-year's group,
 * or null to leave it out; `groups` lists the groups to report, in order (a group not listed is not reported).
 */
export function groupTrends<G extends string>(
	series: readonly IndicatorSeries[],
	groupOf: (iso3: string, year: number) => G | null,
	groups: readonly G[],
	options: GroupTrendsOptions = {}
): GroupTrendsResult<G> {
	if (series.length === 0) return { ok: false, error: { code: 'no_series' } };
	const keys = uniq(series.map((s) => s.indicator.comparability));
	if (keys.length > 1) return { ok: false, error: { code: 'mixed_definitions', ids: keys } };
	const ids = uniq(series.map((s) => s.indicator.indicator_id));
	if (ids.length > 1) return { ok: false, error: { code: 'mixed_indicators', ids } };
	const rows = series.flatMap((s) => s.observations);
	const sources = uniq(rows.map((o) => o.source_id));
	if (sources.length > 1) return { ok: false, error: { code: 'mixed_sources', ids: sources } };

	const exclude = new Set(options.excludeFlags ?? DEFAULT_EXCLUDED_FLAGS);
	const minGroupSize = options.minGroupSize ?? MIN_GROUP_SIZE;
	const seen = new Set<string>();
	const excluded: { iso3: string; year: number; flag: Flag }[] = [];
	const leftOut: { iso3: string; year: number }[] = [];
	// group -> year -> rows
	const cells = new Map<G, Map<number, Pick<Observation, 'iso3' | 'value' | 'flag'>[]>>(
		groups.map((g) => [g, new Map()])
	);
	for (const o of rows) {
		const key = `${o.iso3}|${o.year}`;
		if (seen.has(key)) return { ok: false, error: { code: 'duplicate_observation', iso3: o.iso3, year: o.year } };
		seen.add(key);
		if (!Number.isFinite(o.value)) continue;
		if (exclude.has(o.flag)) {
			excluded.push({ iso3: o.iso3, year: o.year, flag: o.flag });
			continue;
		}
		const g = groupOf(o.iso3, o.year);
		const byYear = g === null ? undefined : cells.get(g);
		if (g === null) {
			leftOut.push({ iso3: o.iso3, year: o.year });
			continue;
		}
		if (!byYear) continue; // a group the caller did not ask for
		const list = byYear.get(o.year);
		if (list) list.push(o);
		else byYear.set(o.year, [o]);
	}

	const trends: GroupTrend<G>[] = groups.map((group) => {
		const byYear = cells.get(group)!;
		const years = [...byYear.keys()]
			.sort((a, b) => a - b)
			.map((year): GroupYear => {
				const list = byYear.get(year)!;
				const values = list.map((o) => o.value);
				const n = list.length;
				const band = n >= minGroupSize;
				const flagged: GroupYear['flagged'] = {};
				for (const o of list) if (o.flag) (flagged[o.flag] ??= []).push(o.iso3);
				for (const f of Object.keys(flagged) as Exclude<Flag, ''>[]) flagged[f]!.sort();
				return {
					year,
					n,
					countries: list.map((o) => o.iso3).sort(),
					median: quantile(values, 0.5)!,
					q1: band ? quantile(values, 0.25)! : null,
					q3: band ? quantile(values, 0.75)! : null,
					bandOmitted: band ? null : 'too_few_countries',
					flagged
				};
			});
		return { group, years };
	});
	const by = (a: { iso3: string; year: number }, b: { iso3: string; year: number }) =>
		a.iso3.localeCompare(b.iso3) || a.year - b.year;
	return {
		ok: true,
		indicatorId: ids[0]!,
		comparability: keys[0]!,
		sourceId: sources[0] ?? '',
		quantileMethod: QUANTILE_METHOD,
		minGroupSize,
		trends,
		excluded: excluded.sort(by),
		leftOut: leftOut.sort(by)
	};
}
