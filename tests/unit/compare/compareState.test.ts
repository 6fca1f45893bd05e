import { describe, expect, it } from 'vitest';
import {
	compareHref,
	MAX_COUNTRIES,
	parseCompareView,
	serializeCompareView,
	type CompareContext,
	type CompareView
} from '../../../src/lib/state/compareState.ts';

const defaults: CompareView = {
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
	defaults
};
const parse = (q: string) => parseCompareView(q, ctx);

describe('parseCompareView', () => {
	it('gives the default view for an empty query', () => {
		expect(parse('')).toEqual(defaults);
	});
	it('reads every field', () => {
		expect(
			parse(
				'countries=PRT~CZE&indicator=emcdda&from=1995&to=2015&scale=log&align=decriminalisation&index=1&n=7&focus=CZE&colour=class'
			)
		).toEqual({
			countries: ['PRT', 'CZE'],
			indicator: 'emcdda',
			from: 1995,
			to: 2015,
			scale: 'log',
			align: 'decriminalisation',
			reform: 'decriminalisation',
			index: true,
			n: 7,
			focus: 'CZE',
			colour: 'class'
		});
	});
	it('accepts lower-case codes and sub-national codes, drops unknown and duplicate ones', () => {
		expect(parse('countries=prt~XXX~gb-sct~PRT').countries).toEqual(['PRT', 'GB-SCT']);
	});
	it('falls back to the default countries when none is valid', () => {
		expect(parse('countries=ZZZ~%3Cscript%3E').countries).toEqual(defaults.countries);
	});
	it(`keeps at most ${MAX_COUNTRIES} places`, () => {
		expect(parse(`countries=${places.join('~')}`).countries).toHaveLength(MAX_COUNTRIES);
	});
	it('falls back to the default indicator when the URL names an unknown one', () => {
		expect(parse('indicator=nope').indicator).toBe('gbd');
	});
	it.each([
		['from=abc', { from: null }],
		['from=1800', { from: null }],
		['from=2010&to=2000', { from: null, to: null }],
		['scale=cubic', { scale: 'linear' }],
		['align=<b>', { align: 'none' }],
		['n=0', { n: 5 }],
		['n=99', { n: 5 }],
		['n=2.5', { n: 5 }],
		['index=maybe', { index: false }],
		['focus=USA', { focus: null }],
		['colour=Class', { colour: 'country' }],
		['colour=policy', { colour: 'country' }],
		['colour=', { colour: 'country' }]
	])('falls back on a bad value: %s', (q, expected) => {
		expect(parse(q)).toMatchObject(expected);
	});
	it('uses the align definition as the reform when aligned, else `reform`', () => {
		expect(parse('align=thresholds&reform=consumption_rooms').reform).toBe('thresholds');
		expect(parse('reform=consumption_rooms').reform).toBe('consumption_rooms');
		expect(parse('reform=bogus').reform).toBe('decriminalisation');
	});
	it('migrates old spellings: country=, comma lists, scale=logarithmic', () => {
		expect(parse('country=PRT,CZE').countries).toEqual(['PRT', 'CZE']);
		expect(parse('scale=logarithmic').scale).toBe('log');
	});
	it('migrates reform ids from before the kinds of reform: an event type to its kind, possession_reform to thresholds', () => {
		expect(parse('align=dcr_opened')).toMatchObject({ align: 'consumption_rooms', reform: 'consumption_rooms' });
		expect(parse('reform=dcr_trial').reform).toBe('consumption_rooms');
		expect(parse('align=possession_reform')).toMatchObject({ align: 'thresholds', reform: 'thresholds' });
		expect(parse('align=threshold_quantities').align).toBe('thresholds');
		expect(parse('align=decriminalisation_de_facto').align).toBe('decriminalisation');
		// A type in no kind, or a kind not offered here (no event of it), falls back to the default.
		expect(parse('align=strategy').align).toBe('none');
		expect(parse('align=hat_trial').align).toBe('none');
		expect(parse('align=none&reform=possession_reform')).toMatchObject({ align: 'none', reform: 'thresholds' });
		// The URL written back uses the kind, so the old id is not carried on.
		expect(serializeCompareView(parse('align=dcr_opened'), defaults)).toBe('align=consumption_rooms');
	});
});

describe('serializeCompareView', () => {
	it('omits defaults: the default view is the bare URL', () => {
		expect(serializeCompareView(defaults, defaults)).toBe('');
	});
	it('writes countries as a readable ~-joined list', () => {
		expect(
			serializeCompareView(
				{ ...defaults, countries: ['PRT', 'CZE'], align: 'decriminalisation', reform: 'decriminalisation' },
				defaults
			)
		).toBe('countries=PRT~CZE&align=decriminalisation');
	});
	it('round-trips any valid view', () => {
		const views: CompareView[] = [
			{ ...defaults, countries: ['SWE', 'GB-SCT'], indicator: 'emcdda', from: 2000, to: 2010, scale: 'log', n: 3 },
			{ ...defaults, align: 'consumption_rooms', reform: 'consumption_rooms', index: true, focus: 'CZE' },
			{ ...defaults, reform: 'thresholds' },
			{ ...defaults, colour: 'class' }
		];
		for (const v of views) expect(parse(serializeCompareView(v, defaults))).toEqual(v);
	});
	it('writes colour=class only when lines are coloured by class; a URL without it keeps working as before', () => {
		expect(serializeCompareView({ ...defaults, colour: 'class' }, defaults)).toBe('colour=class');
		expect(serializeCompareView({ ...defaults, colour: 'country' }, defaults)).toBe('');
		const old = 'countries=PRT~CZE&align=decriminalisation';
		expect(parse(old)).toEqual({
			...defaults,
			countries: ['PRT', 'CZE'],
			align: 'decriminalisation',
			reform: 'decriminalisation',
			colour: 'country'
		});
		expect(serializeCompareView(parse(old), defaults)).toBe(old);
		// A bad colour spoils nothing else.
		expect(parse('countries=SWE&colour=rainbow&scale=log')).toEqual({
			...defaults,
			countries: ['SWE'],
			scale: 'log'
		});
	});
	it('builds compare links for country pages', () => {
		expect(compareHref('', ['PRT', 'ESP'], 'gbd')).toBe('/compare?countries=PRT~ESP&indicator=gbd');
	});
});
