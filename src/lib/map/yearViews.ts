/**
 * The years of one map view, each computed once: for one indicator's data, mode, start year and set of places, every
 * year's cells, colour bins and fills. A year change (the slider, the play button) looks its year up instead of
 * computing it in the frame that repaints the map, and `warm` computes the other years ahead while the browser is
 * idle. Pure apart from that scheduling, which a caller may replace.
 */
import type { ColorBins } from '../charts/colorBins.ts';
import { binsFor, cellFill, computeCells, type CellInput, type MapCell } from './mapCells.ts';

/** One year of a view: what each place shows, the colour bins and each place's fill. */
export interface YearView {
	cells: Map<string, MapCell>;
	bins: ColorBins;
	fills: Map<string, string>;
}

/** What a view's years share: everything `computeCells` reads but the year (`from` only in change mode). */
export interface YearSettings extends Omit<CellInput, 'year' | 'from'> {
	/** Start year of a change (change mode); null in the other modes, which do not read it. */
	from: number | null;
	/** The indicator's level bins (year and latest modes; the change modes compute their own from the cells). */
	levelBins: ColorBins;
}

/** Runs `step` when the browser is idle; `step` gets the time left (ms) before it should yield. */
export type IdleScheduler = (step: (timeLeft: () => number) => void) => void;

/** Longest run of work in one slice where the browser cannot say how long it is idle (no requestIdleCallback). */
const SLICE_MS = 4;

/** `requestIdleCallback` where there is one; else short timer slices (Safari). */
export const idleScheduler: IdleScheduler = (step) => {
	if (typeof requestIdleCallback === 'function') requestIdleCallback((d) => step(() => d.timeRemaining()));
	else
		setTimeout(() => {
			const until = performance.now() + SLICE_MS;
			step(() => until - performance.now());
		}, 50);
};

export class YearViews {
	private readonly done = new Map<number, YearView>();
	constructor(private readonly settings: YearSettings) {}

	/** The year's view, computed the first time it is asked for. */
	get(year: number): YearView {
		let v = this.done.get(year);
		if (!v) {
			const { levelBins, from, ...input } = this.settings;
			const cells = computeCells({ ...input, year, from: from ?? year });
			const bins = binsFor(input.mode, levelBins, cells);
			const fills = new Map<string, string>();
			for (const [iso3, c] of cells) fills.set(iso3, cellFill(c, bins));
			v = { cells, bins, fills };
			this.done.set(year, v);
		}
		return v;
	}

	/** Whether the year has been computed. */
	has(year: number): boolean {
		return this.done.has(year);
	}

	/**
	 * Compute `years` ahead, in order, while the browser is idle: in each idle slice as many as fit with a millisecond
	 * to spare (at least one). Returns the function that stops it.
	 */
	warm(years: readonly number[], idle: IdleScheduler = idleScheduler): () => void {
		let i = 0;
		let stopped = false;
		const step = (timeLeft: () => number) => {
			if (stopped) return;
			do {
				while (i < years.length && this.has(years[i]!)) i++;
				if (i < years.length) this.get(years[i++]!);
			} while (i < years.length && timeLeft() > 1);
			if (i < years.length) idle(step);
		};
		if (years.length) idle(step);
		return () => {
			stopped = true;
		};
	}
}
