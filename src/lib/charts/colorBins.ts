/**
 * Colour binning for choropleths, stated openly in the legend.
 *
 * - Sequential (levels): bins are built from every value of the indicator (all countries, all years) and stay fixed
 *   while the year slider moves, so a colour means the same number in every year. The method depends on the shape of
 *   the values and is returned for the legend:
 *   - `steps`: skewed values spanning a wide range (most drug-death rates: 0.05 to 20) get round 1–2–5 steps
 *     (0.2, 0.5, 1, 2, 5, 10), so both the low and the high end are told apart and the legend reads like a ruler;
 *   - `quantile`: skewed values in a narrower range: quantiles, rounded to two significant digits;
 *   - `nice`: evenly spread values: equal-width nice steps.
 * - Diverging (change): symmetric thresholds around zero (nice numbers from quantiles of |change|), so a rise and a
 *   fall of the same size get colours of the same strength.
 *
 * Palettes are ColorBrewer schemes, which are colour-blind safe and ordered by lightness (readable in grey too):
 * YlGnBu for levels, PuOr for change (orange = rise, purple = fall; no good/bad judgement in the colour).
 */
import { quantileSorted, ticks } from 'd3-array';

export type BinMethod = 'quantile' | 'nice' | 'steps' | 'diverging';

export interface ColorBins {
	method: BinMethod;
	/** Ascending thresholds: value < t[0] -> bin 0; t[i-1] <= value < t[i] -> bin i; value >= last -> last bin. */
	thresholds: number[];
	/** One colour per bin (thresholds.length + 1). */
	colors: string[];
	/** Smallest and largest value the bins were built from (for the legend's end labels). */
	extent: [number, number];
	/** Lowest possible value, when there is one (a % change cannot fall below −100 %): the first bin starts there. */
	floor?: number;
}

/** ColorBrewer YlGnBu, 3–7 classes (light to dark). */
const YLGNBU: Record<number, string[]> = {
	2: ['#a1dab4', '#225ea8'],
	3: ['#edf8b1', '#7fcdbb', '#2c7fb8'],
	4: ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'],
	5: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
	6: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'],
	7: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84']
};
/** ColorBrewer PuOr (purple = fall … orange = rise), odd class counts with a neutral middle. */
const PUOR: Record<number, string[]> = {
	3: ['#998ec3', '#f7f7f7', '#f1a340'],
	5: ['#5e3c99', '#b2abd2', '#f7f7f7', '#fdb863', '#e66101'],
	7: ['#542788', '#998ec3', '#d8daeb', '#f7f7f7', '#fee0b6', '#f1a340', '#b35806']
};

export function sequentialColors(n: number): string[] {
	const k = Math.max(2, Math.min(7, n));
	return YLGNBU[k]!;
}

export function divergingColors(n: number): string[] {
	const k = n >= 7 ? 7 : n >= 5 ? 5 : 3;
	return PUOR[k]!;
}

/** Round to `digits` significant digits (0.04873 -> 0.049, 1234 -> 1200). */
export function roundSignificant(v: number, digits = 2): number {
	if (v === 0 || !Number.isFinite(v)) return v;
	const p = Math.pow(10, digits - Math.ceil(Math.log10(Math.abs(v))));
	return Math.round(v * p) / p;
}

function finiteSorted(values: Iterable<number>): number[] {
	const out: number[] = [];
	for (const v of values) if (Number.isFinite(v)) out.push(v);
	return out.sort((a, b) => a - b);
}

/** Quantile thresholds for `classes` bins, rounded and de-duplicated (fewer bins when many values tie). */
export function quantileThresholds(sorted: number[], classes: number): number[] {
	const t: number[] = [];
	for (let i = 1; i < classes; i++) {
		const q = roundSignificant(quantileSorted(sorted, i / classes)!, 2);
		if (q > sorted[0]! && q <= sorted[sorted.length - 1]! && (t.length === 0 || q > t[t.length - 1]!)) t.push(q);
	}
	return t;
}

/**
 * Nice equal-width thresholds (d3 ticks) strictly inside the extent, at most `classes` of them: d3's tick count is
 * only a hint (9.1–27.9 with 6 gives 9 ticks), and every bin needs a colour of its own.
 */
export function niceThresholds(sorted: number[], classes: number): number[] {
	const lo = sorted[0]!;
	const hi = sorted[sorted.length - 1]!;
	for (let count = classes; count >= 1; count--) {
		const t = ticks(lo, hi, count).filter((x) => x > lo && x < hi);
		if (t.length <= classes) return t;
	}
	return [];
}

/**
 * Skew test: quantile bins when the values bunch at one end (median nearer the minimum than a quarter of the range),
 * nice equal-width bins when they are spread evenly.
 */
export function chooseMethod(sorted: number[]): 'quantile' | 'nice' {
	const lo = sorted[0]!;
	const hi = sorted[sorted.length - 1]!;
	if (hi === lo) return 'nice';
	const median = quantileSorted(sorted, 0.5)!;
	return (median - lo) / (hi - lo) < 0.25 ? 'quantile' : 'nice';
}

/** Round-number steps (1–2–5, else 1–3–10, else powers of ten) strictly between `lo` and `hi`, at most `max` of them. */
export function stepThresholds(lo: number, hi: number, max = 6): number[] {
	if (!(lo > 0) || !(hi > lo)) return [];
	for (const mantissas of [[1, 2, 5], [1, 3], [1]]) {
		const t: number[] = [];
		for (let k = Math.floor(Math.log10(lo)) - 1; k <= Math.ceil(Math.log10(hi)); k++)
			for (const m of mantissas) {
				const v = roundSignificant(m * Math.pow(10, k), 2);
				if (v > lo && v < hi) t.push(v);
			}
		if (t.length <= max) return t;
	}
	return [];
}

/** Sequential bins for levels of an indicator. `values`: every value the colours must cover (all years). */
export function sequentialBins(values: Iterable<number>, classes = 6, method?: 'quantile' | 'nice'): ColorBins {
	const sorted = finiteSorted(values);
	if (sorted.length === 0) return { method: 'nice', thresholds: [], colors: [sequentialColors(2)[1]!], extent: [0, 0] };
	let m: BinMethod = method ?? chooseMethod(sorted);
	let thresholds: number[] = [];
	if (!method && m === 'quantile') {
		// Wide, skewed range: round steps between the 5th percentile and the maximum, when that gives 3 to 6 thresholds.
		const lo = quantileSorted(sorted, 0.05)!;
		const hi = sorted[sorted.length - 1]!;
		const steps = lo > 0 && hi / lo >= 20 ? stepThresholds(lo, hi, classes) : [];
		if (steps.length >= 3) {
			m = 'steps';
			thresholds = steps;
		}
	}
	if (m === 'quantile') thresholds = quantileThresholds(sorted, classes);
	else if (m === 'nice') thresholds = niceThresholds(sorted, classes);
	if (thresholds.length === 0 && sorted[0] !== sorted[sorted.length - 1])
		thresholds = [roundSignificant(quantileSorted(sorted, 0.5)!, 2)];
	const colors = thresholds.length === 0 ? [sequentialColors(2)[1]!] : sequentialColors(thresholds.length + 1);
	return { method: m, thresholds, colors, extent: [sorted[0]!, sorted[sorted.length - 1]!] };
}

/** A nice number at or above v: 1, 2, 2.5, 5 × 10^k. */
export function niceCeil(v: number): number {
	if (v <= 0 || !Number.isFinite(v)) return 0;
	const p = Math.pow(10, Math.floor(Math.log10(v)));
	for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v * (1 - 1e-9)) return m * p;
	return 10 * p;
}

/**
 * Diverging bins for change values (e.g. % change): thresholds ±a, ±b (and a tiny neutral band ±n) from quantiles of
 * |change|, rounded to nice numbers. Returns 5 or 7 colours, neutral in the middle. With a `floor` (−100 for a %
 * change), bins that lie wholly below it are dropped, so the legend spans only possible values; the remaining
 * colours keep their strength (a fall of 50 % is as purple as a rise of 50 % is orange).
 */
export function divergingBins(values: Iterable<number>, floor?: number): ColorBins {
	const sorted = finiteSorted(values);
	if (sorted.length === 0)
		return {
			method: 'diverging',
			thresholds: [-1, 1],
			colors: divergingColors(3),
			extent: [0, 0],
			...(floor === undefined ? {} : { floor })
		};
	const abs = sorted.map(Math.abs).sort((a, b) => a - b);
	const steps: number[] = [];
	for (const q of [0.2, 0.55, 0.85]) {
		const n = niceCeil(quantileSorted(abs, q)!);
		if (n > 0 && (steps.length === 0 || n > steps[steps.length - 1]!)) steps.push(n);
	}
	if (steps.length === 0) steps.push(1);
	const thresholds = [...steps.map((s) => -s).reverse(), ...steps];
	// n steps per side -> 2n thresholds -> 2n+1 bins: the neutral bin spans -steps[0]..+steps[0].
	const allColors = divergingColors(2 * steps.length + 1);
	const all = symmetricThresholds(thresholds, allColors.length);
	const extent: [number, number] = [sorted[0]!, sorted[sorted.length - 1]!];
	if (floor === undefined) return { method: 'diverging', thresholds: all, colors: allColors, extent };
	// Thresholds at or below the floor separate bins nobody can fall in: drop them and the colours below them.
	const drop = all.filter((t) => t <= floor).length;
	return { method: 'diverging', thresholds: all.slice(drop), colors: allColors.slice(drop), extent, floor };
}

/** The lowest possible % change: a value cannot fall by more than all of it. */
export const PERCENT_CHANGE_FLOOR = -100;

/** Thresholds for a symmetric scheme with `bins` colours: drop the inner pair if there is one threshold too many. */
function symmetricThresholds(t: number[], bins: number): number[] {
	return t.length === bins - 1 ? t : t.slice(0, bins - 1);
}

/** Index of the bin a value falls in (see ColorBins.thresholds). */
export function binIndex(bins: ColorBins, value: number): number {
	const t = bins.thresholds;
	let lo = 0;
	let hi = t.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (value < t[mid]!) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}

export function binColor(bins: ColorBins, value: number): string {
	return bins.colors[binIndex(bins, value)]!;
}

export interface LegendBin {
	color: string;
	/** Lower bound (inclusive), null for the first bin. */
	from: number | null;
	/** Upper bound (exclusive), null for the last bin. */
	to: number | null;
}

/** Legend rows: one per bin with its bounds (the first bin starts at the floor, when there is one). */
export function legendBins(bins: ColorBins): LegendBin[] {
	return bins.colors.map((color, i) => ({
		color,
		from: i === 0 ? (bins.floor ?? null) : bins.thresholds[i - 1]!,
		to: i === bins.colors.length - 1 ? null : bins.thresholds[i]!
	}));
}
