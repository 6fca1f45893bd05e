import { describe, expect, it } from 'vitest';
import {
	findShareBreaks,
	flagBreak,
	SHARE_BREAK_RULE,
	shareBreakNote,
	type SharePoint
} from '../../../scripts/import/lib/breaks.ts';
import type { Observation } from '../../../src/lib/data/types.ts';

const pts = (rows: [number, number, number][]): SharePoint[] =>
	rows.map(([year, share, count]) => ({ year, share, count }));

// Real UNODC values (share of persons held for drug offences, ICCS 06, and the count behind it).
const AUSTRIA = pts([
	[2012, 11.9, 1051],
	[2013, 10.9, 962],
	[2014, 10.9, 948],
	[2020, 46.0, 3901],
	[2021, 51.1, 4315]
]);
const THAILAND = pts([
	[2014, 0.8, 2387],
	[2015, 52.9, 170983],
	[2016, 0.1, 300]
]);
const NORTHERN_IRELAND = pts([
	[2014, 3.7, 64],
	[2015, 5.3, 77],
	[2016, 68.3, 961],
	[2017, 63.9, 902]
]);

describe('share break rule', () => {
	it('flags the first value after an implausible jump, across missing years', () => {
		expect(findShareBreaks(AUSTRIA).map((b) => b.year)).toEqual([2020]);
		expect(findShareBreaks(NORTHERN_IRELAND).map((b) => b.year)).toEqual([2016]);
		expect(findShareBreaks(THAILAND).map((b) => [b.year, Math.round(b.ratio)])).toEqual([
			[2015, 66],
			[2016, 529]
		]);
	});

	it('does not flag ordinary variation (real series: Luxembourg ×2.7, Brazil ×2.3, Portugal)', () => {
		expect(
			findShareBreaks(
				pts([
					[2016, 10.1, 73],
					[2017, 27.0, 185]
				])
			)
		).toEqual([]);
		expect(
			findShareBreaks(
				pts([
					[2013, 24.1, 145797],
					[2014, 10.6, 64159]
				])
			)
		).toEqual([]);
		expect(
			findShareBreaks(
				pts([
					[2017, 14.4, 1950],
					[2018, 12.9, 1675],
					[2019, 14.4, 1862]
				])
			)
		).toEqual([]);
	});

	it('needs all three conditions: ratio, percentage points and people', () => {
		// ×4 but only 0.3 points (Bahamas 2020 → 2021 style small shares).
		expect(
			findShareBreaks(
				pts([
					[2020, 0.1, 100],
					[2021, 0.4, 400]
				])
			)
		).toEqual([]);
		// 0 -> 39.1 % in a prison of 23 (Monaco 2012 → 2014): 9 people is small-number variation.
		expect(
			findShareBreaks(
				pts([
					[2012, 0, 0],
					[2014, 39.1, 9]
				])
			)
		).toEqual([]);
		// A published 0 on one side counts as an infinite ratio when enough people move (Chile 2015 → 2017).
		const chile = findShareBreaks(
			pts([
				[2015, 16.0, 7636],
				[2017, 0.0, 14]
			])
		);
		expect(chile).toHaveLength(1);
		expect(chile[0]!.ratio).toBe(Infinity);
		// Exactly at the thresholds counts; just below does not.
		expect(
			findShareBreaks(
				pts([
					[1, 1.5, 0],
					[2, 4.5, 50]
				])
			)
		).toHaveLength(1); // ×3, 3 points, 50 people
		expect(
			findShareBreaks(
				pts([
					[1, 1.5, 0],
					[2, 4.5, 49]
				])
			)
		).toHaveLength(0); // 49 people
		expect(
			findShareBreaks(
				pts([
					[1, 1.5, 0],
					[2, 4.4, 50]
				])
			)
		).toHaveLength(0); // ×2.93
		expect(
			findShareBreaks(
				pts([
					[1, 1, 0],
					[2, 3.9, 50]
				])
			)
		).toHaveLength(0); // ×3.9 but 2.9 points
		expect(SHARE_BREAK_RULE).toEqual({ factor: 3, minPoints: 3, minCount: 50 });
	});

	it('sorts by year and needs two values', () => {
		expect(findShareBreaks([...AUSTRIA].reverse()).map((b) => b.year)).toEqual([2020]);
		expect(findShareBreaks(pts([[2020, 46, 3901]]))).toEqual([]);
		expect(findShareBreaks([])).toEqual([]);
	});

	it('writes a note saying what jumped', () => {
		const [b] = findShareBreaks(AUSTRIA);
		expect(shareBreakNote(b!, 'persons held for drug offences', 'persons')).toBe(
			'Break in series (reporting changed?): the share of persons held for drug offences went from 10.9% (2014) to 46.0% (2020), persons from 948 to 3901; values before and after may not be comparable'
		);
	});

	it('sets flag=break, drops "derived" silently and keeps any other flag in words', () => {
		const row: Observation = {
			iso3: 'AUT',
			year: 2020,
			value: 46,
			flag: 'derived',
			source_id: 's',
			note: '3901 of 8488'
		};
		expect(flagBreak(row, 'Break')).toEqual({ ...row, flag: 'break', note: 'Break. 3901 of 8488' });
		expect(flagBreak({ ...row, flag: 'provisional', note: '' }, 'Break').note).toBe('Break. Also provisional');
		expect(flagBreak({ ...row, flag: '', note: '' }, 'Break').note).toBe('Break');
	});
});
