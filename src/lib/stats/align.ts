/**
 * "Align on reform": x becomes years since each country's own reform (0 = reform year, −1 = the year before),
 * optionally indexed to 100 in the year before the reform. Pure.
 * If the base year (reform − 1) is missing, the series cannot be indexed: it is returned empty with the reason,
 * never indexed to a neighbouring or interpolated year.
 */
import type { Series } from '../data/series.ts';

export interface AlignResult {
	/** Points keyed by years since reform (in `year`), values as published or indexed (base year = 100). */
	series: Series;
	reformYear: number;
	/** The value the series was indexed to (year before the reform), when indexing. */
	base: { year: number; value: number } | null;
	/** Why the series could not be shown, e.g. the base year is missing. */
	problem: string | null;
	/** The same as a code: `noBase` (no value the year before the reform), `baseNotPositive` (0 or less there). */
	reason: 'noBase' | 'baseNotPositive' | null;
}

export function alignSeries(s: Series, reformYear: number, index = false): AlignResult {
	const baseYear = reformYear - 1;
	if (!index) {
		return {
			series: { ...s, points: s.points.map((p) => ({ ...p, year: p.year - reformYear })) },
			reformYear,
			base: null,
			problem: null,
			reason: null
		};
	}
	const base = s.points.find((p) => p.year === baseYear);
	if (!base)
		return {
			series: { ...s, points: [] },
			reformYear,
			base: null,
			problem: `${s.label} has no value for ${baseYear}, the year before its reform, so it cannot be indexed (we do not fill the gap).`,
			reason: 'noBase'
		};
	if (base.value <= 0)
		return {
			series: { ...s, points: [] },
			reformYear,
			base: null,
			problem: `${s.label}’s value in ${baseYear} is ${base.value}, so it cannot be indexed to 100.`,
			reason: 'baseNotPositive'
		};
	return {
		series: {
			...s,
			points: s.points.map((p) => ({ ...p, year: p.year - reformYear, value: (p.value / base.value) * 100 }))
		},
		reformYear,
		base: { year: baseYear, value: base.value },
		problem: null,
		reason: null
	};
}

/** "year 0 (reform)", "−3", "+5": labels for years since reform. */
export function formatYearsSince(x: number): string {
	if (x === 0) return '0';
	return x > 0 ? `+${x}` : `−${Math.abs(x)}`;
}
