import { describe, expect, it } from 'vitest';
import { eventLabelWidth, eventLabelX, layoutLineChart, spreadLabels, type PlacedSeries } from '../../../src/lib/charts/lineChartLayout.ts';
import type { Series } from '../../../src/lib/charts/series.ts';

const s = (key: string, pts: [number, number][]): Series => ({
	key,
	label: key,
	points: pts.map(([year, value]) => ({ year, value, flag: '', source_id: 'x', note: '' }))
});

describe('layoutLineChart', () => {
	it('breaks a line where a year is missing instead of bridging the gap', () => {
		const m = layoutLineChart({ series: [s('PRT', [[2000, 1], [2001, 2], [2003, 3], [2004, 4]])], width: 600, height: 300 });
		expect(m.series[0]!.paths).toHaveLength(2);
		expect(m.series[0]!.paths.every((d) => (d.match(/L/g) ?? []).length === 1)).toBe(true);
	});

	it('draws no line across a break in series and marks the break half-way', () => {
		const nir = s('GB-NIR', [[2014, 3.7], [2015, 5.3], [2016, 68.3], [2017, 63.9]]);
		nir.points[2]!.flag = 'break';
		const m = layoutLineChart({ series: [nir], width: 600, height: 300 });
		const placed = m.series[0]!;
		expect(placed.paths).toHaveLength(2);
		const [p14, p15, p16, p17] = placed.points;
		expect(placed.paths[0]).toBe(`M${p14!.px},${p14!.py}L${p15!.px},${p15!.py}`);
		expect(placed.paths[1]).toBe(`M${p16!.px},${p16!.py}L${p17!.px},${p17!.py}`);
		expect(placed.breaks).toEqual([{ year: 2016, before: 2015, px: Math.round(((p15!.px + p16!.px) / 2) * 10) / 10, py: Math.round(((p15!.py + p16!.py) / 2) * 10) / 10 }]);
		// Thailand 0.8 -> 52.9 (break) -> 0.1 (break): three lone dots, two marks.
		const tha = s('THA', [[2014, 0.8], [2015, 52.9], [2016, 0.1]]);
		tha.points[1]!.flag = 'break';
		tha.points[2]!.flag = 'break';
		const t = layoutLineChart({ series: [tha], width: 600, height: 300 }).series[0]!;
		expect(t.paths).toEqual([]);
		expect(t.isolated.map((p) => p.year)).toEqual([2014, 2015, 2016]);
		expect(t.breaks.map((b) => [b.before, b.year])).toEqual([[2014, 2015], [2015, 2016]]);
		// A break whose previous value is outside the view has nothing to mark.
		const clipped = layoutLineChart({ series: [nir], width: 600, height: 300, xDomain: [2016, 2017] }).series[0]!;
		expect(clipped.breaks).toEqual([]);
		expect(clipped.paths).toHaveLength(1);
	});

	it('draws a lone year as a dot so it is not lost', () => {
		const m = layoutLineChart({ series: [s('PRT', [[2000, 1], [2002, 2], [2003, 3]])], width: 600, height: 300 });
		expect(m.series[0]!.isolated.map((p) => p.year)).toEqual([2000]);
		expect(m.series[0]!.paths).toHaveLength(1);
	});

	it('maps the domain ends to the plot edges and starts linear y at zero', () => {
		const m = layoutLineChart({ series: [s('A', [[1990, 5], [2019, 20]])], width: 800, height: 400 });
		expect(m.x(1990)).toBeCloseTo(m.plot.x0);
		expect(m.x(2019)).toBeCloseTo(m.plot.x1);
		expect(m.yDomain[0]).toBe(0);
		expect(m.y(0)).toBeCloseTo(m.plot.y0);
	});

	it('drops non-positive values on a log scale and reports them', () => {
		const m = layoutLineChart({ series: [s('A', [[2000, 0], [2001, 10], [2002, 100]])], width: 600, height: 300, yScale: 'log' });
		expect(m.series[0]!.dropped.map((p) => p.year)).toEqual([2000]);
		expect(m.series[0]!.points.map((p) => p.year)).toEqual([2001, 2002]);
		expect(m.yDomain[0]).toBeGreaterThan(0);
	});

	it('places an event on its own series at that year, or on the axis when the series has no value then', () => {
		const m = layoutLineChart({
			series: [s('PRT', [[2000, 1], [2001, 2], [2002, 3]]), s('NOR', [[2000, 5]])],
			events: [
				{ key: 'PRT', x: 2001, label: 'PRT 2001', title: 't', date: '2001-07-01', source: 'src' },
				{ key: 'NOR', x: 2002, label: 'NOR', title: 't', date: '2002', source: 'src' }
			],
			width: 600,
			height: 300
		});
		const prt = m.series[0]!.points.find((p) => p.year === 2001)!;
		expect(m.events[0]).toMatchObject({ px: prt.px, py: prt.py, markerY: prt.py, index: 0 });
		expect(m.events[1]!.py).toBeNull();
	});

	it('puts a marker without a value that year under the axis, never on the zero line or the log floor', () => {
		// Norway has 2000 and 2002 but not 2001: its 2001 event is "no data that year", not a zero.
		const nor = s('NOR', [[2000, 5], [2002, 6]]);
		const ev = { key: 'NOR', x: 2001, label: 'Norway: reform 2001', title: 't', date: '2001', source: 'src' };
		const lin = layoutLineChart({ series: [nor], events: [ev], width: 600, height: 300 });
		expect(lin.events[0]!.py).toBeNull();
		expect(lin.y(0)).toBeCloseTo(lin.plot.y0); // the zero line is the axis …
		expect(lin.events[0]!.markerY).toBeGreaterThan(lin.plot.y0); // … and the marker is below it, not on it
		// On a log scale a value of 0 cannot be drawn: the marker is not put at the log floor either.
		const zero = s('NOR', [[2000, 5], [2001, 0], [2002, 6]]);
		const log = layoutLineChart({ series: [zero], events: [ev], width: 600, height: 300, yScale: 'log' });
		expect(log.events[0]!.py).toBeNull();
		expect(log.events[0]!.markerY).toBeGreaterThan(log.plot.y0);
		// With a value that exact year it sits on the line.
		const on = layoutLineChart({ series: [zero], events: [ev], width: 600, height: 300 });
		expect(on.events[0]!.markerY).toBe(on.series[0]!.points[1]!.py);
	});

	it('keeps reform labels inside the plot at 375 px, moving them left of the line where needed', () => {
		const series = [s('Portugal', [[1990, 10], [2019, 12]]), s('United States', [[1990, 3], [2019, 20]])];
		const events = [
			{ key: 'Portugal', x: 2001, label: 'Portugal: decriminalised 2001', title: 't', date: '2001', source: 'src' },
			{ key: 'Portugal', x: 2018, label: 'Portugal: decriminalised 2018', title: 't', date: '2018', source: 'src' },
			{ key: 'United States', x: 2019, label: 'United States: decriminalised 2019', title: 't', date: '2019', source: 'src' }
		];
		for (const width of [375, 1280]) {
			const m = layoutLineChart({ series, events, width, height: 300 });
			for (const e of m.events) {
				expect(e.labelX).toBeGreaterThanOrEqual(m.plot.x0);
				expect(e.labelX + eventLabelWidth(e.label)).toBeLessThanOrEqual(m.plot.x1 + 0.05);
			}
			// The 2001 label starts beside its line when there is room (1280 px); at 375 px it moves left to fit.
			if (width === 1280) expect(m.events[0]!.labelX).toBeCloseTo(m.events[0]!.px + 5, 0);
			else expect(m.events[0]!.labelX).toBeLessThan(m.events[0]!.px + 5);
		}
		// Labels that overlap after moving go to separate rows.
		const m = layoutLineChart({ series, events, width: 375, height: 300 });
		expect(new Set(m.events.map((e) => e.labelRow)).size).toBe(3);
	});

	it('never lets a label wider than the plot run past the chart', () => {
		expect(eventLabelX(300, 'x'.repeat(40), 44, 200, 375)).toBe(375 - 40 * 6.5);
		expect(eventLabelX(100, 'short', 44, 200, 375)).toBe(105);
		expect(eventLabelX(198, 'short', 44, 200, 375)).toBe(200 - 5 * 6.5);
	});

	it('keeps events outside the x domain off the chart', () => {
		const m = layoutLineChart({ series: [s('A', [[2000, 1], [2010, 2]])], events: [{ key: 'A', x: 1990, label: '', title: '', date: '1990', source: '' }], width: 600, height: 300 });
		expect(m.events).toEqual([]);
	});

	it('snaps a pixel to the nearest year inside the domain', () => {
		const m = layoutLineChart({ series: [s('A', [[2000, 1], [2010, 2]])], width: 600, height: 300 });
		expect(m.xAt(m.x(2004.4))).toBe(2004);
		expect(m.xAt(-100)).toBe(2000);
		expect(m.xAt(10_000)).toBe(2010);
	});
});

describe('spreadLabels', () => {
	it('moves end labels apart until none overlap, inside the plot', () => {
		const mk = (key: string, y: number) => ({ key, end: { x: 0, y, labelY: y, value: 0, year: 0 } }) as unknown as PlacedSeries;
		const series = [mk('a', 100), mk('b', 101), mk('c', 102), mk('d', 300)];
		spreadLabels(series, 20, 380);
		const ys = series.map((x) => x.end!.labelY).sort((a, b) => a - b);
		for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(13.4);
		expect(series[3]!.end!.labelY).toBe(300);
	});
});
