/**
 * A view's years, each computed once (map/yearViews.ts): a year is computed the first time it is asked for and looked
 * up after that; `warm` computes the others ahead in idle slices, as many as the slice has time for, and stops when
 * told. Real build-time data.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { binsFor, cellFill, computeCells } from '../../../src/lib/map/mapCells.ts';
import { idleScheduler, YearViews, type IdleScheduler } from '../../../src/lib/map/yearViews.ts';
import { mapData, mapGeometry } from '../../../src/lib/server/mapView.ts';

const dataset = mapData('gbd2019_drug_disorder_death_rate');
const places = mapGeometry('world').places;
const views = (mode: 'year' | 'change' = 'year', from: number | null = null) =>
	new YearViews({ dataset, mode, from, places, levelBins: dataset.bins });

/** An idle scheduler the test runs by hand, each slice with `ms` to spare. */
function slices(ms: number) {
	const queue: ((timeLeft: () => number) => void)[] = [];
	const idle: IdleScheduler = (step) => queue.push(step);
	return {
		idle,
		queue,
		run() {
			queue.shift()!(() => ms);
		}
	};
}

afterEach(() => {
	vi.unstubAllGlobals();
	vi.useRealTimers();
});

describe('YearViews', () => {
	it('a year’s cells, bins and fills are those of computeCells for that year', () => {
		const v = views().get(2005);
		const cells = computeCells({ dataset, mode: 'year', year: 2005, from: 2005, places });
		expect(v.cells).toEqual(cells);
		expect(v.bins).toBe(dataset.bins);
		expect(v.fills.get('USA')).toBe(cellFill(cells.get('USA'), dataset.bins));
		expect(v.fills.size).toBe(places.length);
	});

	it('change mode measures from its start year, with bins of the changes shown', () => {
		const v = views('change', 2000).get(2019);
		const cells = computeCells({ dataset, mode: 'change', year: 2019, from: 2000, places });
		expect(v.cells).toEqual(cells);
		expect(v.bins).toEqual(binsFor('change', dataset.bins, cells));
		expect(v.cells.get('USA')?.fromPoint?.year).toBe(2000);
	});

	it('a year is computed once: asked for again, it is the same object', () => {
		const y = views();
		expect(y.has(2010)).toBe(false);
		const first = y.get(2010);
		expect(y.has(2010)).toBe(true);
		expect(y.get(2010)).toBe(first);
		expect(y.get(2011)).not.toBe(first);
	});

	it('warm computes every year in idle slices, as many as fit, skipping years already done', () => {
		const y = views();
		const years = [2000, 2001, 2002, 2003, 2004];
		const done2002 = y.get(2002);
		// A slice with no time to spare still computes one year.
		const tight = slices(0);
		y.warm(years, tight.idle);
		expect(tight.queue).toHaveLength(1);
		tight.run();
		expect(years.filter((yr) => y.has(yr))).toEqual([2000, 2002]);
		tight.run();
		expect(years.filter((yr) => y.has(yr))).toEqual([2000, 2001, 2002]);
		// A roomy slice finishes them, and asks for no more.
		const roomy = slices(50);
		roomy.queue.push(...tight.queue.splice(0));
		roomy.run();
		expect(years.every((yr) => y.has(yr))).toBe(true);
		expect(roomy.queue).toHaveLength(0);
		expect(y.get(2002)).toBe(done2002);
	});

	it('stops when told, and asks for nothing when there is nothing to do', () => {
		const y = views();
		const s = slices(0);
		const stop = y.warm([2000, 2001, 2002], s.idle);
		s.run();
		stop();
		s.run();
		expect(y.has(2001)).toBe(false);
		expect(s.queue).toHaveLength(0);
		y.warm([], s.idle);
		expect(s.queue).toHaveLength(0);
	});

	it('the default scheduler uses requestIdleCallback, with the time the browser gives', () => {
		const calls: IdleRequestCallback[] = [];
		vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => calls.push(cb));
		let left = -1;
		idleScheduler((timeLeft) => (left = timeLeft()));
		calls[0]!({ didTimeout: false, timeRemaining: () => 7 });
		expect(left).toBe(7);
	});

	it('without requestIdleCallback (Safari) it runs short timer slices', () => {
		vi.stubGlobal('requestIdleCallback', undefined);
		vi.useFakeTimers();
		let left = -1;
		idleScheduler((timeLeft) => (left = timeLeft()));
		expect(left).toBe(-1);
		vi.advanceTimersByTime(50);
		expect(left).toBeGreaterThan(0);
		expect(left).toBeLessThanOrEqual(4);
	});
});
