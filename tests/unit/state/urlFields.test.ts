/**
 * The shared URL codecs: each field falls back to its default on its own, nothing throws, and only what differs from
 * the defaults is written, in the fields' order. Then both views built on them: round-trips and hostile queries.
 */
import { describe, expect, it } from 'vitest';
import {
	bool,
	codeIn,
	codeList,
	intIn,
	nullable,
	oneOf,
	parseFields,
	writeFields,
	year,
	type Fields
} from '../../../src/lib/state/urlFields.ts';
import {
	defaultMapState,
	parseMapState,
	serializeMapState,
	type MapCatalogue,
	type MapViewState
} from '../../../src/lib/state/mapState.ts';
import {
	MAX_COUNTRIES,
	parseCompareView,
	serializeCompareView,
	type CompareContext,
	type CompareView
} from '../../../src/lib/state/compareState.ts';

describe('codecs', () => {
	it.each([
		['7', 7],
		[' 7 ', 7],
		['-3', -3],
		['15', 15],
		['16', undefined],
		['1e1', undefined],
		['2.5', undefined],
		['+3', undefined],
		['0x5', undefined],
		['', undefined],
		['99999999999999999999999', undefined],
		['<script>', undefined]
	])('intIn(-5, 15) reads %j as %j', (raw, v) => {
		expect(intIn(-5, 15).parse(raw)).toBe(v);
	});

	it.each([
		['2001', 2001],
		['1e9', undefined],
		['1000000000', undefined],
		['2001.0', undefined],
		['02001', undefined],
		['1899', undefined],
		['2031', undefined]
	])('year(1900, 2030) reads %j as %j', (raw, v) => {
		expect(year(1900, 2030).parse(raw)).toBe(v);
	});

	it('oneOf takes only listed words, as spelt', () => {
		const c = oneOf(['linear', 'log'] as const);
		expect(['log', 'LOG', 'log ', '__proto__', 'constructor'].map((r) => c.parse(r))).toEqual([
			'log',
			undefined,
			undefined,
			undefined,
			undefined
		]);
	});

	it('bool reads 1/true/0/false and writes 1/0', () => {
		expect(['1', 'true', '0', 'false', 'yes', ''].map((r) => bool.parse(r))).toEqual([
			true,
			true,
			false,
			false,
			undefined,
			undefined
		]);
		expect([bool.write(true), bool.write(false)]).toEqual(['1', '0']);
	});

	it('codeIn matches without case and writes the known spelling', () => {
		const c = codeIn(['PRT', 'GB-SCT']);
		expect(['prt', ' gb-sct', 'XXX', '<script>alert(1)</script>'].map((r) => c.parse(r))).toEqual([
			'PRT',
			'GB-SCT',
			undefined,
			undefined
		]);
	});

	it('codeList drops unknown and repeated codes, keeps order, stops at its maximum, and refuses an empty list', () => {
		const c = codeList(codeIn(['A', 'B', 'C', 'D']), 3);
		expect(c.parse('b~a~B~zz~c~d')).toEqual(['B', 'A', 'C']);
		expect(c.parse('~~~')).toBeUndefined();
		expect(c.parse('')).toBeUndefined();
		expect(c.parse('zz~yy')).toBeUndefined();
		expect(c.write(['C', 'A'])).toBe('C~A');
	});

	it('nullable reads the empty value as null and otherwise its codec', () => {
		const c = nullable(year(1950, 2030));
		expect(['', '1990', 'abc'].map((r) => c.parse(r))).toEqual([null, 1990, undefined]);
		expect([c.write(null), c.write(1990)]).toEqual(['', '1990']);
	});
});

interface Toy {
	a: number;
	b: 'x' | 'y';
	c: string[];
}
const toyFields: Fields<Toy> = {
	a: intIn(0, 10),
	b: oneOf(['x', 'y'] as const),
	c: codeList(codeIn(['P', 'Q', 'R']), 5)
};
const toyDefaults: Toy = { a: 1, b: 'x', c: ['P'] };

describe('parseFields / writeFields', () => {
	it('falls back field by field: one bad value leaves the others', () => {
		expect(parseFields(new URLSearchParams('a=99&b=y&c=q~r'), toyFields, toyDefaults)).toEqual({
			a: 1,
			b: 'y',
			c: ['Q', 'R']
		});
	});
	it('reads the first of repeated keys and ignores unknown keys', () => {
		expect(parseFields(new URLSearchParams('a=3&a=4&zz=1&__proto__=1&constructor=2'), toyFields, toyDefaults)).toEqual({
			a: 3,
			b: 'x',
			c: ['P']
		});
	});
	it('does not change the defaults object it is given', () => {
		const d = structuredClone(toyDefaults);
		parseFields(new URLSearchParams('a=5&c=R'), toyFields, d);
		expect(d).toEqual(toyDefaults);
	});
	it('writes only fields that differ from the defaults, in field order, ~ readable, the rest encoded', () => {
		expect(writeFields(toyDefaults, toyFields, toyDefaults)).toBe('');
		expect(writeFields({ c: ['Q', 'R'], b: 'y', a: 1 }, toyFields, toyDefaults)).toBe('b=y&c=Q~R');
		expect(writeFields({ a: 2, b: 'x', c: ['P'] }, toyFields, toyDefaults, ['a'])).toBe('');
		expect(
			writeFields(
				{ a: 1, b: 'x', c: ['a&b=c'] },
				{ ...toyFields, c: codeList({ parse: (r) => r, write: (r) => r }, 5) },
				toyDefaults
			)
		).toBe('c=a%26b%3Dc');
	});
});

// Both views on the shared codecs.
const cat: MapCatalogue = {
	defaultIndicator: 'deaths',
	indicators: [
		{ indicator_id: 'deaths', years: [1990, 2019] },
		{ indicator_id: 'prison', years: [2005, 2012], defaultYear: 2010 }
	]
};
const cmpDefaults: CompareView = {
	countries: ['PRT', 'CZE', 'NOR'],
	indicator: 'gbd',
	from: null,
	to: null,
	scale: 'linear',
	align: 'none',
	reform: 'decriminalisation',
	index: false,
	n: 5,
	focus: null,
	colour: 'country'
};
const places = [
	'PRT',
	'CZE',
	'NOR',
	'SWE',
	'EST',
	'USA',
	'GB-SCT',
	...Array.from({ length: 40 }, (_, i) => `X${String(i).padStart(2, '0')}`)
];
const ctx: CompareContext = {
	indicators: ['gbd', 'emcdda'],
	places,
	alignments: ['decriminalisation', 'thresholds', 'consumption_rooms'],
	defaults: cmpDefaults
};

const HOSTILE = [
	'countries=~~~',
	'countries=%3Cscript%3Ealert(1)%3C/script%3E',
	'year=1e9',
	'year=99999999999999999999999999999',
	'n=99999999999999999999',
	'from=-1e308&to=Infinity',
	'indicator=<script>&region=<img src=x>',
	'%',
	'&&&==&',
	'year=%E0%A4%A',
	'\u0000=\u0000',
	'year=2000&year=abc&year=2001',
	'__proto__=x&constructor=y&toString=z',
	`countries=${'A~'.repeat(5000)}`
];

describe('map view on the shared codecs', () => {
	const views: MapViewState[] = [
		defaultMapState(cat),
		{ indicator: 'prison', year: 2008, region: 'americas', mode: 'latest', from: 2005, layer: 'policy' },
		{ indicator: 'deaths', year: 2015, region: 'europe', mode: 'change', from: 2001, layer: 'none' },
		{ indicator: 'deaths', year: 1991, region: 'world', mode: 'change', from: 1990, layer: 'policy' },
		{ indicator: 'prison', year: 2010, region: 'world', mode: 'reform', from: 2005, layer: 'none' }
	];
	it.each(views.map((v) => [serializeMapState(v, cat) || '(bare)', v]))('round-trips %s', (_, v) => {
		const back = parseMapState(serializeMapState(v, cat), cat);
		// Outside the change mode the base year is not in the URL: it comes back as its default.
		expect(back).toEqual(v.mode === 'change' ? v : { ...v, from: back.from });
		expect(serializeMapState(back, cat)).toBe(serializeMapState(v, cat));
	});
	it('writes keys in one order whatever order the view was built in', () => {
		const v = {
			layer: 'policy',
			from: 2001,
			mode: 'change',
			region: 'europe',
			year: 2015,
			indicator: 'deaths'
		} as const;
		expect(serializeMapState(v, cat)).toBe('year=2015&region=europe&mode=change&from=2001&layer=policy');
	});
	it.each(HOSTILE)('hostile query %j gives a valid view and never throws', (q) => {
		const v = parseMapState(q, cat);
		expect(parseMapState(serializeMapState(v, cat), cat)).toEqual(v);
		expect(v.year).toBeGreaterThanOrEqual(1990);
		expect(v.year).toBeLessThanOrEqual(2019);
	});
	it('repeated keys: the first counts', () => {
		expect(parseMapState('year=2000&year=2001', cat).year).toBe(2000);
		expect(parseMapState('year=abc&year=2001', cat).year).toBe(2019);
	});
});

describe('compare view on the shared codecs', () => {
	const views: CompareView[] = [
		cmpDefaults,
		{ ...cmpDefaults, countries: ['GB-SCT', 'USA'], indicator: 'emcdda', from: 1990, to: 2000, scale: 'log', n: 15 },
		{
			...cmpDefaults,
			countries: ['PRT', 'CZE'],
			align: 'thresholds',
			reform: 'thresholds',
			index: true,
			n: 1,
			focus: 'CZE'
		},
		{ ...cmpDefaults, reform: 'consumption_rooms', focus: 'NOR' },
		{ ...cmpDefaults, countries: places.slice(0, MAX_COUNTRIES) },
		{ ...cmpDefaults, colour: 'class' },
		{ ...cmpDefaults, colour: 'class', align: 'decriminalisation', reform: 'decriminalisation', index: true }
	];
	it.each(views.map((v) => [serializeCompareView(v, cmpDefaults) || '(bare)', v]))('round-trips %s', (_, v) => {
		expect(parseCompareView(serializeCompareView(v, cmpDefaults), ctx)).toEqual(v);
	});
	it('writes keys in one order whatever order the view was built in', () => {
		const v: CompareView = {
			colour: 'class',
			focus: 'PRT',
			n: 3,
			index: true,
			reform: 'thresholds',
			align: 'thresholds',
			scale: 'log',
			to: 2010,
			from: 2000,
			indicator: 'emcdda',
			countries: ['PRT', 'SWE']
		};
		expect(serializeCompareView(v, cmpDefaults)).toBe(
			'countries=PRT~SWE&indicator=emcdda&from=2000&to=2010&scale=log&align=thresholds&index=1&n=3&focus=PRT&colour=class'
		);
	});
	it.each(HOSTILE)('hostile query %j gives a valid view and never throws', (q) => {
		const v = parseCompareView(q, ctx);
		expect(parseCompareView(serializeCompareView(v, cmpDefaults), ctx)).toEqual(v);
		expect(v.countries.length).toBeGreaterThan(0);
		expect(v.countries.every((c) => places.includes(c))).toBe(true);
		expect(v.n).toBeGreaterThanOrEqual(1);
		expect(v.n).toBeLessThanOrEqual(15);
	});
	it('`countries=~~~` is the default set; an unknown key is ignored', () => {
		expect(parseCompareView('countries=~~~&colour=red', ctx)).toEqual(cmpDefaults);
	});
	it('repeated keys: the first counts', () => {
		expect(parseCompareView('countries=SWE&countries=PRT&n=3&n=4', ctx)).toMatchObject({ countries: ['SWE'], n: 3 });
	});
});
