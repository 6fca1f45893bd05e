/**
 * Line chart layout: Series (values) -> PlacedSeries (pixels). Pure; the LineChart component only draws this.
 * Gaps stay gaps (each run of consecutive years is its own path), a break in series (a value flagged `break`) ends the
 * path before it and gets a break mark, log scales drop non-positive values (and say so), end labels are placed so they
 * never overlap (`placeEndLabels`: at least a line apart, inside the plot, near their line, or left out).
 */
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';
import { line } from 'd3-shape';
import { formatTick } from './format.ts';
import { classSegments } from './classSegments.ts';
import { runs, type Series, type SeriesPoint } from './series.ts';
import type { Lang } from '../strings/lang.ts';

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
	/**
	 * Most rows of event labels above the plot (default: as many as needed). Labels that would need a further row are
	 * not drawn (`labelled` false); their markers stay, with their details on hover and focus.
	 */
	maxEventRows?: number;
	/** Language of the y-axis tick labels ("1,2k", "0,5" in Norwegian); default English. */
	lang?: Lang;
	/**
	 * Colour each line by a per-x palette slot instead of one colour (e.g. /compare's policy class of each year): each
	 * run is cut where the slot changes (classSegments.ts: half-way between the two years) into `segments`.
	 */
	segmentSlot?: ((key: string, x: number) => number) | null;
}

export interface PlacedPoint extends SeriesPoint {
	px: number;
	py: number;
}

export interface PlacedSeries {
	key: string;
	label: string;
	/** Palette index (colour): the series' `colour` when given, else its position. */
	index: number;
	/** SVG path data per run of consecutive years. */
	paths: string[];
	/**
	 * With `segmentSlot`: every run cut into pieces of one slot each (path data, or a single point to draw as a dot when
	 * the run has one year); empty otherwise.
	 */
	segments: PlacedSegment[];
	/** Points that stand alone (a run of one year): drawn as dots so they are not lost. */
	isolated: PlacedPoint[];
	/** Breaks in series: between the value flagged `break` and the previous value drawn (no line joins them). */
	breaks: PlacedBreak[];
	points: PlacedPoint[];
	/**
	 * End of the line and its label, or null when the series has no points. `labelled` is false when the label was left
	 * out because it could not fit (too many lines ending close together, or too wide for the chart): the chart then
	 * names the line elsewhere (legend, chips). `labelY` is where the label would be (its line end when left out).
	 */
	end: { x: number; y: number; labelY: number; labelled: boolean; value: number; year: number } | null;
	/** Points left out because the log scale cannot show them (value ≤ 0). */
	dropped: SeriesPoint[];
}

/** A piece of a line in one palette slot (see LineChartInput.segmentSlot). */
export interface PlacedSegment {
	slot: number;
	from: number;
	to: number;
	/** Path data; empty when the piece is a single point (`dot`). */
	d: string;
	dot: { px: number; py: number } | null;
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
	/** False when the label would need more rows than `maxEventRows` allows: it is not drawn. */
	labelled: boolean;
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

const polyline = line<[number, number]>()
	.x((p) => round(p[0]))
	.y((p) => round(p[1]));

/** One run of consecutive years as pieces of one slot each (classSegments.ts). */
function placeSegments(run: PlacedPoint[], slotAt: (x: number) => number): PlacedSegment[] {
	return classSegments(run, slotAt).map((g) => ({
		slot: g.cls,
		from: g.from,
		to: g.to,
		d: g.points.length > 1 ? (polyline(g.points) ?? '') : '',
		dot: g.points.length === 1 ? { px: g.points[0]![0], py: g.points[0]![1] } : null
	}));
}

/** Vertical distance between two end labels' baselines: one line of 12 px text and a little air. */
export const LABEL_GAP = 14;
/** End labels start this far right of their line end. */
export const END_LABEL_DX = 6;
/** Estimated width of an end label: ~7.4 px a character at 12 px semi-bold (generous: wide system fonts). */
export function endLabelWidth(label: string): number {
	return label.length * 7.4;
}

export function layoutLineChart(input: LineChartInput): LineChartModel {
	const { width, height, yScale = 'linear', zeroBased = true } = input;
	// Room for the longest end label (~7 px a character at 12 px semi-bold), but never more than a third of the width.
	const longest = Math.max(0, ...input.series.filter((x) => x.points.length).map((x) => endLabelWidth(x.label)));
	const labelWidth = input.labelWidth ?? Math.min(width * 0.34, Math.max(40, longest + END_LABEL_DX + 6));
	const margin = { top: 24, right: labelWidth, bottom: 28, left: 44 };
	const plot = {
		x0: margin.left,
		x1: Math.max(margin.left + 10, width - margin.right),
		y0: height - margin.bottom,
		y1: margin.top
	};

	const usable = (p: SeriesPoint) => yScale !== 'log' || p.value > 0;
	const all = input.series.flatMap((s) => s.points.filter(usable));
	const xs = all.map((p) => p.year);
	const xDomain: [number, number] = input.xDomain ?? (xs.length ? [Math.min(...xs), Math.max(...xs)] : [2000, 2020]);
	if (xDomain[0] === xDomain[1]) xDomain[1] = xDomain[0] + 1;
	// Event labels sit above the plot; when they would overlap they take further rows, and the plot moves down.
	const labelRows = eventLabelRows(input.events ?? [], xDomain, plot.x0, plot.x1, width);
	const maxRows = Math.max(1, input.maxEventRows ?? Infinity);
	const rowCount = Math.min(maxRows, Math.max(0, ...labelRows.values()) + 1);
	margin.top += (rowCount - 1) * EVENT_ROW;
	plot.y1 = margin.top;
	const inX = all.filter((p) => p.year >= xDomain[0] && p.year <= xDomain[1]);
	const vs = inX.map((p) => p.value);
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
	const yDomain = y.domain() as [number, number];
	const x = scaleLinear().domain(xDomain).range([plot.x0, plot.x1]);

	const xTickCount = Math.max(2, Math.floor((plot.x1 - plot.x0) / 70));
	const xTicks: Tick[] = x
		.ticks(xTickCount)
		.filter((v) => Number.isInteger(v))
		.map((v) => ({ value: v, pos: x(v), label: String(v) }));
	const yTickCount = Math.max(2, Math.floor((plot.y0 - plot.y1) / 50));
	let yTickValues = y.ticks(yTickCount);
	if (yScale === 'log' && yTickValues.length > 8) yTickValues = yTickValues.filter((v) => /^[125]/.test(String(v)));
	const yTicks: Tick[] = yTickValues.map((v) => ({ value: v, pos: y(v), label: formatTick(v, input.lang ?? 'en') }));

	const segmentSlot = input.segmentSlot ?? null;
	const path = line<PlacedPoint>()
		.x((p) => p.px)
		.y((p) => p.py);
	const placed: PlacedSeries[] = input.series.map((s, position) => {
		const dropped = s.points.filter((p) => !usable(p));
		const pts = s.points
			.filter((p) => usable(p) && p.year >= xDomain[0] && p.year <= xDomain[1])
			.map((p) => ({ ...p, px: round(x(p.year)), py: round(y(p.value)) }));
		const rs = runs(pts);
		const last = pts[pts.length - 1];
		const breaks: PlacedBreak[] = pts.flatMap((p, i) => {
			const prev = pts[i - 1];
			return p.flag === 'break' && prev
				? [{ year: p.year, before: prev.year, px: round((prev.px + p.px) / 2), py: round((prev.py + p.py) / 2) }]
				: [];
		});
		return {
			key: s.key,
			label: s.label,
			index: s.colour ?? position,
			paths: rs.filter((r) => r.length > 1).map((r) => path(r) ?? ''),
			segments: segmentSlot ? rs.flatMap((r) => placeSegments(r, (x) => segmentSlot(s.key, x))) : [],
			isolated: rs.filter((r) => r.length === 1).map((r) => r[0]!),
			breaks,
			points: pts,
			end: last
				? { x: last.px, y: last.py, labelY: last.py, labelled: true, value: last.value, year: last.year }
				: null,
			dropped
		};
	});
	// A label must fit between its line end and the chart's right edge; then labels are kept a line apart.
	for (const s of placed) if (s.end && s.end.x + END_LABEL_DX + endLabelWidth(s.label) > width) s.end.labelled = false;
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
				labelled: (labelRows.get(e) ?? 0) < maxRows,
				labelX: round(eventLabelX(px, e.label, plot.x0, plot.x1, width))
			};
		});

	const [ylo, yhi] = yDomain[0] < yDomain[1] ? yDomain : [yDomain[1], yDomain[0]];
	const trends: PlacedTrend[] = (input.trends ?? []).map((t) => {
		const s = placed.find((p) => p.key === t.key);
		const pts = t.points
			.filter(
				(p) =>
					p.year >= xDomain[0] &&
					p.year <= xDomain[1] &&
					p.value >= ylo &&
					p.value <= yhi &&
					(yScale !== 'log' || p.value > 0)
			)
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
export function eventLabelRows(
	events: ChartEvent[],
	xDomain: [number, number],
	x0: number,
	x1: number,
	width = x1
): Map<ChartEvent, number> {
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

/** One end label to place: its line end's y, px. */
export interface EndLabelItem {
	key: string;
	y: number;
}

export interface EndLabelOptions {
	/** Highest and lowest allowed label y (the plot's top and bottom), px. */
	top: number;
	bottom: number;
	/** Least distance between two labels, px (default LABEL_GAP). */
	gap?: number;
	/** Farthest a label may move from its line end before it is left out instead, px (default 1.5 gaps:
	 * four labels ending at the same y still fit). */
	maxShift?: number;
}

/**
 * Place end labels (a dodge): every label at least `gap` from the next, inside [top, bottom], as near its line end as
 * it can be, and never more than `maxShift` away — a label that cannot meet all of that is left out (null), so many
 * lines ending close together (the 27 EU countries) never pile up unreadably. Labels keep the order of their line ends.
 * Which are kept: labels are taken from the most isolated line end to the most crowded (ties: input order), and each is
 * kept only if every kept label can then still be placed so. When all fit, all are kept. Pure.
 */
export function placeEndLabels(items: readonly EndLabelItem[], opts: EndLabelOptions): Map<string, number | null> {
	const gap = opts.gap ?? LABEL_GAP;
	const maxShift = opts.maxShift ?? 1.5 * gap;
	const { top, bottom } = opts;
	const all = items.map((it, i) => ({ key: it.key, y: Math.min(bottom, Math.max(top, it.y)), i }));
	const byY = (a: { y: number; i: number }, b: { y: number; i: number }) => a.y - b.y || a.i - b.i;
	const sorted = [...all].sort(byY);
	const isolation = new Map(
		sorted.map((it, k) => [
			it.i,
			Math.min(k > 0 ? it.y - sorted[k - 1]!.y : Infinity, k < sorted.length - 1 ? sorted[k + 1]!.y - it.y : Infinity)
		])
	);
	const rows = Math.max(1, Math.floor((bottom - top) / gap) + 1);
	let kept: typeof all = [];
	let pos: number[] = [];
	for (const it of [...all].sort((a, b) => isolation.get(b.i)! - isolation.get(a.i)! || a.i - b.i)) {
		if (kept.length >= rows) break;
		const trial = [...kept, it].sort(byY);
		const at = packLabels(trial, top, bottom, gap);
		if (trial.every((t, k) => Math.abs(at[k]! - t.y) <= maxShift + 1e-6)) {
			kept = trial;
			pos = at;
		}
	}
	const out = new Map<string, number | null>(items.map((it) => [it.key, null]));
	kept.forEach((it, k) => out.set(it.key, round(pos[k]!)));
	return out;
}

/**
 * Positions for labels sorted by desired y, `gap` apart at least, inside [top, bottom] (there must be room for all):
 * overlapping labels form blocks, each block centred on its labels' desired positions (least squares), clamped to the
 * bounds, merged with the block above while they overlap.
 */
function packLabels(sorted: readonly EndLabelItem[], top: number, bottom: number, gap: number): number[] {
	interface Block {
		first: number;
		n: number;
		sum: number;
		start: number;
	}
	const blocks: Block[] = [];
	const place = (b: Block) => {
		// Label k of the block sits at start + k·gap; the best start is the mean of (desired − k·gap).
		const ideal = b.sum / b.n;
		b.start = Math.min(bottom - (b.n - 1) * gap, Math.max(top, ideal));
	};
	sorted.forEach((it, i) => {
		const b: Block = { first: i, n: 1, sum: it.y, start: it.y };
		place(b);
		blocks.push(b);
		for (;;) {
			const cur = blocks[blocks.length - 1]!;
			const prev = blocks[blocks.length - 2];
			if (!prev || prev.start + prev.n * gap <= cur.start + 1e-9) break;
			// Merge: cur's labels continue prev's rows, so their offsets grow by prev.n gaps.
			prev.sum += cur.sum - cur.n * prev.n * gap;
			prev.n += cur.n;
			place(prev);
			blocks.pop();
		}
	});
	const out: number[] = [];
	for (const b of blocks) for (let k = 0; k < b.n; k++) out.push(b.start + k * gap);
	return out;
}

/**
 * Place the end labels of laid-out series (see `placeEndLabels`), inside [top, bottom]. Series whose label is already
 * left out (`labelled` false: too wide) take no row; the others get `labelY`, or `labelled` false when left out.
 */
export function spreadLabels(
	series: PlacedSeries[],
	top: number,
	bottom: number,
	opts: { gap?: number; maxShift?: number } = {}
): void {
	const ends = series.filter((s) => s.end && s.end.labelled !== false);
	const at = placeEndLabels(
		ends.map((s) => ({ key: s.key, y: s.end!.y })),
		{ top, bottom, ...opts }
	);
	for (const s of ends) {
		const y = at.get(s.key);
		if (y === null || y === undefined) s.end!.labelled = false;
		else {
			s.end!.labelY = y;
			s.end!.labelled = true;
		}
	}
}

function round(v: number): number {
	return Math.round(v * 10) / 10;
}
