/**
 * The approaches scatter's points: values taken in the year or the latest of the few years before (the year kept),
 * the services count from the policy table, the GDPI score as its own measure, and countries without an x or a y
 * value listed instead of drawn. Hand-made rows first, then the real data/ rows for one country-year.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
	gdpiScore,
	MAX_LAG,
	scatterPoints,
	servicesPresent,
	valueNear,
	type ScatterPolicy
} from '../../../src/lib/stats/approachScatter.ts';
import { approachClassifier } from '../../../src/lib/stats/approachRules.ts';
import { approachesSlice } from '../../../src/lib/server/slices/approaches.ts';

function policy(iso3: string, facts: Partial<ScatterPolicy>): ScatterPolicy {
	const blank = Object.fromEntries(
		[
			'possession_status',
			'possession_status_ref',
			'possession_year',
			'possession_year_ref',
			'possession_caveat',
			'oat',
			'oat_ref',
			'oat_since',
			'oat_since_ref',
			'nsp',
			'nsp_ref',
			'nsp_since',
			'nsp_since_ref',
			'hat',
			'hat_ref',
			'hat_since',
			'hat_since_ref',
			'death_penalty_drugs',
			'death_penalty_drugs_ref',
			'dcr',
			'dcr_since',
			'drug_checking',
			'naloxone',
			'gdpi2021_score'
		].map((k) => [k, ''])
	) as unknown as ScatterPolicy;
	return { ...blank, iso3, ...facts };
}

describe('valueNear', () => {
	const rows = [
		{ iso3: 'AAA', year: 2013, value: 1 },
		{ iso3: 'AAA', year: 2015, value: 2 },
		{ iso3: 'AAA', year: 2019, value: 9 },
		{ iso3: 'BBB', year: 2017, value: 5 }
	];
	it('takes the year itself when it has a value', () => {
		expect(valueNear(rows, 'BBB', 2017)).toEqual({ value: 5, year: 2017 });
	});
	it(`else the latest of the ${MAX_LAG} years before, with its year; never a later year`, () => {
		expect(valueNear(rows, 'AAA', 2017)).toEqual({ value: 2, year: 2015 });
		expect(valueNear(rows, 'AAA', 2018)).toEqual({ value: 2, year: 2015 });
		expect(valueNear(rows, 'AAA', 2012)).toBeNull();
	});
	it('nothing within the window is null (no interpolation, no reaching further back)', () => {
		expect(valueNear(rows, 'AAA', 2019 + 0)).toEqual({ value: 9, year: 2019 });
		expect(valueNear(rows, 'AAA', 2012 + MAX_LAG + 3)).toEqual({ value: 2, year: 2015 });
		expect(valueNear(rows, 'CCC', 2017)).toBeNull();
	});
});

describe('servicesPresent', () => {
	const p = policy('AAA', {
		oat: 'yes',
		oat_since: '2000',
		nsp: 'yes',
		hat: 'trial',
		hat_since: '2010',
		dcr: 'yes',
		dcr_since: '2005',
		drug_checking: '',
		naloxone: 'yes'
	});
	it('counts a dated service from its start year on', () => {
		expect(servicesPresent(p, 1999)).toEqual(['nsp', 'naloxone']);
		expect(servicesPresent(p, 2005)).toEqual(['oat', 'nsp', 'dcr', 'naloxone']);
		expect(servicesPresent(p, 2010)).toEqual(['oat', 'nsp', 'hat', 'dcr', 'naloxone']);
	});
	it('a blank cell is not counted, and "no" is not counted', () => {
		expect(servicesPresent(policy('BBB', { oat: 'no', nsp: '' }), 2017)).toEqual([]);
	});
});

describe('gdpiScore', () => {
	it('reads a number and refuses anything else', () => {
		expect(gdpiScore({ gdpi2021_score: '70' })).toBe(70);
		expect(gdpiScore({ gdpi2021_score: '' })).toBeNull();
		expect(gdpiScore({ gdpi2021_score: 'n/a' })).toBeNull();
	});
});

describe('scatterPoints', () => {
	const policies = [
		policy('AAA', { oat: 'yes', nsp: 'yes', gdpi2021_score: '60' }),
		policy('BBB', { oat: 'yes', gdpi2021_score: '' }),
		policy('CCC', { oat: 'no' })
	];
	const byIso = new Map(policies.map((p) => [p.iso3, p]));
	const base = {
		countries: ['AAA', 'BBB', 'CCC'],
		year: 2017,
		groupOf: (iso3: string) => (iso3 === 'AAA' ? 'g1' : 'g2'),
		policyOf: (iso3: string) => byIso.get(iso3),
		y: [
			{ iso3: 'AAA', year: 2017, value: 3 },
			{ iso3: 'BBB', year: 2016, value: 4 }
		]
	};
	it('services: x is the count, y the outcome near the year; a country with no outcome is listed in noY', () => {
		const r = scatterPoints({ ...base, measure: 'services' });
		expect(r.points).toEqual([
			{ iso3: 'AAA', group: 'g1', x: { value: 2, year: 2017 }, y: { value: 3, year: 2017 }, services: ['oat', 'nsp'] },
			{ iso3: 'BBB', group: 'g2', x: { value: 1, year: 2017 }, y: { value: 4, year: 2016 }, services: ['oat'] }
		]);
		expect(r.noY).toEqual(['CCC']);
	});
	it('gdpi: its own year (2021), a country without a score is listed in noX, never given one', () => {
		const r = scatterPoints({ ...base, measure: 'gdpi' });
		expect(r.points.map((p) => [p.iso3, p.x])).toEqual([['AAA', { value: 60, year: 2021 }]]);
		expect(r.noX).toEqual(['BBB']);
	});
	it('class: no numeric x, every country with an outcome is a point in its group', () => {
		const r = scatterPoints({ ...base, measure: 'class' });
		expect(r.points.map((p) => [p.iso3, p.group, p.x])).toEqual([
			['AAA', 'g1', null],
			['BBB', 'g2', null]
		]);
	});
});

describe('scatterPoints on data/', () => {
	const csv = (f: string) =>
		Papa.parse<Record<string, string>>(readFileSync(f, 'utf8'), { header: true, skipEmptyLines: true }).data;
	it(
		'Portugal 2017: OST clients per 1,000 and GBD 2019 deaths are the rows in data/, in the class of 2017',
		{ timeout: 30_000 },
		() => {
			const slice = approachesSlice('en');
			const c = approachClassifier(slice.policies, slice.events);
			const ost = csv('data/observations/emcdda_ost_clients_rate.csv').find(
				(r) => r.iso3 === 'PRT' && r.year === '2017'
			)!;
			const gbd = csv('data/observations/gbd2019_drug_disorder_death_rate.csv').find(
				(r) => r.iso3 === 'PRT' && r.year === '2017'
			)!;
			const r = scatterPoints({
				countries: c.countries,
				year: 2017,
				measure: 'ost',
				groupOf: c.groupOf('design'),
				policyOf: (iso3) => slice.policies.find((p) => p.iso3 === iso3),
				y: slice.outcomeRows.gbd2019_drug_disorder_death_rate!,
				xRows: slice.xRows.emcdda_ost_clients_rate!
			});
			const prt = r.points.find((p) => p.iso3 === 'PRT')!;
			expect(prt.x).toEqual({ value: Number(ost.value), year: 2017 });
			expect(prt.y).toEqual({ value: Number(gbd.value), year: 2017 });
			expect(prt.group).toBe('health_led');
			// Countries outside Europe have no EMCDDA OST value: listed, not drawn.
			expect(r.noX).toContain('USA');
			expect(r.points.some((p) => p.iso3 === 'USA')).toBe(false);
		}
	);
});
