import { describe, expect, it } from 'vitest';
import { beforeAfter, mean, olsSlope, windowStats } from '../../../src/lib/stats/beforeAfter.ts';

const pts = (pairs: [number, number][]) => pairs.map(([year, value]) => ({ year, value }));

describe('olsSlope', () => {
	it('recovers the slope and intercept of an exact line', () => {
		const f = olsSlope(
			pts([
				[2000, 10],
				[2001, 12],
				[2002, 14],
				[2003, 16]
			])
		)!;
		expect(f.slope).toBeCloseTo(2);
		expect(f.intercept + f.slope * 2000).toBeCloseTo(10);
	});
	it('is null with fewer than two points', () => {
		expect(olsSlope(pts([[2000, 1]]))).toBeNull();
		expect(olsSlope([])).toBeNull();
	});
	it('uses the real year spacing when a year is missing (no interpolation)', () => {
		// 2000: 0, 2003: 3 → slope 1 a year, not 3.
		expect(
			olsSlope(
				pts([
					[2000, 0],
					[2003, 3]
				])
			)!.slope
		).toBeCloseTo(1);
	});
});

describe('windowStats', () => {
	it('reports observed years and the mean of observed values only', () => {
		const w = windowStats(
			pts([
				[1996, 2],
				[1997, 4],
				[1999, 6],
				[2005, 100]
			]),
			1996,
			2000
		);
		expect(w.observed).toEqual([1996, 1997, 1999]);
		expect(w.expected).toBe(5);
		expect(w.mean).toBeCloseTo(4);
	});
	it('is empty but not zero when no year is observed', () => {
		const w = windowStats(pts([[2010, 5]]), 1990, 1994);
		expect(w.mean).toBeNull();
		expect(w.slope).toBeNull();
		expect(w.observed).toEqual([]);
	});
});

describe('beforeAfter', () => {
	const series = pts([
		[1995, 9],
		[1996, 10],
		[1997, 11],
		[1998, 12],
		[1999, 13],
		[2000, 14],
		[2001, 50], // reform year: excluded from both windows
		[2002, 12],
		[2003, 11],
		[2004, 10],
		[2005, 9],
		[2006, 8],
		[2007, 7]
	]);
	it('compares the N years before with the N years after, leaving out the reform year', () => {
		const r = beforeAfter(series, 2001, 5);
		expect([r.before.from, r.before.to, r.after.from, r.after.to]).toEqual([1996, 2000, 2002, 2006]);
		expect(r.before.mean).toBeCloseTo(12);
		expect(r.after.mean).toBeCloseTo(10);
		expect(r.meanChange).toBeCloseTo(-2);
		expect(r.before.slope).toBeCloseTo(1);
		expect(r.after.slope).toBeCloseTo(-1);
		expect(r.slopeChange).toBeCloseTo(-2);
	});
	it('extends the pre-reform trend from the year before the reform to N years after', () => {
		const r = beforeAfter(series, 2001, 5);
		expect(r.trend!.map((p) => p.year)).toEqual([2000, 2001, 2002, 2003, 2004, 2005, 2006]);
		expect(r.trend![0]!.value).toBeCloseTo(14);
		expect(r.trend![6]!.value).toBeCloseTo(20);
		// after values 12..8 vs trend 16..20 → on average 8 below.
		expect(r.gapToTrend).toBeCloseTo(-8);
	});
	it('has no trend and no change when the before window has no data (e.g. reform in the first year of data)', () => {
		const r = beforeAfter(
			pts([
				[1990, 5],
				[1991, 6],
				[1992, 7]
			]),
			1990,
			5
		);
		expect(r.before.observed).toEqual([]);
		expect(r.trend).toBeNull();
		expect(r.meanChange).toBeNull();
		expect(r.after.mean).toBeCloseTo(6.5);
	});
	it('works on years since reform (aligned mode: reform at 0)', () => {
		const aligned = series.map((p) => ({ year: p.year - 2001, value: p.value }));
		const r = beforeAfter(aligned, 0, 3);
		expect(r.before.observed).toEqual([-3, -2, -1]);
		expect(r.before.mean).toBeCloseTo(13);
	});
	it('mean of nothing is null, never 0', () => {
		expect(mean([])).toBeNull();
	});
});
