import { describe, expect, it } from 'vitest';
import { changeBetween, changeSinceReform, latestAtOrBefore, reformBaseline } from '../../../src/lib/stats/change.ts';

const series = (m: Record<number, number>) => (y: number) => m[y];

describe('changeBetween', () => {
	it('uses exactly the two years asked for', () => {
		const r = changeBetween(series({ 2000: 2, 2010: 3 }), 2000, 2010);
		expect(r).toEqual({
			kind: 'change',
			from: { year: 2000, value: 2 },
			to: { year: 2010, value: 3 },
			absolute: 1,
			percent: 50
		});
	});

	it('is missing (not filled from a neighbouring year) when an end has no value', () => {
		const at = series({ 1999: 2, 2010: 3 });
		expect(changeBetween(at, 2000, 2010)).toMatchObject({ kind: 'missing', reason: 'no-from' });
		expect(changeBetween(at, 1999, 2011)).toMatchObject({ kind: 'missing', reason: 'no-to' });
		expect(changeBetween(series({}), 1999, 2011)).toMatchObject({ kind: 'missing', reason: 'no-both' });
	});

	it('has no % change from a zero base', () => {
		expect(changeBetween(series({ 2000: 0, 2001: 4 }), 2000, 2001)).toMatchObject({
			kind: 'change',
			absolute: 4,
			percent: null
		});
	});
});

describe('changeSinceReform', () => {
	const at = series({ 2000: 0.5, 2001: 0.4, 2015: 0.2 });
	it('measures from the last full year before the reform (Portugal 2001 -> base 2000)', () => {
		expect(reformBaseline(2001)).toBe(2000);
		expect(changeSinceReform(at, 2001, 2015, 1990)).toMatchObject({
			kind: 'change',
			from: { year: 2000, value: 0.5 },
			to: { year: 2015, value: 0.2 }
		});
	});
	it('says why it cannot: no dated reform, the year is before the reform, the reform predates the data', () => {
		expect(changeSinceReform(at, null, 2015, 1990)).toMatchObject({ kind: 'missing', reason: 'no-reform' });
		expect(changeSinceReform(at, 2001, 2000, 1990)).toMatchObject({ kind: 'missing', reason: 'reform-after' });
		expect(changeSinceReform(at, 1976, 2015, 1990)).toMatchObject({ kind: 'missing', reason: 'reform-before-data' });
		// The place's own data end before the reform could show: not a gap, whatever the shown year.
		expect(changeSinceReform(at, 2021, 2019, 1990, 2019)).toMatchObject({
			kind: 'missing',
			reason: 'reform-after-data',
			fromYear: 2020
		});
		expect(changeSinceReform(at, 2021, 2015, 1990, 2019)).toMatchObject({
			kind: 'missing',
			reason: 'reform-after-data'
		});
		expect(changeSinceReform(at, 2001, 2015, 1990, 2019)).toMatchObject({ kind: 'change' });
	});
});

describe('latestAtOrBefore', () => {
	it('takes the latest year at or before the one asked, never a later one', () => {
		const pts = [{ year: 2005 }, { year: 2008 }, { year: 2012 }];
		expect(latestAtOrBefore(pts, 2010)?.year).toBe(2008);
		expect(latestAtOrBefore(pts, 2012)?.year).toBe(2012);
		expect(latestAtOrBefore(pts, 2004)).toBeUndefined();
	});
});
