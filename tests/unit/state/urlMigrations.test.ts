/**
 * The one list of URL migrations: ordered by version, each with a note, each one keeping an old link style working
 * (checked here through the views that read it), and none of them changing a link written today.
 */
import { describe, expect, it } from 'vitest';
import { migrateQuery, URL_MIGRATIONS } from '../../../src/lib/state/urlMigrations.ts';
import { parseMapState, serializeMapState, type MapCatalogue } from '../../../src/lib/state/mapState.ts';
import {
	parseCompareView,
	serializeCompareView,
	type CompareContext,
	type CompareView
} from '../../../src/lib/state/compareState.ts';
import { REFORM_KIND_IDS } from '../../../src/lib/stats/reformKinds.ts';

const cat: MapCatalogue = {
	defaultIndicator: 'deaths',
	indicators: [
		{ indicator_id: 'deaths', years: [1990, 2019] },
		{ indicator_id: 'prison', years: [2005, 2012] }
	]
};
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
const ctx: CompareContext = {
	indicators: ['gbd', 'emcdda'],
	places: ['PRT', 'CZE', 'NOR', 'SWE', 'CHE'],
	alignments: [...REFORM_KIND_IDS],
	defaults
};

describe('URL_MIGRATIONS', () => {
	it('has strictly increasing versions, each with a note', () => {
		const versions = URL_MIGRATIONS.map((m) => m.version);
		expect(versions).toEqual([...versions].sort((a, b) => a - b));
		expect(new Set(versions).size).toBe(versions.length);
		for (const m of URL_MIGRATIONS) expect(m.note.length, String(m.version)).toBeGreaterThan(10);
	});

	// One old link per migration, by version: the query, the view that reads it, and what it must open.
	const OLD: [number, string, () => unknown, unknown][] = [
		[1, 'ind=prison', () => parseMapState('ind=prison', cat).indicator, 'prison'],
		[2, 'time=2010', () => parseMapState('time=2010', cat).year, 2010],
		[
			3,
			'region=eu',
			() => ['eu', 'EUR', 'america', 'the-americas', 'global'].map((r) => parseMapState(`region=${r}`, cat).region),
			['europe', 'europe', 'americas', 'americas', 'world']
		],
		[
			4,
			'country=PRT,CZE',
			() =>
				['country=PRT,CZE', 'countries=PRT+SWE', 'countries=prt%20nor', 'country=CHE'].map(
					(q) => parseCompareView(q, ctx).countries
				),
			[['PRT', 'CZE'], ['PRT', 'SWE'], ['PRT', 'NOR'], ['CHE']]
		],
		[
			5,
			'scale=logarithmic',
			() => ['logarithmic', 'log10', 'LIN'].map((s) => parseCompareView(`scale=${s}`, ctx).scale),
			['log', 'log', 'linear']
		],
		[
			6,
			'align=hat_trial',
			() => [
				parseCompareView('align=hat_trial', ctx).align,
				parseCompareView('reform=dcr_opened', ctx).reform,
				parseCompareView('align=possession_reform', ctx).align
			],
			['heroin_assisted_treatment', 'consumption_rooms', 'thresholds']
		]
	];
	it('keeps an old link of every migration working', () => {
		expect(OLD.map((o) => o[0])).toEqual(URL_MIGRATIONS.map((m) => m.version));
	});
	it.each(OLD)('migration %i: %s', (_, __, read, expected) => {
		expect(read()).toEqual(expected);
	});
	it.each(OLD)('migration %i alone rewrites %s', (version, q) => {
		const m = URL_MIGRATIONS.find((x) => x.version === version)!;
		const p = new URLSearchParams(q);
		m.apply(p);
		expect(p.toString()).not.toBe(new URLSearchParams(q).toString());
	});

	it('an old key does not override the new one when both are given', () => {
		expect(parseMapState('indicator=deaths&ind=prison', cat).indicator).toBe('deaths');
		expect(parseMapState('year=2000&time=2010', cat).year).toBe(2000);
	});

	it('changes nothing in links written today (map and compare)', () => {
		const written = [
			serializeMapState(
				{ indicator: 'prison', year: 2008, region: 'americas', mode: 'change', from: 2006, layer: 'policy' },
				cat
			),
			serializeMapState(
				{ indicator: 'deaths', year: 2001, region: 'europe', mode: 'latest', from: 1991, layer: 'none' },
				cat
			),
			serializeCompareView(
				{
					...defaults,
					countries: ['PRT', 'SWE'],
					indicator: 'emcdda',
					from: 2000,
					to: 2010,
					scale: 'log',
					align: 'thresholds',
					reform: 'thresholds',
					index: true,
					n: 3,
					focus: 'PRT'
				},
				defaults
			),
			serializeCompareView({ ...defaults, scale: 'log', reform: 'heroin_assisted_treatment' }, defaults)
		];
		for (const q of written) expect(migrateQuery(q).toString(), q).toBe(new URLSearchParams(q).toString());
	});

	it('does not change the query it is given', () => {
		const p = new URLSearchParams('ind=prison');
		migrateQuery(p);
		expect(p.toString()).toBe('ind=prison');
	});
});
