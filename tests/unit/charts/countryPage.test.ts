/** Pure pieces of the country page: topic groups, numbered sources, sparklines, series digests, shared years, layout. */
import { describe, expect, it } from 'vitest';
import { cardWeight, timelineBeside, timelineWeight } from '../../../src/lib/charts/policyLayout.ts';
import { seriesDigest } from '../../../src/lib/charts/seriesDigest.ts';
import { sharedYears } from '../../../src/lib/charts/sharedYears.ts';
import { formulaSources, numberRuns, numberSources } from '../../../src/lib/charts/sourceFootnotes.ts';
import { sparklineLayout } from '../../../src/lib/charts/sparkline.ts';
import { groupByTopic } from '../../../src/lib/charts/topicGroups.ts';

describe('groupByTopic', () => {
	it('orders topics as given, keeps item order, drops empty topics and keeps unknown topics at the end', () => {
		const items = [
			{ id: 'a', topic: 'prisons' },
			{ id: 'b', topic: 'deaths' },
			{ id: 'c', topic: 'new' },
			{ id: 'd', topic: 'deaths' }
		];
		expect(groupByTopic(items, ['deaths', 'hiv', 'prisons']).map((g) => [g.topic, g.items.map((i) => i.id)])).toEqual([
			['deaths', ['b', 'd']],
			['prisons', ['a']],
			['new', ['c']]
		]);
	});
});

describe('numberSources', () => {
	const src = (source_id: string, publisher: string) => ({ source_id, publisher });
	const known = new Map(
		[src('gbd19', 'IHME'), src('emcdda', 'EMCDDA'), src('gbd17', 'IHME'), src('wb', 'World Bank')].map((s) => [
			s.source_id,
			s
		])
	);
	it('lists each dataset once under its publisher, publishers by first use, numbered down the list', () => {
		const f = numberSources([['emcdda'], ['gbd19', 'emcdda'], ['wb'], ['gbd17'], ['nope']], (id) => known.get(id));
		expect(f.groups.map((g) => [g.publisher, g.datasets.map((d) => `${d.n}:${d.source.source_id}`)])).toEqual([
			['EMCDDA', ['1:emcdda']],
			['IHME', ['2:gbd19', '3:gbd17']],
			['World Bank', ['4:wb']]
		]);
		expect(f.number).toEqual({ emcdda: 1, gbd19: 2, gbd17: 3, wb: 4 });
	});
	it('writes numbers as runs', () => {
		expect(numberRuns([5, 1, 2, 3, 2])).toEqual([
			[1, 3],
			[5, 5]
		]);
		expect(numberRuns([])).toEqual([]);
	});
	it('finds the datasets a formula names (a denominator), whole ids only, in the order named', () => {
		const f =
			'EMCDDA table DLO-03-2 ÷ World Bank SP.POP.TOTL (source worldbank-wdi-sp-pop-totl) × 100,000 (see emcdda)';
		expect(formulaSources(f, ['emcdda', 'worldbank-wdi-sp-pop-totl', 'worldbank-wdi'])).toEqual([
			'worldbank-wdi-sp-pop-totl',
			'emcdda'
		]);
		expect(formulaSources('', ['emcdda'])).toEqual([]);
	});
});

describe('sparklineLayout', () => {
	const p = (year: number, value: number, flag = '') => ({ year, value, flag: flag as '' });
	it('is zero-based over the shared years, with a gap for a missing year and a dot for a lone value', () => {
		const m = sparklineLayout({
			points: [p(2000, 0), p(2001, 10), p(2003, 5)],
			width: 106,
			height: 26,
			pad: 3,
			xDomain: [2000, 2010]
		});
		expect(m.segments).toEqual(['M3,23L13,3']);
		expect(m.dots).toEqual([{ x: 33, y: 13 }]);
		expect(m.last).toEqual({ x: 33, y: 13 });
	});
	it('starts a new segment after a break in series and marks it, and marks the reform year only inside the range', () => {
		const m = sparklineLayout({
			points: [p(2000, 4), p(2001, 4), p(2002, 2, 'break'), p(2003, 2)],
			width: 36,
			height: 10,
			pad: 3,
			markYear: 2001
		});
		expect(m.segments).toHaveLength(2);
		expect(m.breaks).toEqual([18]); // halfway between 2001 (13) and 2002 (23)
		expect(m.mark).toBe(13);
		expect(
			sparklineLayout({ points: [p(2000, 1), p(2001, 1)], width: 36, height: 10, markYear: 1990 }).mark
		).toBeNull();
	});
	it('draws nothing for no points', () => {
		expect(sparklineLayout({ points: [], width: 10, height: 10 })).toEqual({
			segments: [],
			dots: [],
			last: null,
			breaks: [],
			mark: null
		});
	});
});

describe('seriesDigest', () => {
	const p = (year: number, value: number, flag = '') => ({ year, value, flag: flag as '' });
	it('gives first and latest values, years with data, and caution words for the change and for the latest value', () => {
		const d = seriesDigest([p(2010, 1.25), p(2012, 2, 'break'), p(2014, 3.5, 'provisional')], 1)!;
		expect(d).toEqual({
			first: { year: 2010, value: '1.3' },
			latest: { year: 2014, value: '3.5' },
			years: 3,
			span: 5,
			caution: 'across a break in series in 2012, provisional',
			latestCaution: 'after a break in series in 2012, provisional'
		});
	});
	it('has no first value for a single year, and nothing for no data', () => {
		expect(seriesDigest([p(2018, 127)], 0)).toMatchObject({
			first: null,
			latest: { year: 2018, value: '127' },
			years: 1,
			span: 1,
			caution: ''
		});
		expect(seriesDigest([], 0)).toBeNull();
	});
});

describe('sharedYears', () => {
	it('spans every series, reaching back to a reform shortly before the data but not to one long before', () => {
		expect(
			sharedYears(
				[
					[2013, 2016],
					[2003, 2021]
				],
				2001
			)
		).toEqual([2001, 2021]);
		expect(
			sharedYears(
				[
					[2013, 2016],
					[2003, 2021]
				],
				1976
			)
		).toEqual([2003, 2021]);
		expect(sharedYears([[2013, 2016]], 2015)).toEqual([2013, 2016]);
		expect(sharedYears([], 2001)).toBeNull();
	});
});

describe('timelineBeside', () => {
	const citations = { a: { publisher: 'P'.repeat(30), title: 'T'.repeat(50) } };
	it('weighs the text each block prints, citations included', () => {
		expect(cardWeight({ iso3: 'X', oat: 'yes', oat_ref: 'a;missing', nsp: '' }, citations)).toBe(3 + 40 + 100);
		expect(timelineWeight([{ title: 'Law', description: 'Text', ref: 'a' }], citations)).toBe(3 + 4 + 100 + 60);
		expect(cardWeight(null, citations)).toBe(0);
	});
	it('sets a short timeline beside the card and a long one below it', () => {
		expect(timelineBeside(4000, 1400)).toBe(true);
		expect(timelineBeside(4000, 2700)).toBe(false);
		expect(timelineBeside(0, 0)).toBe(false);
	});
});
