/**
 * Group medians and interquartile ranges against values computed by hand with R-7 (h = (n − 1)p, linear between the
 * order statistics x[⌊h⌋] and x[⌊h⌋+1]).
 */
import { describe, expect, it } from 'vitest';
import type { Flag } from '../../../src/lib/data/types.ts';
import {
	groupTrends,
	MIN_GROUP_SIZE,
	QUANTILE_METHOD,
	type IndicatorSeries
} from '../../../src/lib/stats/groupTrends.ts';
import { approachesEn } from '../../../src/lib/strings/approachesEn.ts';

type Row = [iso3: string, year: number, value: number, flag?: Flag];
const series = (
	rows: Row[],
	indicator_id = 'deaths',
	comparability = 'deaths-def',
	source_id = 'src'
): IndicatorSeries => ({
	indicator: { indicator_id, comparability },
	observations: rows.map(([iso3, year, value, flag = '']) => ({ iso3, year, value, flag, source_id }))
});

/** A fixed classification: group per country, or per country-year where given. */
const classes: Record<string, string | Record<number, string>> = {
	A1: 'a',
	A2: 'a',
	A3: 'a',
	A4: 'a',
	A5: 'a',
	A6: 'a',
	B1: 'b',
	B2: 'b',
	B3: 'b',
	B4: 'b',
	// Moves from b to a in 2001 (a reform).
	MOV: { 2000: 'b', 2001: 'a' }
};
const groupOf = (iso3: string, year: number): 'a' | 'b' | null => {
	const c = classes[iso3];
	if (c === undefined) return null;
	return (typeof c === 'string' ? c : (c[year] ?? null)) as 'a' | 'b' | null;
};

describe('groupTrends: medians and interquartile ranges (R-7)', () => {
	it('odd count (5): median 3, Q1 2, Q3 4 for 1, 2, 3, 4, 10', () => {
		const r = groupTrends(
			[
				series([
					['A1', 2000, 10],
					['A2', 2000, 1],
					['A3', 2000, 3],
					['A4', 2000, 2],
					['A5', 2000, 4]
				])
			],
			groupOf,
			['a']
		);
		expect(r.ok && r.quantileMethod).toBe(QUANTILE_METHOD);
		expect(r.ok && r.trends[0]!.years).toEqual([
			{
				year: 2000,
				n: 5,
				countries: ['A1', 'A2', 'A3', 'A4', 'A5'],
				median: 3,
				q1: 2,
				q3: 4,
				bandOmitted: null,
				flagged: {}
			}
		]);
	});

	it('even count (6): median 7, Q1 4.5, Q3 9.5 for 2, 4, …, 12', () => {
		const rows: Row[] = [2, 4, 6, 8, 10, 12].map((v, i) => [`A${i + 1}`, 2000, v]);
		const r = groupTrends([series(rows)], groupOf, ['a']);
		// h = 2.5 → 6 + 0.5·2; h = 1.25 → 4 + 0.25·2; h = 3.75 → 8 + 0.75·2.
		expect(r.ok && r.trends[0]!.years[0]).toMatchObject({ n: 6, median: 7, q1: 4.5, q3: 9.5, bandOmitted: null });
	});

	it(`below ${MIN_GROUP_SIZE} countries the band is omitted with its reason; the median and the count stay`, () => {
		const r = groupTrends(
			[
				series([
					['B1', 2000, 1],
					['B2', 2000, 3],
					['B3', 2000, 5],
					['B4', 2000, 7]
				])
			],
			groupOf,
			['b']
		);
		const y = r.ok ? r.trends[0]!.years[0]! : null;
		// h = 1.5 → 3 + 0.5·2.
		expect(y).toMatchObject({ n: 4, median: 4, q1: null, q3: null, bandOmitted: 'too_few_countries' });
		expect(approachesEn.bandOmitted[y!.bandOmitted!](y!.n, MIN_GROUP_SIZE)).toBe(
			'Only 4 countries this year: no interquartile band below 5.'
		);
	});

	it('a country that changes class counts in the class of each year, never in both', () => {
		const rows: Row[] = [
			['MOV', 2000, 100],
			['B1', 2000, 1],
			['B2', 2000, 2],
			['MOV', 2001, 50],
			['A1', 2001, 1],
			['A2', 2001, 2],
			['B1', 2001, 9]
		];
		const r = groupTrends([series(rows)], groupOf, ['a', 'b']);
		if (!r.ok) throw new Error('refused');
		const [a, b] = r.trends;
		expect(b!.years.map((y) => [y.year, y.countries, y.median])).toEqual([
			[2000, ['B1', 'B2', 'MOV'], 2],
			[2001, ['B1'], 9]
		]);
		expect(a!.years.map((y) => [y.year, y.countries, y.median])).toEqual([[2001, ['A1', 'A2', 'MOV'], 2]]);
	});

	it('never interpolates: a year with no value for a country leaves it out of that year, and a year with no values is absent', () => {
		const r = groupTrends(
			[
				series([
					['A1', 2000, 1],
					['A2', 2000, 3],
					['A1', 2003, 5]
				])
			],
			groupOf,
			['a', 'b']
		);
		if (!r.ok) throw new Error('refused');
		expect(r.trends[0]!.years.map((y) => [y.year, y.n, y.median])).toEqual([
			[2000, 2, 2],
			[2003, 1, 5]
		]);
		expect(r.trends[1]).toEqual({ group: 'b', years: [] });
	});

	it('country-years without a group are listed as left out, not dropped silently', () => {
		const r = groupTrends(
			[
				series([
					['A1', 2000, 1],
					['GB-SCT', 2000, 300],
					['MOV', 2002, 7]
				])
			],
			groupOf,
			['a']
		);
		expect(r.ok && r.leftOut).toEqual([
			{ iso3: 'GB-SCT', year: 2000 },
			{ iso3: 'MOV', year: 2002 }
		]);
	});
});

describe('groupTrends: flagged values', () => {
	const rows: Row[] = [
		['A1', 2000, 1, 'break'],
		['A2', 2000, 2, 'provisional'],
		['A3', 2000, 3],
		['A4', 2000, 4, 'partial'],
		['A5', 2000, 5, 'break']
	];

	it('partial-year values are left out by default and listed; breaks and provisional values are included and listed by flag', () => {
		const r = groupTrends([series(rows)], groupOf, ['a']);
		if (!r.ok) throw new Error('refused');
		expect(r.excluded).toEqual([{ iso3: 'A4', year: 2000, flag: 'partial' }]);
		// 1, 2, 3, 5 → median 2.5.
		expect(r.trends[0]!.years[0]).toMatchObject({
			n: 4,
			median: 2.5,
			flagged: { break: ['A1', 'A5'], provisional: ['A2'] }
		});
	});

	it('excludeFlags overrides the default', () => {
		const r = groupTrends([series(rows)], groupOf, ['a'], { excludeFlags: ['provisional', 'break'] });
		if (!r.ok) throw new Error('refused');
		expect(r.excluded.map((e) => e.iso3)).toEqual(['A1', 'A2', 'A5']);
		// 3, 4 (the partial value now included) → 3.5.
		expect(r.trends[0]!.years[0]).toMatchObject({ n: 2, median: 3.5, flagged: { partial: ['A4'] } });
	});
});

describe('groupTrends: one definition per computation', () => {
	const one: Row[] = [['A1', 2000, 1]];
	it.each([
		[
			'two definitions',
			[series(one, 'deaths', 'def-1'), series(one, 'gbd', 'def-2')],
			{ code: 'mixed_definitions', ids: ['def-1', 'def-2'] }
		],
		[
			'two indicators of one definition',
			[series(one, 'rate', 'def'), series(one, 'rate-copy', 'def')],
			{ code: 'mixed_indicators', ids: ['rate', 'rate-copy'] }
		],
		[
			'two releases (sources) in one series',
			[
				{
					...series(one),
					observations: [
						...series(one, 'x', 'd', 'unaids-2014').observations,
						...series([['A2', 2000, 2]], 'x', 'd', 'unaids-2019').observations
					]
				}
			],
			{ code: 'mixed_sources', ids: ['unaids-2014', 'unaids-2019'] }
		],
		[
			'two values for one country-year',
			[
				series([
					['A1', 2000, 1],
					['A1', 2000, 2]
				])
			],
			{ code: 'duplicate_observation', iso3: 'A1', year: 2000 }
		],
		['nothing', [], { code: 'no_series' }]
	] as const)('refuses %s', (_, input, error) => {
		const r = groupTrends(input as readonly IndicatorSeries[], groupOf, ['a']);
		expect(r).toEqual({ ok: false, error });
		if (!r.ok) expect(approachesEn.trendsError(r.error)).toMatch(/\S/);
	});

	it('one indicator given twice is still one definition', () => {
		const r = groupTrends([series([['A1', 2000, 1]]), series([['A2', 2000, 3]])], groupOf, ['a']);
		expect(r.ok && r.trends[0]!.years[0]!.median).toBe(2);
	});
});
