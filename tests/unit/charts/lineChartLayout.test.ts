import { describe, expect, it } from 'vitest';
import {
	END_LABEL_DX,
	endLabelWidth,
	eventLabelWidth,
	eventLabelX,
	LABEL_GAP,
	layoutLineChart,
	placeEndLabels,
	spreadLabels,
	type PlacedSeries
} from '../../../src/lib/charts/lineChartLayout.ts';
import type { Series } from '../../../src/lib/data/series.ts';

const s = (key: string, pts: [number, number][]): Series => ({
	key,
	label: key,
	points: pts.map(([year, value]) => ({ year, value, flag: '', source_id: 'x', note: '' }))
});

describe('layoutLineChart', () => {
	it('breaks a line where a year is missing instead of bridging the gap', () => {
		const m = layoutLineChart({
			series: [
				s('PRT', [
					[2000, 1],
					[2001, 2],
					[2003, 3],
					[2004, 4]
				])
			],
			width: 600,
			height: 300
		});
		expect(m.series[0]!.paths).toHaveLength(2);
		expect(m.series[0]!.paths.every((d) => (d.match(/L/g) ?? []).length === 1)).toBe(true);
	});

	it('draws no line across a break in series and marks the break half-way', () => {
		const nir = s('GB-NIR', [
			[2014, 3.7],
			[2015, 5.3],
			[2016, 68.3],
			[2017, 63.9]
		]);
		nir.points[2]!.flag = 'break';
		const m = layoutLineChart({ series: [nir], width: 600, height: 300 });
		const placed = m.series[0]!;
		expect(placed.paths).toHaveLength(2);
		const [p14, p15, p16, p17] = placed.points;
		expect(placed.paths[0]).toBe(`M${p14!.px},${p14!.py}L${p15!.px},${p15!.py}`);
		expect(placed.paths[1]).toBe(`M${p16!.px},${p16!.py}L${p17!.px},${p17!.py}`);
		expect(placed.breaks).toEqual([
			{
				year: 2016,
				before: 2015,
				px: Math.round(((p15!.px + p16!.px) / 2) * 10) / 10,
				py: Math.round(((p15!.py + p16!.py) / 2) * 10) / 10
			}
		]);
		// Thailand 0.8 -> 52.9 (break) -> 0.1 (break): three lone dots, two marks.
		const tha = s('THA', [
			[2014, 0.8],
			[2015, 52.9],
			[2016, 0.1]
		]);
		tha.points[1]!.flag = 'break';
		tha.points[2]!.flag = 'break';
		const t = layoutLineChart({ series: [tha], width: 600, height: 300 }).series[0]!;
		expect(t.paths).toEqual([]);
		expect(t.isolated.map((p) => p.year)).toEqual([2014, 2015, 2016]);
		expect(t.breaks.map((b) => [b.before, b.year])).toEqual([
			[2014, 2015],
			[2015, 2016]
		]);
		// A break whose previous value is outside the view has nothing to mark.
		const clipped = layoutLineChart({ series: [nir], width: 600, height: 300, xDomain: [2016, 2017] }).series[0]!;
		expect(clipped.breaks).toEqual([]);
		expect(clipped.paths).toHaveLength(1);
	});

	it('draws a lone year as a dot so it is not lost', () => {
		const m = layoutLineChart({
			series: [
				s('PRT', [
					[2000, 1],
					[2002, 2],
					[2003, 3]
				])
			],
			width: 600,
			height: 300
		});
		expect(m.series[0]!.isolated.map((p) => p.year)).toEqual([2000]);
		expect(m.series[0]!.paths).toHaveLength(1);
	});

	it('maps the domain ends to the plot edges and starts linear y at zero', () => {
		const m = layoutLineChart({
			series: [
				s('A', [
					[1990, 5],
					[2019, 20]
				])
			],
			width: 800,
			height: 400
		});
		expect(m.x(1990)).toBeCloseTo(m.plot.x0);
		expect(m.x(2019)).toBeCloseTo(m.plot.x1);
		expect(m.yDomain[0]).toBe(0);
		expect(m.y(0)).toBeCloseTo(m.plot.y0);
	});

	it('drops non-positive values on a log scale and reports them', () => {
		const m = layoutLineChart({
			series: [
				s('A', [
					[2000, 0],
					[2001, 10],
					[2002, 100]
				])
			],
			width: 600,
			height: 300,
			yScale: 'log'
		});
		expect(m.series[0]!.dropped.map((p) => p.year)).toEqual([2000]);
		expect(m.series[0]!.points.map((p) => p.year)).toEqual([2001, 2002]);
		expect(m.yDomain[0]).toBeGreaterThan(0);
	});

	it('places an event on its own series at that year, or on the axis when the series has no value then', () => {
		const m = layoutLineChart({
			series: [
				s('PRT', [
					[2000, 1],
					[2001, 2],
					[2002, 3]
				]),
				s('NOR', [[2000, 5]])
			],
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
		const nor = s('NOR', [
			[2000, 5],
			[2002, 6]
		]);
		const ev = { key: 'NOR', x: 2001, label: 'Norway: reform 2001', title: 't', date: '2001', source: 'src' };
		const lin = layoutLineChart({ series: [nor], events: [ev], width: 600, height: 300 });
		expect(lin.events[0]!.py).toBeNull();
		expect(lin.y(0)).toBeCloseTo(lin.plot.y0); // the zero line is the axis …
		expect(lin.events[0]!.markerY).toBeGreaterThan(lin.plot.y0); // … and the marker is below it, not on it
		// On a log scale a value of 0 cannot be drawn: the marker is not put at the log floor either.
		const zero = s('NOR', [
			[2000, 5],
			[2001, 0],
			[2002, 6]
		]);
		const log = layoutLineChart({ series: [zero], events: [ev], width: 600, height: 300, yScale: 'log' });
		expect(log.events[0]!.py).toBeNull();
		expect(log.events[0]!.markerY).toBeGreaterThan(log.plot.y0);
		// With a value that exact year it sits on the line.
		const on = layoutLineChart({ series: [zero], events: [ev], width: 600, height: 300 });
		expect(on.events[0]!.markerY).toBe(on.series[0]!.points[1]!.py);
	});

	it('keeps reform labels inside the plot at 375 px, moving them left of the line where needed', () => {
		const series = [
			s('Portugal', [
				[1990, 10],
				[2019, 12]
			]),
			s('United States', [
				[1990, 3],
				[2019, 20]
			])
		];
		const events = [
			{ key: 'Portugal', x: 2001, label: 'Portugal: decriminalised 2001', title: 't', date: '2001', source: 'src' },
			{ key: 'Portugal', x: 2018, label: 'Portugal: decriminalised 2018', title: 't', date: '2018', source: 'src' },
			{
				key: 'United States',
				x: 2019,
				label: 'United States: decriminalised 2019',
				title: 't',
				date: '2019',
				source: 'src'
			}
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
		expect(m.events.every((e) => e.labelled)).toBe(true);
		// At most two rows: the third row's label is not drawn and the plot starts one row higher.
		const two = layoutLineChart({ series, events, width: 375, height: 300, maxEventRows: 2 });
		expect(two.events.filter((e) => !e.labelled).map((e) => e.labelRow)).toEqual([2]);
		expect(two.plot.y1).toBe(m.plot.y1 - 13);
	});

	it('never lets a label wider than the plot run past the chart', () => {
		expect(eventLabelX(300, 'x'.repeat(40), 44, 200, 375)).toBe(375 - 40 * 6.5);
		expect(eventLabelX(100, 'short', 44, 200, 375)).toBe(105);
		expect(eventLabelX(198, 'short', 44, 200, 375)).toBe(200 - 5 * 6.5);
	});

	it('keeps events outside the x domain off the chart', () => {
		const m = layoutLineChart({
			series: [
				s('A', [
					[2000, 1],
					[2010, 2]
				])
			],
			events: [{ key: 'A', x: 1990, label: '', title: '', date: '1990', source: '' }],
			width: 600,
			height: 300
		});
		expect(m.events).toEqual([]);
	});

	it('snaps a pixel to the nearest year inside the domain', () => {
		const m = layoutLineChart({
			series: [
				s('A', [
					[2000, 1],
					[2010, 2]
				])
			],
			width: 600,
			height: 300
		});
		expect(m.xAt(m.x(2004.4))).toBe(2004);
		expect(m.xAt(-100)).toBe(2000);
		expect(m.xAt(10_000)).toBe(2010);
	});
});

describe('spreadLabels', () => {
	it('moves end labels apart until none overlap, inside the plot', () => {
		const mk = (key: string, y: number) =>
			({ key, end: { x: 0, y, labelY: y, value: 0, year: 0 } }) as unknown as PlacedSeries;
		const series = [mk('a', 100), mk('b', 101), mk('c', 102), mk('d', 300)];
		spreadLabels(series, 20, 380);
		const ys = series.map((x) => x.end!.labelY).sort((a, b) => a - b);
		for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(13.4);
		expect(series[3]!.end!.labelY).toBe(300);
	});
});

/** Drug use disorder deaths per 100,000 (GBD 2019), 2019, the 27 EU members: most end between 0.3 and 2.3. */
const EU_2019: [string, number][] = [
	['AUT', 1.53],
	['BEL', 1.66],
	['BGR', 0.94],
	['CYP', 1.1],
	['CZE', 1.05],
	['DEU', 1.86],
	['DNK', 3.16],
	['ESP', 1.25],
	['EST', 9.95],
	['FIN', 4.93],
	['FRA', 1.75],
	['GRC', 1.89],
	['HRV', 1.43],
	['HUN', 0.58],
	['IRL', 3.87],
	['ITA', 0.84],
	['LTU', 5.9],
	['LUX', 2.04],
	['LVA', 2.31],
	['MLT', 1.85],
	['NLD', 0.93],
	['POL', 0.47],
	['PRT', 0.38],
	['ROU', 0.57],
	['SVK', 0.29],
	['SVN', 1.35],
	['SWE', 4.53]
];

describe('placeEndLabels', () => {
	const check = (
		items: { key: string; y: number }[],
		placed: Map<string, number | null>,
		top: number,
		bottom: number,
		maxShift: number
	) => {
		const kept = items.filter((it) => placed.get(it.key) !== null).map((it) => ({ ...it, at: placed.get(it.key)! }));
		const ys = kept.map((k) => k.at).sort((a, b) => a - b);
		for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(LABEL_GAP - 0.05);
		for (const k of kept) {
			expect(k.at).toBeGreaterThanOrEqual(top);
			expect(k.at).toBeLessThanOrEqual(bottom);
			expect(Math.abs(k.at - k.y)).toBeLessThanOrEqual(maxShift + 0.5);
		}
		// Labels keep the order of their line ends.
		const byLine = [...kept].sort((a, b) => a.y - b.y).map((k) => k.key);
		expect([...kept].sort((a, b) => a.at - b.at).map((k) => k.key)).toEqual(byLine);
		return kept;
	};

	it('keeps every label, at its line end, when none are close', () => {
		const items = [
			{ key: 'a', y: 50 },
			{ key: 'b', y: 120 },
			{ key: 'c', y: 300 }
		];
		expect([...placeEndLabels(items, { top: 20, bottom: 380 })]).toEqual([
			['a', 50],
			['b', 120],
			['c', 300]
		]);
	});

	it('spreads a few close labels around their mean, a line apart, and keeps them all', () => {
		const placed = placeEndLabels(
			[
				{ key: 'a', y: 100 },
				{ key: 'b', y: 101 },
				{ key: 'c', y: 102 }
			],
			{ top: 20, bottom: 380 }
		);
		expect([...placed.values()]).toEqual([87, 101, 115]);
	});

	it('keeps labels inside the plot: ends at the bottom are pushed up, not below it', () => {
		const placed = placeEndLabels(
			[
				{ key: 'a', y: 280 },
				{ key: 'b', y: 285 },
				{ key: 'c', y: 10 }
			],
			{ top: 20, bottom: 280 }
		);
		expect([...placed.values()]).toEqual([266, 280, 20]);
	});

	it('27 EU countries on a 300 px chart: no two labels closer than a line, all inside, near their line; the rest left out', () => {
		const { plot } = layoutLineChart({
			series: [{ key: 'x', label: 'x', points: [{ year: 2019, value: 10, flag: '', source_id: 's', note: '' }] }],
			width: 1200,
			height: 300
		});
		const yOf = (v: number) => plot.y0 - (v / 10) * (plot.y0 - plot.y1);
		const items = EU_2019.map(([key, v]) => ({ key, y: yOf(v) }));
		const placed = placeEndLabels(items, { top: plot.y1, bottom: plot.y0 });
		const kept = check(items, placed, plot.y1, plot.y0, 1.5 * LABEL_GAP);
		// The lone high ends keep their labels at their lines; the crowd near 0.3–2.3 cannot all be labelled.
		for (const key of ['EST', 'LTU'])
			expect(placed.get(key), key).toBe(Math.round(yOf(EU_2019.find((e) => e[0] === key)![1]) * 10) / 10);
		for (const key of ['FIN', 'SWE', 'IRL', 'DNK']) expect(placed.get(key), key).not.toBeNull();
		expect(kept.length).toBeGreaterThanOrEqual(10);
		expect(kept.length).toBeLessThan(27);
		// As many labels as rows fit in the crowd between 0.29 and 2.31 (plus the reach of a line and a half above), no more.
		const crowd = kept.filter((k) => k.y >= yOf(2.31) - 0.01).length;
		expect(crowd).toBeLessThanOrEqual(Math.floor((plot.y0 - yOf(2.31) + 1.5 * LABEL_GAP) / LABEL_GAP) + 1);
	});

	it('27 EU countries on a phone-sized chart (plot 248 px tall) and with every end equal: still no overlap', () => {
		for (const [top, bottom] of [
			[24, 272],
			[24, 120]
		] as const) {
			const items = EU_2019.map(([key, v]) => ({ key, y: bottom - (v / 10) * (bottom - top) }));
			check(items, placeEndLabels(items, { top, bottom }), top, bottom, 1.5 * LABEL_GAP);
		}
		const same = EU_2019.map(([key]) => ({ key, y: 200 }));
		const placed = placeEndLabels(same, { top: 24, bottom: 272 });
		const kept = check(same, placed, 24, 272, 1.5 * LABEL_GAP);
		// Four rows within a line and a half of y = 200 (179, 193, 207, 221).
		expect(kept.map((k) => k.at)).toEqual([179, 193, 207, 221]);
	});

	it('leaves out a label rather than move it far from its line', () => {
		const items = [
			{ key: 'a', y: 100 },
			{ key: 'b', y: 100 },
			{ key: 'c', y: 100 }
		];
		const placed = placeEndLabels(items, { top: 20, bottom: 380, maxShift: 10 });
		expect([...placed.values()].filter((v) => v !== null)).toHaveLength(2);
		check(items, placed, 20, 380, 10);
	});

	it('through the layout: end labels of the 27 EU lines never overlap and end inside the chart', () => {
		const series = EU_2019.map(([key, v]) => ({
			key,
			label: key,
			points: [2018, 2019].map((year) => ({ year, value: v, flag: '' as const, source_id: 's', note: '' }))
		}));
		for (const width of [343, 1200]) {
			const m = layoutLineChart({ series, width, height: width < 500 ? 300 : 360 });
			const labelled = m.series.filter((s) => s.end?.labelled);
			const ys = labelled.map((s) => s.end!.labelY).sort((a, b) => a - b);
			for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(LABEL_GAP - 0.05);
			for (const s of labelled) expect(s.end!.x + END_LABEL_DX + endLabelWidth(s.label)).toBeLessThanOrEqual(width);
			expect(m.series.filter((s) => s.end && !s.end.labelled).length).toBeGreaterThan(0);
		}
	});

	it('leaves out a label too wide for the space right of its line', () => {
		const long = 'Bosnia and Herzegovina';
		const m = layoutLineChart({
			series: [
				{
					key: 'BIH',
					label: long,
					points: [2000, 2001].map((year) => ({ year, value: 1, flag: '' as const, source_id: 's', note: '' }))
				}
			],
			width: 300,
			height: 200
		});
		expect(m.series[0]!.end!.labelled).toBe(false);
		const wide = layoutLineChart({
			series: [
				{
					key: 'BIH',
					label: long,
					points: [2000, 2001].map((year) => ({ year, value: 1, flag: '' as const, source_id: 's', note: '' }))
				}
			],
			width: 900,
			height: 200
		});
		expect(wide.series[0]!.end!.labelled).toBe(true);
	});
});

describe('series colours', () => {
	it('take the series’ own colour index when given, else their position', () => {
		const a = { ...s('A', [[2000, 1]]), colour: 4 };
		const m = layoutLineChart({
			series: [a, s('B', [[2000, 2]])],
			width: 600,
			height: 300,
			trends: [{ key: 'A', label: 't', points: [{ year: 2000, value: 1 }] }]
		});
		expect(m.series.map((x) => x.index)).toEqual([4, 1]);
		expect(m.trends[0]!.index).toBe(4);
	});
});
