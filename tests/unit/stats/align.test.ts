import { describe, expect, it } from 'vitest';
import type { Series } from '../../../src/lib/data/series.ts';
import { alignSeries, formatYearsSince } from '../../../src/lib/stats/align.ts';

const s = (pts: [number, number][]): Series => ({
	key: 'PRT',
	label: 'Portugal',
	points: pts.map(([year, value]) => ({ year, value, flag: '', source_id: 'x', note: '' }))
});

describe('alignSeries', () => {
	it('puts the reform year at 0 and keeps values as published', () => {
		const a = alignSeries(
			s([
				[1999, 4],
				[2000, 5],
				[2001, 6]
			]),
			2001
		);
		expect(a.series.points.map((p) => [p.year, p.value])).toEqual([
			[-2, 4],
			[-1, 5],
			[0, 6]
		]);
		expect(a.problem).toBeNull();
	});
	it('indexes to 100 in the year before the reform', () => {
		const a = alignSeries(
			s([
				[2000, 5],
				[2001, 6],
				[2002, 2.5]
			]),
			2001,
			true
		);
		expect(a.series.points.map((p) => p.value)).toEqual([100, 120, 50]);
		expect(a.base).toEqual({ year: 2000, value: 5 });
	});
	it('refuses to index when the base year is missing, and says so instead of filling it', () => {
		const a = alignSeries(
			s([
				[1999, 4],
				[2001, 6]
			]),
			2001,
			true
		);
		expect(a.series.points).toEqual([]);
		expect(a.problem).toMatch(/no value for 2000/);
	});
	it('keeps gaps as gaps', () => {
		const a = alignSeries(
			s([
				[1998, 1],
				[2000, 2]
			]),
			2001
		);
		expect(a.series.points.map((p) => p.year)).toEqual([-3, -1]);
	});
	it('labels years since reform with a sign', () => {
		expect([formatYearsSince(-3), formatYearsSince(0), formatYearsSince(5)]).toEqual(['−3', '0', '+5']);
	});
});
