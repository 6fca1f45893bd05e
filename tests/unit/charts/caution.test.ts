import { describe, expect, it } from 'vitest';
import { breakAtOrBefore, breakBetween, caution, flagNote, withCaution } from '../../../src/lib/charts/caution.ts';

const pts = [
	{ year: 2014, flag: 'derived' },
	{ year: 2016, flag: 'break' },
	{ year: 2017, flag: 'derived' },
	{ year: 2019, flag: 'break' },
	{ year: 2020, flag: '' }
];

describe('breaks a value follows or a change crosses', () => {
	it('finds the latest break at or before a year', () => {
		expect(breakAtOrBefore(pts, 2015)).toBeNull();
		expect(breakAtOrBefore(pts, 2016)).toBe(2016);
		expect(breakAtOrBefore(pts, 2018)).toBe(2016);
		expect(breakAtOrBefore(pts, 2025)).toBe(2019);
		expect(breakAtOrBefore([], 2020)).toBeNull();
	});
	it('finds the latest break after the start and up to the end of a change (either order)', () => {
		expect(breakBetween(pts, 2014, 2017)).toBe(2016);
		expect(breakBetween(pts, 2016, 2017)).toBeNull(); // both values after the 2016 break
		expect(breakBetween(pts, 2014, 2020)).toBe(2019);
		expect(breakBetween(pts, 2020, 2014)).toBe(2019);
		expect(breakBetween(pts, 2017, 2018)).toBeNull();
	});
});

describe('caution words', () => {
	it('say what must travel with a value, and nothing for a value as published or derived', () => {
		expect(caution('', null)).toBe('');
		expect(caution('derived', null)).toBe('');
		expect(caution('revised', null)).toBe('');
		expect(caution('derived', 2020)).toBe('after a break in series in 2020');
		expect(caution('', 2020, true)).toBe('across a break in series in 2020');
		expect(caution('provisional', null)).toBe('provisional');
		expect(caution('partial', 2019)).toBe('after a break in series in 2019, partial coverage');
		expect(caution('secondary', null)).toBe('from a secondary source');
		expect(withCaution('51.1 %', 'after a break in series in 2020')).toBe('51.1 %, after a break in series in 2020');
		expect(withCaution('51.1 %', '')).toBe('51.1 %');
	});
	it('spell the flag out for tooltips and tables, adding an earlier break', () => {
		expect(flagNote('break', 2020, 2020)).toBe('break in series');
		expect(flagNote('derived', 2020, 2021)).toBe('derived; after a break in series in 2020');
		expect(flagNote('', 2016, 2021, true)).toBe('across a break in series in 2016');
		expect(flagNote('partial', null, 2024)).toBe('partial coverage');
		expect(flagNote('', null, 2024)).toBe('');
	});
});
