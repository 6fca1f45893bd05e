/**
 * Change of one country's values between two years — only ever between two published values. A missing end stays
 * missing (with the reason), never filled from a neighbouring year.
 */

export interface YearValue {
	year: number;
	value: number;
}

export type ChangeResult =
	| {
			kind: 'change';
			from: YearValue;
			to: YearValue;
			/** to − from, in the indicator's unit. */ absolute: number;
			/** % change; null when from is 0. */ percent: number | null;
	  }
	| {
			kind: 'missing';
			reason:
				| 'no-from'
				| 'no-to'
				| 'no-both'
				| 'zero-base'
				| 'no-reform'
				| 'reform-after'
				| 'reform-after-data'
				| 'reform-before-data';
			fromYear: number | null;
			toYear: number;
	  };

/** Change between `fromYear` and `toYear` using exactly those years' values (`at` returns undefined when missing). */
export function changeBetween(
	at: (year: number) => number | undefined,
	fromYear: number,
	toYear: number
): ChangeResult {
	const a = at(fromYear);
	const b = at(toYear);
	if (a === undefined || b === undefined) {
		const reason = a === undefined && b === undefined ? 'no-both' : a === undefined ? 'no-from' : 'no-to';
		return { kind: 'missing', reason, fromYear, toYear };
	}
	const absolute = b - a;
	return {
		kind: 'change',
		from: { year: fromYear, value: a },
		to: { year: toYear, value: b },
		absolute,
		percent: a === 0 ? null : (absolute / a) * 100
	};
}

/**
 * Baseline year for "change since reform": the last full year before the reform took effect (reform in 2001 → 2000).
 * Returns null when there is no dated reform.
 */
export function reformBaseline(reformYear: number | null): number | null {
	return reformYear === null ? null : reformYear - 1;
}

/**
 * Change from the year before the reform to `toYear`. Missing when the country has no dated reform, when its own
 * data end before the reform could show (`reform-after-data`: nothing to measure, not a gap), when the shown year is
 * not after the reform, or when either end has no value.
 * `lastDataYear` is the place's own last year with a value (null: no value at all, which stays a data gap).
 */
export function changeSinceReform(
	at: (year: number) => number | undefined,
	reformYear: number | null,
	toYear: number,
	firstDataYear: number | null,
	lastDataYear: number | null = null
): ChangeResult {
	const base = reformBaseline(reformYear);
	if (base === null) return { kind: 'missing', reason: 'no-reform', fromYear: null, toYear };
	if (lastDataYear !== null && lastDataYear <= base)
		return { kind: 'missing', reason: 'reform-after-data', fromYear: base, toYear };
	if (toYear <= base) return { kind: 'missing', reason: 'reform-after', fromYear: base, toYear };
	if (firstDataYear !== null && base < firstDataYear)
		return { kind: 'missing', reason: 'reform-before-data', fromYear: base, toYear };
	return changeBetween(at, base, toYear);
}

/** The value shown for "latest available": the latest year at or before `year` with a value. */
export function latestAtOrBefore<T extends { year: number }>(points: readonly T[], year: number): T | undefined {
	let best: T | undefined;
	for (const p of points) if (p.year <= year && (!best || p.year > best.year)) best = p;
	return best;
}
