/**
 * One year range for a set of small charts, so they line up in time: from the earliest first year to the latest last
 * year, stretched back to the place's reform year when it falls shortly before the data begin (then every chart
 * shows when the reform came, and how long after it the values start). A reform more than `reach` years before the
 * data is left off rather than squeezing every line into a corner. Pure.
 */
export function sharedYears(
	spans: readonly (readonly [number, number])[],
	reformYear: number | null,
	reach = 15
): [number, number] | null {
	if (!spans.length) return null;
	let lo = Math.min(...spans.map((s) => s[0]));
	const hi = Math.max(...spans.map((s) => s[1]));
	if (reformYear !== null && reformYear < lo && lo - reformYear <= reach) lo = reformYear;
	return [lo, hi];
}
