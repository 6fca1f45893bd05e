/**
 * Before/after a reform: the level and the trend in the N years before versus the N years after. Pure.
 *
 * Choices (shown on the page):
 *  - Windows: before = R−N … R−1, after = R+1 … R+N. The reform year R itself is in neither: reforms often take
 *    effect mid-year (Portugal: 1 July 2001), so year R is a mix of both regimes.
 *  - Mean level: arithmetic mean of the OBSERVED values in the window. Missing years are skipped, not filled;
 *    how many of the N years were observed is reported.
 *  - Average annual change: the ordinary-least-squares slope of value on year over the observed years of the window
 *    (units per year). Chosen over the mean of year-on-year differences because it uses every observed year even
 *    when a year is missing, and is less driven by the two end points. Needs at least 2 observed years.
 *  - "Trend continued": the before-window OLS line extended from R−1 to R+N, a dashed line on the chart. It is what
 *    the pre-reform trend would give, not a forecast and not a counterfactual.
 */
export interface XY {
	year: number;
	value: number;
}

export interface WindowStats {
	/** First and last year of the window (inclusive). */
	from: number;
	to: number;
	/** Years of the window that have a value. */
	observed: number[];
	/** Years of the window (N). */
	expected: number;
	/** Mean of the observed values, or null when none. */
	mean: number | null;
	/** OLS slope, units per year, or null with fewer than 2 observed years. */
	slope: number | null;
	/** OLS intercept at year 0 (for the trend line), or null. */
	intercept: number | null;
}

export interface BeforeAfterResult {
	reformYear: number;
	n: number;
	before: WindowStats;
	after: WindowStats;
	/** after.mean − before.mean, or null. */
	meanChange: number | null;
	/** after.slope − before.slope, or null. */
	slopeChange: number | null;
	/** Pre-reform trend extended from R−1 to R+N (null without a before slope). */
	trend: XY[] | null;
	/** Mean of (observed − trend) over the observed after years: how far the after years sit from the continued trend. */
	gapToTrend: number | null;
}

export function mean(values: number[]): number | null {
	return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

/** Ordinary least squares of value on year. Null with fewer than 2 points or a single distinct year. */
export function olsSlope(points: XY[]): { slope: number; intercept: number } | null {
	if (points.length < 2) return null;
	const mx = mean(points.map((p) => p.year))!;
	const my = mean(points.map((p) => p.value))!;
	let sxy = 0;
	let sxx = 0;
	for (const p of points) {
		sxy += (p.year - mx) * (p.value - my);
		sxx += (p.year - mx) ** 2;
	}
	if (sxx === 0) return null;
	const slope = sxy / sxx;
	return { slope, intercept: my - slope * mx };
}

export function windowStats(points: XY[], from: number, to: number): WindowStats {
	const inside = points
		.filter((p) => p.year >= from && p.year <= to && Number.isFinite(p.value))
		.sort((a, b) => a.year - b.year);
	const fit = olsSlope(inside);
	return {
		from,
		to,
		observed: inside.map((p) => p.year),
		expected: to - from + 1,
		mean: mean(inside.map((p) => p.value)),
		slope: fit?.slope ?? null,
		intercept: fit?.intercept ?? null
	};
}

export function beforeAfter(points: XY[], reformYear: number, n: number): BeforeAfterResult {
	const before = windowStats(points, reformYear - n, reformYear - 1);
	const after = windowStats(points, reformYear + 1, reformYear + n);
	const line = before.slope !== null && before.intercept !== null ? { b: before.slope, a: before.intercept } : null;
	const trend = line
		? range(reformYear - 1, reformYear + n).map((year) => ({ year, value: line.a + line.b * year }))
		: null;
	const afterObs = points.filter((p) => after.observed.includes(p.year));
	return {
		reformYear,
		n,
		before,
		after,
		meanChange: before.mean !== null && after.mean !== null ? after.mean - before.mean : null,
		slopeChange: before.slope !== null && after.slope !== null ? after.slope - before.slope : null,
		trend,
		gapToTrend: line && afterObs.length ? mean(afterObs.map((p) => p.value - (line.a + line.b * p.year))) : null
	};
}

function range(a: number, b: number): number[] {
	const out: number[] = [];
	for (let i = a; i <= b; i++) out.push(i);
	return out;
}
