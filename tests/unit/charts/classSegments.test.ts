/**
 * Lines cut by policy class (charts/classSegments.ts, and the layout that uses it): a reform mid-series gives two
 * segments that meet half-way between the last year of one class and the first of the next; an unknown stretch is a
 * segment of its own (never dropped); a one-year run is one point; gaps are never joined. Portugal's classes are the
 * real ones, from data/ through the build slice (stats/classTimeline.ts over the approaches classifier).
 */
import { describe, expect, it } from 'vitest';
import { classSegments, type RunPoint } from '../../../src/lib/charts/classSegments.ts';
import { layoutLineChart } from '../../../src/lib/charts/lineChartLayout.ts';
import { classInYear } from '../../../src/lib/stats/classTimeline.ts';
import type { ApproachClass } from '../../../src/lib/stats/typology.ts';
import { compareSlice } from '../../../src/lib/server/slices/compare.ts';
import type { Series } from '../../../src/lib/data/series.ts';

/** One point a year, x = year - from, y = 10 × index: easy midpoints. */
const run = (from: number, to: number): RunPoint[] =>
	Array.from({ length: to - from + 1 }, (_, i) => ({ year: from + i, px: i * 10, py: 100 - i }));

describe('classSegments', () => {
	const classes = compareSlice().classes;
	const portugal = (y: number) => classInYear(classes, 'PRT', y);

	it('Portugal 1995–2005: two segments, split half-way between 2000 and 2001', () => {
		const segs = classSegments(run(1995, 2005), portugal);
		expect(segs.map((s) => [s.cls, s.from, s.to])).toEqual([
			['criminal_with_harm_reduction', 1995, 2000],
			['health_led', 2001, 2005]
		]);
		// 2000 is point 5 (px 50, py 95), 2001 point 6 (px 60, py 94): both segments end/start at their midpoint.
		expect(segs[0]!.points.at(-2)).toEqual([50, 95]);
		expect(segs[0]!.points.at(-1)).toEqual([55, 94.5]);
		expect(segs[1]!.points[0]).toEqual([55, 94.5]);
		expect(segs[1]!.points[1]).toEqual([60, 94]);
		expect(segs[0]!.points).toHaveLength(7); // 1995..2000 and the midpoint
		expect(segs[1]!.points).toHaveLength(6); // the midpoint and 2001..2005
	});

	it('keeps an unknown stretch as a segment of its own, between known ones', () => {
		const cls = (y: number): ApproachClass => (y < 1990 ? 'punitive' : y <= 1992 ? 'unknown' : 'health_led');
		const segs = classSegments(run(1988, 1995), cls);
		expect(segs.map((s) => [s.cls, s.from, s.to])).toEqual([
			['punitive', 1988, 1989],
			['unknown', 1990, 1992],
			['health_led', 1993, 1995]
		]);
		// 1990–1992 with a midpoint on each side: 5 points.
		expect(segs[1]!.points).toEqual([
			[15, 98.5],
			[20, 98],
			[30, 97],
			[40, 96],
			[45, 95.5]
		]);
	});

	it('gives a one-year series one segment of one point; an empty run none', () => {
		expect(classSegments(run(2003, 2003), portugal)).toEqual([
			{ cls: 'health_led', from: 2003, to: 2003, points: [[0, 100]] }
		]);
		expect(classSegments([], portugal)).toEqual([]);
	});

	it('a class that holds one year mid-run is still a line (midpoint, point, midpoint)', () => {
		const cls = (y: number): ApproachClass => (y === 2001 ? 'punitive' : 'health_led');
		const segs = classSegments(run(2000, 2002), cls);
		expect(segs.map((s) => [s.cls, s.from, s.to, s.points.length])).toEqual([
			['health_led', 2000, 2000, 2],
			['punitive', 2001, 2001, 3],
			['health_led', 2002, 2002, 2]
		]);
	});
});

describe('layoutLineChart with segmentSlot', () => {
	const pt = (year: number, value: number) => ({ year, value, flag: '' as const, source_id: 's', note: '' });
	const series: Series[] = [
		{ key: 'PRT', label: 'Portugal', points: [pt(1999, 1), pt(2000, 2), pt(2001, 3), pt(2002, 4), pt(2005, 5)] }
	];
	const input = { series, width: 600, height: 300 };

	it('cuts each run where the slot changes, never joins across a gap, and draws a lone year as a dot', () => {
		const slot = (key: string, x: number) => (key === 'PRT' && x >= 2001 ? 0 : 3);
		const m = layoutLineChart({ ...input, segmentSlot: slot });
		const s = m.series[0]!;
		expect(s.segments.map((g) => [g.slot, g.from, g.to, g.d !== '', g.dot !== null])).toEqual([
			[3, 1999, 2000, true, false],
			[0, 2001, 2002, true, false],
			[0, 2005, 2005, false, true]
		]);
		// The two pieces of the first run meet at one pixel, half-way between 2000 and 2001.
		const end = s.segments[0]!.d.split('L').at(-1);
		const start = s.segments[1]!.d.slice(1).split('L')[0];
		expect(end).toBe(start);
		const p2000 = s.points.find((p) => p.year === 2000)!;
		const p2001 = s.points.find((p) => p.year === 2001)!;
		expect(end).toBe(
			`${Math.round(((p2000.px + p2001.px) / 2) * 10) / 10},${Math.round(((p2000.py + p2001.py) / 2) * 10) / 10}`
		);
	});

	it('without segmentSlot draws as before: no segments, the same paths', () => {
		const plain = layoutLineChart(input);
		const coloured = layoutLineChart({ ...input, segmentSlot: () => 1 });
		expect(plain.series[0]!.segments).toEqual([]);
		expect(coloured.series[0]!.paths).toEqual(plain.series[0]!.paths);
	});
});
