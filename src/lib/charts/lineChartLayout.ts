/**
 * Line chart layout: Series (values) -> PlacedSeries (pixels). Pure; the LineChart component only draws this.
 * Gaps stay gaps (each run of consecutive years is its own path), a break in series (a value flagged `break`) ends the
 * path before it and gets a break mark, log scales drop non-positive values (and say so), end labels are spread so they
 * never overlap.
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
	/** Major events (default) get a guide line and a label; minor ones only a small marker (details on hover/focus). */
	major?: boolean;
}

/** A dashed reference line for one series, e.g. the pre-reform trend continued. */
export interface TrendInput {
	/** Series key (colour follows the series). */
	key: string;
	label: string;
	points: { year: number; value: number }[];
}

export interface PlacedTrend {
	key: string;
	label: string;
	index: number;
	/** SVG path data; empty when no point lies inside the plot. */
	d: string;
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
	/** Dashed reference lines (not part of the y domain; points outside it are left out). */
	trends?: TrendInput[];
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
	/** Breaks in series: between the value flagged `break` and the previous value drawn (no line joins them). */
	breaks: PlacedBreak[];
	points: PlacedPoint[];
	/** End label position (y spread to avoid overlaps), or null when the series has no points. */
	end: { x: number; y: number; labelY: number; value: number; year: number } | null;
	/** Points left out because the log scale cannot show them (value ≤ 0). */
	dropped: SeriesPoint[];
}

/** A break mark: drawn half-way between the last value before a break in series and the first after it. */
export interface PlacedBreak {
	/** Year of the first value after the break (the flagged one). */
	year: number;
	/** Year of the value before it. */
	before: number;
	px: number;
	py: number;
}

export interface PlacedEvent extends ChartEvent {
	px: number;
	/**
	 * y of the owning series' value in exactly that year, or null when the series has no value drawn there (no data
	 * that year, or a value a log scale cannot show): the marker then stands at the axis in a "no data that year" style,
	 * never on the zero line or the floor of a log axis as if it were a value.
	 */
	py: number | null;
	/** Where the marker is drawn: py, or just below the x axis (`NO_DATA_MARKER_DY` under it) when py is null. */
	markerY: number;
	index: number;
	/** Row of the label above the plot (0 = top row); labels that would overlap go to further rows. */
	labelRow: number;
	/** x where the label starts: beside its guide line, moved left where needed so it ends inside the plot. */
	labelX: number;
}

/** A marker without a value that year sits this far below the x axis (its tip touches the axis). */
export const NO_DATA_MARKER_DY = 2;

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
	trends: PlacedTrend[];
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
	// Room for the longest end label (~7 px a character at 12 px semi-bold), but never more than a third of the width.
	const longest = Math.max(0, ...input.series.filter((x) => x.points.length).map((x) => x.label.length));
	const labelWidth = input.labelWidth ?? Math.min(width * 0.34, Math.max(40, longest * 7 + 12));
	const margin = { top: 24, right: labelWidth, bottom: 28, left: 44 };
	const plot = { x0: margin.left, x1: Math.max(margin.left + 10, width - margin.right), y0: height - margin.bottom, y1: margin.top };

	const usable = (p: SeriesPoint) => yScale !== 'log' || p.value > 0;
	const all = input.series.flatMap((s) => s.points.filter(usable));
	const xs = all.map((p) => p.year);
	const xDomain: [number, number] = input.xDomain ?? (xs.length ? [Math.min(...xs), Math.max(...xs)] : [2000, 2020]);
	if (xDomain[0] === xDomain[1]) xDomain[1] = xDomain[0] + 1;
	// Event labels sit above the plot; when they would overlap they take further rows, and the plot moves down.
	const labelRows = eventLabelRows(input.events ?? [], xDomain, plot.x0, plot.x1, width);
	const rowCount = Math.max(0, ...labelRows.values()) + 1;
	margin.top += (rowCount - 1) * EVENT_ROW;
	plot.y1 = margin.top;
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
		const rs = runs(pts);
		const last = pts[pts.length - 1];
		const breaks: PlacedBreak[] = pts.flatMap((p, i) => {
			const prev = pts[i - 1];
			return p.flag === 'break' && prev ? [{ year: p.year, before: prev.year, px: round((prev.px + p.px) / 2), py: round((prev.py + p.py) / 2) }] : [];
		});
		return {
			key: s.key,
			label: s.label,
			index,
			paths: rs.filter((r) => r.length > 1).map((r) => path(r) ?? ''),
			isolated: rs.filter((r) => r.length === 1).map((r) => r[0]!),
			breaks,
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
			const px = round(x(e.x));
			const py = pt ? pt.py : null;
			return {
				...e,
				px,
				py,
				markerY: py ?? round(plot.y0 + NO_DATA_MARKER_DY),
				index: s?.index ?? 0,
				labelRow: labelRows.get(e) ?? 0,
				labelX: round(eventLabelX(px, e.label, plot.x0, plot.x1, width))
			};
		});

	const [ylo, yhi] = yDomain[0] < yDomain[1] ? yDomain : [yDomain[1], yDomain[0]];
	const trends: PlacedTrend[] = (input.trends ?? []).map((t) => {
		const s = placed.find((p) => p.key === t.key);
		const pts = t.points
			.filter((p) => p.year >= xDomain[0] && p.year <= xDomain[1] && p.value >= ylo && p.value <= yhi && (yScale !== 'log' || p.value > 0))
			.map((p) => ({ px: round(x(p.year)), py: round(y(p.value)) }));
		const d = pts.length > 1 ? pts.map((p, i) => `${i ? 'L' : 'M'}${p.px},${p.py}`).join('') : '';
		return { key: t.key, label: t.label, index: s?.index ?? 0, d };
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
		trends,
		xDomain,
		yDomain,
		yScale,
		xAt: (px) => Math.min(xDomain[1], Math.max(xDomain[0], Math.round(x.invert(px)))),
		x: (v) => x(v),
		y: (v) => y(v)
	};
}

const EVENT_ROW = 13;

/** Estimated width of an event label: ~6.5 px a character at 11 px semi-bold (a little generous on purpose). */
export function eventLabelWidth(label: string): number {
	return label.length * 6.5;
}

/**
 * Start x of an event label: 5 px right of its guide line, moved left so that it ends inside the plot (x1), never left
 * of the plot (x0). A label wider than the plot starts at x0 and may use the right margin, but never passes the chart's
 * own width.
 */
export function eventLabelX(px: number, label: string, x0: number, x1: number, width: number): number {
	const w = eventLabelWidth(label);
	const right = w <= x1 - x0 ? x1 : width;
	return Math.max(Math.min(x0, Math.max(0, width - w)), Math.min(px + 5, right - w));
}

/** Greedy rows for major event labels: a label goes to the first row where it fits (placed as `eventLabelX` does). */
export function eventLabelRows(events: ChartEvent[], xDomain: [number, number], x0: number, x1: number, width = x1): Map<ChartEvent, number> {
	const span = xDomain[1] - xDomain[0] || 1;
	const rowsEnd: number[] = [];
	const out = new Map<ChartEvent, number>();
	const major = events.filter((e) => e.major !== false && e.label && e.x >= xDomain[0] && e.x <= xDomain[1]);
	for (const e of [...major].sort((a, b) => a.x - b.x)) {
		const left = eventLabelX(x0 + ((e.x - xDomain[0]) / span) * (x1 - x0), e.label, x0, x1, width);
		const right = left + eventLabelWidth(e.label);
		let row = rowsEnd.findIndex((end) => end + 6 < left);
		if (row === -1) {
			row = rowsEnd.length;
			rowsEnd.push(right);
		} else rowsEnd[row] = right;
		out.set(e, row);
	}
	return out;
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
