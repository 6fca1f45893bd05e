import { describe, expect, it } from 'vitest';
import { indicators, readUnaidsDir, run } from '../../../scripts/import/unaids.ts';
import { boundsProblem, unitBounds } from '../../../src/lib/data/units.ts';
import { loadPlaces } from '../../../scripts/import/lib/places.ts';

const places = loadPlaces('data');
// Real values from both releases (PRT, NLD, FRA, CIV, UK; needles, PWID estimates and prevention coverage for CZE, POL,
// PRT, Belarus, Philippines), plus synthetic rows for unknown codes, blanks and bad values.
const files = readUnaidsDir('tests/fixtures/import/unaids');

describe('UNAIDS importer', () => {
	const result = run(files, places, 'fx');
	const o = result.observations;
	const unplaced = result.unplaced.join('\n');

	it('keeps new HIV diagnoses as published and labels them as diagnoses', () => {
		const prt = o.hiv_new_diagnoses_pwid_per_million!.filter((r) => r.iso3 === 'PRT');
		expect(prt.map((r) => [r.year, r.value])).toEqual([
			[1999, 94.9],
			[2000, 146.8],
			[2001, 99.1]
		]);
		const ind = indicators.find((i) => i.indicator_id === 'hiv_new_diagnoses_pwid_per_million')!;
		expect(ind.label).toMatch(/diagnoses/);
		expect(ind.label).not.toMatch(/infections/i);
		expect(ind.caveat).toMatch(/Portugal 2000/);
	});

	it('flags the Portugal 2000 reporting change as a break with a note', () => {
		const r = o.hiv_new_diagnoses_pwid_per_million!.find((r) => r.iso3 === 'PRT' && r.year === 2000)!;
		expect(r.flag).toBe('break');
		expect(r.note).toMatch(/reporting system/);
		expect(o.hiv_new_diagnoses_pwid_per_million!.find((r) => r.iso3 === 'NLD' && r.year === 2002)?.note).toMatch(
			/2002/
		);
		expect(o.hiv_new_diagnoses_pwid_per_million!.find((r) => r.iso3 === 'FRA' && r.year === 2003)?.note).toMatch(
			/2003/
		);
		expect(o.hiv_new_diagnoses_pwid_per_million!.find((r) => r.iso3 === 'FRA' && r.year === 2004)?.note).toBe('');
	});

	it('leaves a blank missing and reports an unreadable value', () => {
		expect(o.hiv_new_diagnoses_pwid_per_million!.some((r) => r.iso3 === 'PRT' && r.year >= 2002)).toBe(false);
		expect(unplaced).toMatch(/new_hiv_infections[^\n]*\.csv:9: area "prt" 2003: value "n\/a!" is not a number/);
		expect(unplaced).not.toMatch(/new_hiv_infections[^\n]*\.csv:8:/);
	});

	it('keeps the two prevalence releases apart', () => {
		expect(o.hiv_prevalence_pwid_unaids2014!.find((r) => r.iso3 === 'PRT')).toEqual({
			iso3: 'PRT',
			year: 2013,
			value: 18.9,
			flag: '',
			source_id: 'unaids-aidsinfo-2014',
			note: ''
		});
		expect(
			o.hiv_prevalence_pwid_unaids2019!.filter((r) => r.iso3 === 'PRT').map((r) => [r.year, r.value, r.source_id])
		).toEqual([
			[2013, 18.9, 'unaids-gam-2019'],
			[2014, 22, 'unaids-gam-2019'],
			[2016, 21.3, 'unaids-gam-2019']
		]);
	});

	it('places 2019 numeric area ids through their names, with local aliases', () => {
		expect(o.hiv_prevalence_pwid_unaids2019!.find((r) => r.iso3 === 'GBR')?.value).toBe(1);
		expect(o.hiv_prevalence_pwid_unaids2019!.find((r) => r.iso3 === 'FRO')?.value).toBe(0);
	});

	it('keeps needles per person who injects drugs as published, one indicator per release, ratios above 1 allowed', () => {
		expect(
			o.needles_per_pwid_unaids2014!.filter((r) => r.iso3 === 'POL').map((r) => [r.year, r.value, r.source_id])
		).toEqual([
			[2011, 78, 'unaids-aidsinfo-2014'],
			[2012, 47, 'unaids-aidsinfo-2014'],
			[2014, 146, 'unaids-aidsinfo-2014']
		]);
		expect(o.needles_per_pwid_unaids2019!.find((r) => r.iso3 === 'PRT' && r.year === 2014)).toEqual({
			iso3: 'PRT',
			year: 2014,
			value: 116.27124636073799,
			flag: '',
			source_id: 'unaids-gam-2019',
			note: ''
		});
		const i14 = indicators.find((i) => i.indicator_id === 'needles_per_pwid_unaids2014')!;
		const i19 = indicators.find((i) => i.indicator_id === 'needles_per_pwid_unaids2019')!;
		expect(i14.comparability).not.toBe(i19.comparability);
		expect([i14.topic, i19.topic]).toEqual(['treatment', 'treatment']);
		expect(boundsProblem(201.7, unitBounds(i19.unit)!)).toBeNull();
		expect(unplaced).toMatch(
			/number_of_needles_per_idu_total[^\n]*\.csv:7: area "unaap" 2011: aggregate "UNAIDS Region - Asia and the Pacific"/
		);
	});

	it('says in the caveat and on each row where the two releases disagree (Poland 2014: 146 vs 0)', () => {
		expect(result.caveats!.needles_per_pwid_unaids2014).toBe(
			'The two releases both hold 5 country-years (2011–2014) of needles per person who injects drugs; in 1 of them the values differ (largest gap: Poland 2014, 146 in the 2014 release, 0 in the 2019 release).'
		);
		expect(result.caveats!.needles_per_pwid_unaids2019).toBe(result.caveats!.needles_per_pwid_unaids2014);
		expect(o.needles_per_pwid_unaids2014!.find((r) => r.iso3 === 'POL' && r.year === 2014)?.note).toBe(
			'The UNAIDS 2019 release gives 0 for the same country and year'
		);
		expect(o.needles_per_pwid_unaids2019!.find((r) => r.iso3 === 'POL' && r.year === 2014)?.note).toBe(
			'The UNAIDS 2014 release gives 146 for the same country and year'
		);
		expect(o.needles_per_pwid_unaids2019!.find((r) => r.iso3 === 'POL' && r.year === 2012)?.note).toBe(''); // same value in both
		expect(result.caveats!.pwid_estimate_unaids2019).toMatch(
			/both hold 1 country-year \(2014\) .*Czechia 2014, 42700 in the 2014 release, 47700 in the 2019 release/
		);
	});

	it('files the estimated number of people who inject drugs under drug use, as a whole count; a blank stays missing', () => {
		expect(o.pwid_estimate_unaids2014).toEqual([
			{
				iso3: 'CZE',
				year: 2014,
				value: 42700,
				flag: '',
				source_id: 'unaids-aidsinfo-2014',
				note: 'The UNAIDS 2019 release gives 47700 for the same country and year'
			}
		]);
		expect(o.pwid_estimate_unaids2019!.map((r) => [r.iso3, r.year, r.value])).toEqual([
			['CZE', 2013, 42700],
			['CZE', 2014, 47700]
		]);
		const ind = indicators.find((i) => i.indicator_id === 'pwid_estimate_unaids2019')!;
		expect(ind.topic).toBe('use');
		expect(unitBounds(ind.unit)).toMatchObject({ kind: 'count', integer: true });
		expect(unplaced).not.toMatch(/size_estimate[^\n]*"pol"/);
	});

	it('keeps HIV prevention coverage (2019 only) as a percentage and lists the countries it covers', () => {
		expect(o.hiv_prevention_coverage_pwid_unaids2019!.map((r) => [r.iso3, r.year, r.value])).toEqual([
			['BLR', 2017, 67.1],
			['PHL', 2016, 51.8]
		]);
		expect(unplaced).toMatch(/coverage_of_hiv_prevention[^\n]*\.csv:4: area "55" 2018: value "abc" is not a number/);
		expect(result.caveats!.hiv_prevention_coverage_pwid_unaids2019).toBe(
			'Countries with a value (2): Belarus, Philippines.'
		);
		expect(
			unitBounds(indicators.find((i) => i.indicator_id === 'hiv_prevention_coverage_pwid_unaids2019')!.unit)
		).toMatchObject({ kind: 'share', max: 100 });
	});

	it('reports sub-national areas, aggregates and unknown ids instead of assigning them', () => {
		const civ = o.hiv_prevalence_pwid_unaids2014!.filter((r) => r.iso3 === 'CIV');
		expect(civ).toEqual([
			{ iso3: 'CIV', year: 2014, value: 5.3, flag: '', source_id: 'unaids-aidsinfo-2014', note: '' }
		]);
		expect(unplaced).toMatch(/prevalence_total[^\n]*\.csv:2: area "civ001" 2014: sub-national area "Abidjan" of /);
		expect(unplaced).toMatch(
			/area "unawcena" 2011: aggregate "UNAIDS Region - Western & Central Europe and North America"/
		);
		expect(unplaced).toMatch(/area "zzz" 2012: unknown area code/);
		expect(unplaced).toMatch(/area "116" 2012: "Channel Islands": no country code/);
		expect(unplaced).toMatch(/area "900" 2015: aggregate/);
		expect(unplaced).toMatch(/area "1" 2016: aggregate "All countries"/);
		expect(unplaced).toMatch(/area "999" 2012: numeric area id not in ddf--entities--area\.csv/);
		expect(o.hiv_prevalence_pwid_unaids2019).toHaveLength(5);
	});
});
