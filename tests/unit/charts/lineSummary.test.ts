import { describe, expect, it } from 'vitest';
import { listJoin, summariseLines } from '../../../src/lib/charts/lineSummary.ts';
import type { Series } from '../../../src/lib/data/series.ts';

const s = (label: string, pts: [number, number][]): Series => ({
	key: label,
	label,
	points: pts.map(([year, value]) => ({ year, value, flag: '', source_id: 'x', note: '' }))
});
const o = { measure: 'value', unit: 'per 100,000', decimals: 1 };

describe('summariseLines', () => {
	it('names the highest and lowest in the latest year all series share', () => {
		const text = summariseLines(
			[
				s('Portugal', [
					[2015, 0.4],
					[2016, 0.5]
				]),
				s('Norway', [
					[2015, 4.1],
					[2016, 4.0],
					[2017, 3.9]
				])
			],
			o
		);
		expect(text).toMatch(
			/^In 2016, Norway had the highest value \(4\.0 per 100,000\) and Portugal the lowest \(0\.5 per 100,000\)\./
		);
	});

	it('names the largest relative rise', () => {
		const text = summariseLines(
			[
				s('A', [
					[2000, 1],
					[2010, 2]
				]),
				s('B', [
					[2000, 1],
					[2010, 5]
				])
			],
			o
		);
		expect(text).toContain(
			'The largest relative rise was in B: from 1.0 per 100,000 in 2000 to 5.0 per 100,000 in 2010.'
		);
	});

	it('names the largest relative fall when everything fell', () => {
		const text = summariseLines(
			[
				s('A', [
					[2000, 10],
					[2010, 9]
				]),
				s('B', [
					[2000, 10],
					[2010, 2]
				])
			],
			o
		);
		expect(text).toContain('The largest relative fall was in B');
	});

	it('says which places have no data instead of leaving them out silently', () => {
		expect(summariseLines([s('A', [[2000, 1]]), s('Scotland', [])], o)).toContain('No data for Scotland.');
		expect(summariseLines([s('X', []), s('Y', [])], o)).toBe('No data for X and Y.');
	});
});

describe('flagged values in the summary', () => {
	const flagged = (label: string, pts: [number, number, string][]): Series => ({
		key: label,
		label,
		points: pts.map(([year, value, flag]) => ({
			year,
			value,
			flag: flag as Series['points'][number]['flag'],
			source_id: 'x',
			note: ''
		}))
	});
	it('says a leading value follows a break in series, and that a change crosses one', () => {
		const aut = flagged('Austria', [
			[2014, 10.9, 'derived'],
			[2020, 46, 'break'],
			[2021, 51.1, 'derived']
		]);
		const prt = flagged('Portugal', [
			[2014, 14.6, 'derived'],
			[2020, 13.1, 'derived'],
			[2021, 13.4, 'derived']
		]);
		const text = summariseLines([aut, prt], { measure: 'share', unit: '%', decimals: 1 });
		expect(text).toBe(
			'In 2021, Austria had the highest share (51.1 %, after a break in series in 2020) and Portugal the lowest (13.4 %). The largest relative rise was in Austria: from 10.9 % in 2014 to 51.1 % in 2021 (across a break in series in 2020).'
		);
	});
	it('says when the only value is provisional', () => {
		expect(summariseLines([flagged('Canada', [[2024, 17.8, 'partial']])], o)).toBe(
			'In 2024, the value in Canada was 17.8 per 100,000 (partial coverage).'
		);
	});
});

describe('listJoin', () => {
	it('joins with commas and "and"', () => {
		expect(listJoin(['a', 'b', 'c'])).toBe('a, b and c');
		expect(listJoin(['a'])).toBe('a');
	});
});

describe('place names in sentences', () => {
	it('adds "the" where English needs it, and only there', () => {
		const text = summariseLines([s('United States', [[2019, 18.8]]), s('Portugal', [[2019, 0.4]])], o);
		expect(text).toBe(
			'In 2019, the United States had the highest value (18.8 per 100,000) and Portugal the lowest (0.4 per 100,000).'
		);
	});
});
