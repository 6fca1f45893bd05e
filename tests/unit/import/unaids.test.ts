import { describe, expect, it } from 'vitest';
import { indicators, readUnaidsDir, run } from '../../../scripts/import/unaids.ts';
import { loadPlaces } from '../../../scripts/import/lib/places.ts';

const places = loadPlaces('data');
// Real values from both releases (PRT, NLD, FRA, CIV, UK), plus synthetic rows for unknown codes, blanks and bad values.
const files = readUnaidsDir('tests/fixtures/import/unaids');

describe('UNAIDS importer', () => {
	const result = run(files, places, 'fx');
	const o = result.observations;
	const unplaced = result.unplaced.join('\n');

	it('keeps new HIV diagnoses as published and labels them as diagnoses', () => {
		const prt = o.hiv_new_diagnoses_pwid_per_million!.filter((r) => r.iso3 === 'PRT');
		expect(prt.map((r) => [r.year, r.value])).toEqual([[1999, 94.9], [2000, 146.8], [2001, 99.1]]);
		const ind = indicators.find((i) => i.indicator_id === 'hiv_new_diagnoses_pwid_per_million')!;
		expect(ind.label).toMatch(/diagnoses/);
		expect(ind.label).not.toMatch(/infections/i);
		expect(ind.caveat).toMatch(/Portugal 2000/);
	});

	it('flags the Portugal 2000 reporting change as a break with a note', () => {
		const r = o.hiv_new_diagnoses_pwid_per_million!.find((r) => r.iso3 === 'PRT' && r.year === 2000)!;
		expect(r.flag).toBe('break');
		expect(r.note).toMatch(/reporting system/);
		expect(o.hiv_new_diagnoses_pwid_per_million!.find((r) => r.iso3 === 'NLD' && r.year === 2002)?.note).toMatch(/2002/);
		expect(o.hiv_new_diagnoses_pwid_per_million!.find((r) => r.iso3 === 'FRA' && r.year === 2003)?.note).toMatch(/2003/);
		expect(o.hiv_new_diagnoses_pwid_per_million!.find((r) => r.iso3 === 'FRA' && r.year === 2004)?.note).toBe('');
	});

	it('leaves a blank missing and reports an unreadable value', () => {
		expect(o.hiv_new_diagnoses_pwid_per_million!.some((r) => r.iso3 === 'PRT' && r.year >= 2002)).toBe(false);
		expect(unplaced).toMatch(/new_hiv_infections[^\n]*\.csv:9: area "prt" 2003: value "n\/a!" is not a number/);
		expect(unplaced).not.toMatch(/new_hiv_infections[^\n]*\.csv:8:/);
	});

	it('keeps the two prevalence releases apart', () => {
		expect(o.hiv_prevalence_pwid_unaids2014!.find((r) => r.iso3 === 'PRT')).toEqual({
			iso3: 'PRT', year: 2013, value: 18.9, flag: '', source_id: 'unaids-aidsinfo-2014', note: ''
		});
		expect(o.hiv_prevalence_pwid_unaids2019!.filter((r) => r.iso3 === 'PRT').map((r) => [r.year, r.value, r.source_id])).toEqual([
			[2013, 18.9, 'unaids-gam-2019'], [2014, 22, 'unaids-gam-2019'], [2016, 21.3, 'unaids-gam-2019']
		]);
	});

	it('places 2019 numeric area ids through their names, with local aliases', () => {
		expect(o.hiv_prevalence_pwid_unaids2019!.find((r) => r.iso3 === 'GBR')?.value).toBe(1);
		expect(o.hiv_prevalence_pwid_unaids2019!.find((r) => r.iso3 === 'FRO')?.value).toBe(0);
	});

	it('reports sub-national areas, aggregates and unknown ids instead of assigning them', () => {
		const civ = o.hiv_prevalence_pwid_unaids2014!.filter((r) => r.iso3 === 'CIV');
		expect(civ).toEqual([{ iso3: 'CIV', year: 2014, value: 5.3, flag: '', source_id: 'unaids-aidsinfo-2014', note: '' }]);
		expect(unplaced).toMatch(/prevalence_total[^\n]*\.csv:2: area "civ001" 2014: sub-national area "Abidjan" of /);
		expect(unplaced).toMatch(/area "unawcena" 2011: aggregate "UNAIDS Region - Western & Central Europe and North America"/);
		expect(unplaced).toMatch(/area "zzz" 2012: unknown area code/);
		expect(unplaced).toMatch(/area "116" 2012: "Channel Islands": no country code/);
		expect(unplaced).toMatch(/area "900" 2015: aggregate/);
		expect(unplaced).toMatch(/area "1" 2016: aggregate "All countries"/);
		expect(unplaced).toMatch(/area "999" 2012: numeric area id not in ddf--entities--area\.csv/);
		expect(o.hiv_prevalence_pwid_unaids2019).toHaveLength(5);
	});
});
