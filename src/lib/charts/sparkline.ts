/**
 * Geometry of a sparkline: one series drawn small, zero-based (a small change is not blown up to fill the height),
 * over a shared year range so the sparklines of one page line up in time. Missing years are gaps and a break in
 * series starts a new segment (series.ts `runs`): no line joins values that may not be comparable. A run of one
 * year is a dot. Pure.
 */
import { runs, type SeriesPoint } from '../data/series.ts';

export interface SparklineInput {
	points: readonly Pick<SeriesPoint, 'year' | 'value' | 'flag'>[];
	width: number;
	height: number;
	/** Year range shared by the page's sparklines; defaults to the series' own. */
	xDomain?: [number, number];
	/** Space kept free around the plot for the end dot, px. */
	pad?: number;
	/** A year to mark with a rule (the place's reform), drawn only inside the x range. */
	markYear?: number | null;
}

export interface SparklineModel {
	/** SVG path data, one per run of consecutive comparable years. */
	segments: string[];
	/** Runs of a single year. */
	dots: { x: number; y: number }[];
	/** The latest value, drawn as a dot (what the row's number refers to). */
	last: { x: number; y: number } | null;
	/** x of a break in series (between the last value before it and the first after). */
	breaks: number[];
	/** x of `markYear`, or null. */
	mark: number | null;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

export function sparklineLayout({
	points,
	width,
	height,
	xDomain,
	pad = 3,
	markYear = null
}: SparklineInput): SparklineModel {
	const empty: SparklineModel = { segments: [], dots: [], last: null, breaks: [], mark: null };
	if (!points.length) return empty;
	const [x0, x1] = xDomain ?? [points[0]!.year, points[points.length - 1]!.year];
	const hi = Math.max(...points.map((p) => p.value), 0);
	const x = (year: number) => r1(x1 === x0 ? width / 2 : pad + ((year - x0) / (x1 - x0)) * (width - 2 * pad));
	const y = (v: number) => r1(hi === 0 ? height - pad : height - pad - (v / hi) * (height - 2 * pad));
	const segments: string[] = [];
	const dots: { x: number; y: number }[] = [];
	for (const run of runs(points as SeriesPoint[])) {
		if (run.length === 1) dots.push({ x: x(run[0]!.year), y: y(run[0]!.value) });
		else segments.push(run.map((p, i) => `${i ? 'L' : 'M'}${x(p.year)},${y(p.value)}`).join(''));
	}
	const breaks: number[] = [];
	for (let i = 1; i < points.length; i++)
		if (points[i]!.flag === 'break') breaks.push(r1((x(points[i - 1]!.year) + x(points[i]!.year)) / 2));
	const lastP = points[points.length - 1]!;
	const mark = markYear !== null && markYear >= x0 && markYear <= x1 ? x(markYear) : null;
	return { segments, dots, last: { x: x(lastP.year), y: y(lastP.value) }, breaks, mark };
}
