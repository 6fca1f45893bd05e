/**
 * Which year the map opens on for an indicator. The latest year often has few places (UNODC's share of prisoners
 * held for drug offences: 24 places in 2021 against 63 in 2014), so a map of it would mostly say "no data" and its
 * headline would rank a handful of countries. Rule: the latest year whose number of places with a value is at least
 * half of the best-covered year's. The page says which year it chose and why (see mapEn.defaultYearNote).
 */

export const DEFAULT_YEAR_MIN_SHARE = 0.5;

export interface YearCoverage {
	year: number;
	/** Places with a value that year. */
	places: number;
}

/** Places with a value per year, ascending by year. */
export function coverageByYear(rows: Iterable<{ year: number; iso3: string }>): YearCoverage[] {
	const per = new Map<number, Set<string>>();
	for (const r of rows) {
		let s = per.get(r.year);
		if (!s) per.set(r.year, (s = new Set()));
		s.add(r.iso3);
	}
	return [...per.entries()].map(([year, s]) => ({ year, places: s.size })).sort((a, b) => a.year - b.year);
}

/** The year to open on (see the rule above); null when there are no values. */
export function defaultYear(coverage: readonly YearCoverage[], minShare = DEFAULT_YEAR_MIN_SHARE): YearCoverage | null {
	if (!coverage.length) return null;
	const best = Math.max(...coverage.map((c) => c.places));
	for (let i = coverage.length - 1; i >= 0; i--) if (coverage[i]!.places >= minShare * best) return coverage[i]!;
	return null;
}
