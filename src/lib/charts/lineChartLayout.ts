/**
 * Line chart layout: Series (values) -> PlacedSeries (pixels). Pure; the LineChart component only draws this.
 * Gaps stay gaps (each run of consecutive years is its own path), log scales drop non-positive values (and say so),
 * end labels are spread so they never overlap.
 */
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';
import { line } from 'd3-shape';
import { formatTick } from './format.ts';
import { runs, type Series, type SeriesPoint } from './series.ts';

export type YScaleType = 'linear' | 'log';

export interface ChartEvent {
	/** Series key the event belongs to (its line carries the marker). */
	key: string;
	/** x position in data units (a year, or years since reform in aligned mode). */
	x: number;
	/** Short label drawn on the chart. */
	label: string;
	/** Full text for tooltip and table. */
	title: string;
	date: string;
	source: string;
}

export interface LineChartInput {
	series: Series[];
	events?: ChartEvent[];
	width: number;
	height: number;
	yScale?: YScaleType;
	/** Force the x domain (e.g. years of the indicator); defaults to the data extent. */
	xDomain?: [number, number];
	/** Start the y axis at 0 on linear scales (default true: rates and counts). */
	zeroBased?: boolean;
	/** Space on the right for end labels, px. */
	labelWidth?: number;
}

export interface PlacedPoint extends SeriesPoint {
	px: number;
	py: number;
}

export interface PlacedSeries {
	key: string;
	label: string;
	index: number;
	/** SVG path data per run of consecutive years. */
	paths: string[];
	/** Points that stand alone (a run of one year): drawn as dots so they are not lost. */
	isolated: PlacedPoint[];
	points: PlacedPoint[];
	/** End label position (y spread to avoid overlaps), or null when the series has no points. */
	end: { x: number; y: number; labelY: number; value: number; year: number } | null;
	/** Points left out because the log scale cannot show them (value ≤ 0). */
	dropped: SeriesPoint[];
}

export interface PlacedEvent extends ChartEvent {
	px: number;
	/** y of the owning series at that x, or null if the series has no value there (then drawn on the axis). */
	py: number | null;
	index: number;
}

export interface Tick {
	value: number;
	pos: number;
	label: string;
}

export interface LineChartModel {
	width: number;
	height: number;
	margin: { top: number; right: number; bottom: number; left: number };
	plot: { x0: number; x1: number; y0: number; y1: number };
	xTicks: Tick[];
	yTicks: Tick[];
	series: PlacedSeries[];
	events: PlacedEvent[];
	xDomain: [number, number];
	yDomain: [number, number];
	yScale: YScaleType;
	/** Pixel x -> nearest whole x value inside the domain (for crosshair). */
	xAt(px: number): number;
	x(v: number): number;
	y(v: number): number;
}

const LABEL_GAP = 14;

export function layoutLineChart(input: LineChartInput): LineChartModel {
	const { width, height, yScale = 'linear', zeroBased = true } = input;
	const labelWidth = input.labelWidth ?? Math.min(130, Math.max(70, width * 0.18));
	const margin = { top: 24, right: labelWidth, bottom: 28, left: 44 };
	const plot = { x0: margin.left, x1: Math.max(margin.left + 10, width - margin.right), y0: height - margin.bottom, y1: margin.top };

	const usable = (p: SeriesPoint) => yScale !== 'log' || p.value > 0;
	const all = input.series.flatMap((s) => s.points.filter(usable));
	const xs = all.map((p) => p.year);
	const xDomain: [number, number] = input.xDomain ?? (xs.length ? [Math.min(...xs), Math.max(...xs)] : [2000, 2020]);
	if (xDomain[0] === xDomain[1]) xDomain[1] = xDomain[0] + 1;
	const inX = all.filter((p) => p.year >= xDomain[0] && p.year <= xDomain[1]);
	const vs = inX.map((p) => p.value);
	let yDomain: [number, number];
	let y: ScaleContinuousNumeric<number, number>;
	if (yScale === 'log') {
		const lo = vs.length ? Math.min(...vs) : 1;
		const hi = vs.length ? Math.max(...vs) : 10;
		y = scaleLog()
			.domain([lo, hi === lo ? lo * 10 : hi])
			.range([plot.y0, plot.y1])
			.nice();
	} else {
		const lo = zeroBased ? 0 : vs.length ? Math.min(...vs) : 0;
		const hi = vs.length ? Math.max(...vs) : 1;
		y = scaleLinear()
			.domain([lo, hi === lo ? lo + 1 : hi])
			.range([plot.y0, plot.y1])
			.nice();
	}
	yDomain = y.domain() as [number, number];
	const x = scaleLinear().domain(xDomain).range([plot.x0, plot.x1]);

	const xTickCount = Math.max(2, Math.floor((plot.x1 - plot.x0) / 70));
	const xTicks: Tick[] = x
		.ticks(xTickCount)
		.filter((v) => Number.isInteger(v))
		.map((v) => ({ value: v, pos: x(v), label: String(v) }));
	const yTickCount = Math.max(2, Math.floor((plot.y0 - plot.y1) / 50));
	let yTickValues = y.ticks(yTickCount);
	if (yScale === 'log' && yTickValues.length > 8) yTickValues = yTickValues.filter((v) => /^[125]/.test(String(v)));
	const yTicks: Tick[] = yTickValues.map((v) => ({ value: v, pos: y(v), label: formatTick(v) }));

	const path = line<PlacedPoint>()
		.x((p) => p.px)
		.y((p) => p.py);
	const placed: PlacedSeries[] = input.series.map((s, index) => {
		const dropped = s.points.filter((p) => !usable(p));
		const pts = s.points
			.filter((p) => usable(p) && p.year >= xDomain[0] && p.year <= xDomain[1])
			.map((p) => ({ ...p, px: round(x(p.year)), py: round(y(p.value)) }));
		const rs = runs(pts) as PlacedPoint[][];
		const last = pts[pts.length - 1];
		return {
			key: s.key,
			label: s.label,
			index,
			paths: rs.filter((r) => r.length > 1).map((r) => path(r) ?? ''),
			isolated: rs.filter((r) => r.length === 1).map((r) => r[0]!),
			points: pts,
			end: last ? { x: last.px, y: last.py, labelY: last.py, value: last.value, year: last.year } : null,
			dropped
		};
	});
	spreadLabels(placed, plot.y1, plot.y0);

	const events: PlacedEvent[] = (input.events ?? [])
		.filter((e) => e.x >= xDomain[0] && e.x <= xDomain[1])
		.map((e) => {
			const s = placed.find((p) => p.key === e.key);
			const pt = s?.points.find((p) => p.year === e.x);
			return { ...e, px: round(x(e.x)), py: pt ? pt.py : null, index: s?.index ?? 0 };
		});

	return {
		width,
		height,
		margin,
		plot,
		xTicks,
		yTicks,
		series: placed,
		events,
		xDomain,
		yDomain,
		yScale,
		xAt: (px) => Math.min(xDomain[1], Math.max(xDomain[0], Math.round(x.invert(px)))),
		x: (v) => x(v),
		y: (v) => y(v)
	};
}

/** Spread end labels vertically so that no two are closer than LABEL_GAP px, staying inside the plot. */
export function spreadLabels(series: PlacedSeries[], top: number, bottom: number): void {
	const ends = series.filter((s) => s.end).sort((a, b) => a.end!.y - b.end!.y);
	for (let iter = 0; iter < 50; iter++) {
		let moved = false;
		for (let i = 1; i < ends.length; i++) {
			const a = ends[i - 1]!.end!;
			const b = ends[i]!.end!;
			const overlap = LABEL_GAP - (b.labelY - a.labelY);
			if (overlap > 0.5) {
				a.labelY -= overlap / 2;
				b.labelY += overlap / 2;
				moved = true;
			}
		}
		for (const s of ends) s.end!.labelY = Math.min(bottom, Math.max(top, s.end!.labelY));
		if (!moved) break;
	}
	for (const s of ends) s.end!.labelY = round(s.end!.labelY);
}

function round(v: number): number {
	return Math.round(v * 10) / 10;
}
