import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indicators, MARKED_NOTE, run, sources, type Workbooks } from '../../../scripts/import/emcdda.ts';
import { loadPlaces } from '../../../scripts/import/lib/places.ts';
import { readWorldBankApiCsv, readWorldBankLongCsv } from '../../../scripts/import/lib/population.ts';

const places = loadPlaces('data');
/**
 * Rows of the 20 EMCDDA sheets as read-excel-file returns them: the real 2014–2017 columns for Estonia, Portugal and
 * Sweden, with synthetic changes: Sweden 2014 60–64 blanked, a "Narnia" row in DRD-36, Portugal 2014 cannabis supply
 * set to "n/a!", a blank spacer row in DLO-03-2.
 */
const books = (): Workbooks => JSON.parse(readFileSync('tests/fixtures/import/emcdda/sheets.json', 'utf8'));
const pop1564 = readWorldBankApiCsv(
	readFileSync('tests/fixtures/import/emcdda/API_SP.POP.1564.TO_fixture.csv', 'utf8'),
	'pop1564.csv',
	'SP.POP.1564.TO'
);
const popTotal = readWorldBankLongCsv(
	readFileSync('tests/fixtures/import/emcdda/population.csv', 'utf8'),
	'population.csv'
);

describe('EMCDDA importer', () => {
	const result = run(books(), pop1564, popTotal, places, 'emcdda');
	const o = result.observations;
	const unplaced = result.unplaced.join('\n');

	it('sums the ten age groups 15–64 (DRD-36…DRD-45), flagged derived', () => {
		expect(o.emcdda_drug_induced_deaths_15_64!.find((r) => r.iso3 === 'EST' && r.year === 2017)).toEqual({
			iso3: 'EST',
			year: 2017,
			value: 110,
			flag: 'derived',
			source_id: 'emcdda-statistical-bulletin-2019',
			note: ''
		});
		expect(o.emcdda_drug_induced_deaths_15_64!.find((r) => r.iso3 === 'SWE' && r.year === 2017)?.value).toBe(574);
	});

	it('recomputes the rate per million aged 15–64 from the counts and the World Bank population', () => {
		// Estonia 2017: 1+6+21+24+27+21+7+2+1+0 = 110 deaths; 110 / 846 512 × 1e6 = 129.94… → 129.9
		const est = o.emcdda_drug_induced_death_rate_15_64!.find((r) => r.iso3 === 'EST' && r.year === 2017)!;
		expect(est.value).toBe(129.9);
		expect(est.value).toBe(Math.round((110 / 846512) * 1e6 * 10) / 10);
		expect(est.flag).toBe('derived');
		expect(est.source_id).toBe('emcdda-statistical-bulletin-2019');
		expect(est.note).toContain('110 deaths aged 15–64 ÷ 846512 people aged 15–64');
		// Portugal 2016: 30 / 6 700 209 × 1e6 = 4.477… → 4.5
		expect(o.emcdda_drug_induced_death_rate_15_64!.find((r) => r.iso3 === 'PRT' && r.year === 2016)?.value).toBe(4.5);
	});

	it('gives no 15–64 value when any age group is blank, and says so', () => {
		expect(o.emcdda_drug_induced_deaths_15_64!.some((r) => r.iso3 === 'SWE' && r.year === 2014)).toBe(false);
		expect(o.emcdda_drug_induced_death_rate_15_64!.some((r) => r.iso3 === 'SWE' && r.year === 2014)).toBe(false);
		expect(unplaced).toMatch(/Sweden \(SWE\): not every age group reported in 2014 \(60–64 blank\)/);
		expect(unplaced).toMatch(/summary: 1 country-years with some but not all/);
		// Portugal 2017 is blank in every table: missing, not 0, and not a partial year
		expect(o.emcdda_drug_induced_deaths_15_64!.some((r) => r.iso3 === 'PRT' && r.year === 2017)).toBe(false);
		expect(o.emcdda_drug_induced_deaths_male!.some((r) => r.iso3 === 'PRT' && r.year === 2017)).toBe(false);
	});

	it('drops a false zero (every age group 0, the sex tables give deaths) and says why, in the report and the caveat', () => {
		// As the Netherlands 1995 in the real tables: all ten age groups 0, males + females 70.
		const b = books();
		for (const [file, book] of Object.entries(b))
			if (file.startsWith('drugDeaths/deaths')) book.rows.find((r) => r[0] === 'Estonia')![3] = 0; // 2015
		const r = run(b, pop1564, popTotal, places, 'emcdda');
		expect(r.observations.emcdda_drug_induced_deaths_15_64!.some((x) => x.iso3 === 'EST' && x.year === 2015)).toBe(
			false
		);
		expect(r.observations.emcdda_drug_induced_death_rate_15_64!.some((x) => x.iso3 === 'EST' && x.year === 2015)).toBe(
			false
		);
		expect(
			r.observations.emcdda_drug_induced_deaths_male!.find((x) => x.iso3 === 'EST' && x.year === 2015)?.value
		).toBe(76); // as published
		const males = 76;
		const females = r.observations.emcdda_drug_induced_deaths_female!.find(
			(x) => x.iso3 === 'EST' && x.year === 2015
		)!.value;
		expect(r.unplaced.join('\n')).toContain(
			`Estonia (EST) 2015: dropped: all ten age groups 15–64 are 0 while DRD-31/DRD-32 give ${males} males + ${females} females = ${males + females} deaths; the ages were not reported (a false zero)`
		);
		expect(r.caveats!.emcdda_drug_induced_deaths_15_64).toBe(
			`Left out as a false zero: Estonia 2015 (all ten age groups published as 0 while the sex tables give ${males + females} deaths: ages not reported).`
		);
		expect(r.caveats!.emcdda_drug_induced_death_rate_15_64).toBe(r.caveats!.emcdda_drug_induced_deaths_15_64);
		// A true zero (no deaths in any table) stays: Portugal's 15–19 zeros are real values inside a positive sum.
		expect(result.caveats!.emcdda_drug_induced_deaths_15_64 ?? '').not.toMatch(/false zero/);
	});

	it('counts the country-years where the age-group and sex tables disagree, in the caveat', () => {
		expect(result.caveats).toEqual({}); // the fixture's real rows agree
		const b = books();
		const sex = (file: string) => b[file]!.rows.find((r) => r[0] === 'Sweden *')!;
		for (const file of ['drugDeaths/maleDeaths.xlsx', 'drugDeaths/femaleDeaths.xlsx']) {
			sex(file)[1] = 1; // 2017
			sex(file)[2] = 1; // 2016
		}
		const r = run(b, pop1564, popTotal, places, 'emcdda');
		const text =
			'EMCDDA\'s age-group and sex tables disagree in 2 country-years, where the age groups 15–64 add up to more than males + females of all ages: Sweden 2016–2017. Those rows carry a "Check before quoting" note.';
		expect(r.caveats!.emcdda_drug_induced_deaths_15_64).toBe(text);
		expect(r.caveats!.emcdda_drug_induced_deaths_male).toBe(text);
		expect(r.caveats!.emcdda_drug_induced_deaths_female).toBe(text);
		expect(
			r.observations.emcdda_drug_induced_deaths_15_64!.find((x) => x.iso3 === 'SWE' && x.year === 2017)?.note
		).toMatch(/^Check before quoting: the age groups 15–64 add up to 574/);
	});

	it('keeps the counts by sex as published and notes EMCDDA asterisks', () => {
		expect(o.emcdda_drug_induced_deaths_male!.find((r) => r.iso3 === 'EST' && r.year === 2016)).toEqual({
			iso3: 'EST',
			year: 2016,
			value: 92,
			flag: '',
			source_id: 'emcdda-statistical-bulletin-2019',
			note: ''
		});
		expect(o.emcdda_drug_induced_deaths_female!.find((r) => r.iso3 === 'SWE' && r.year === 2015)).toMatchObject({
			value: 175,
			note: MARKED_NOTE
		});
		expect(o.emcdda_drug_induced_death_rate_15_64!.find((r) => r.iso3 === 'SWE' && r.year === 2017)?.note).toContain(
			MARKED_NOTE
		);
	});

	it('keeps drug-law-offence counts as published and derives the rate per 100,000 population', () => {
		expect(o.emcdda_dlo_cannabis_use!.find((r) => r.iso3 === 'PRT' && r.year === 2017)).toEqual({
			iso3: 'PRT',
			year: 2017,
			value: 10971,
			flag: '',
			source_id: 'emcdda-statistical-bulletin-2019',
			note: ''
		});
		// 10 971 / 10 300 300 × 1e5 = 106.51… → 106.5
		expect(o.emcdda_dlo_cannabis_use_rate!.find((r) => r.iso3 === 'PRT' && r.year === 2017)).toMatchObject({
			value: 106.5,
			flag: 'derived'
		});
		expect(o.emcdda_dlo_cannabis_use!.some((r) => r.iso3 === 'EST')).toBe(false); // blank row: nothing, not zeros
		expect(Object.keys(o).some((k) => /total/.test(k))).toBe(false); // no all-drug sum
	});

	it('reports unknown names and unreadable cells with file, sheet and row', () => {
		expect(unplaced).toMatch(/emcdda\/drugDeaths\/deaths15-19\.xlsx DRD-36 row 5: "Narnia": no project code/);
		expect(unplaced).toMatch(
			/emcdda\/drugOffenses\/cannabisSuppliers\.xlsx DLO-03-3 row 3: Portugal 2014: value "n\/a!" is not a number/
		);
		expect(o.emcdda_dlo_cannabis_supply!.some((r) => r.iso3 === 'PRT' && r.year === 2014)).toBe(false);
	});

	it('throws, naming the file, when a sheet code or header changes', () => {
		const b = books();
		b['drugDeaths/deaths30-34.xlsx']!.sheet = 'DRD-99';
		expect(() => run(b, pop1564, popTotal, places, 'emcdda')).toThrow(
			/emcdda\/drugDeaths\/deaths30-34\.xlsx: sheet is "DRD-99", expected EMCDDA table code DRD-39/
		);
		const c = books();
		c['drugOffenses/heroinUsers.xlsx']!.rows[0]![2] = 'Total';
		expect(() => run(c, pop1564, popTotal, places, 'emcdda')).toThrow(
			/heroinUsers\.xlsx DLO-03-5: header cell "Total"/
		);
	});

	it('documents every indicator and source', () => {
		expect(indicators).toHaveLength(4 + 16);
		for (const i of indicators) {
			expect(o[i.indicator_id], i.indicator_id).toBeDefined();
			expect(i.derived ? i.formula : 'ok', i.indicator_id).not.toBe('');
			expect(i.caveat.length).toBeGreaterThan(50);
		}
		const rate = indicators.find((i) => i.indicator_id === 'emcdda_drug_induced_death_rate_15_64')!;
		expect(rate).toMatchObject({
			topic: 'deaths',
			better: 'lower',
			decimals: 1,
			derived: true,
			comparability: 'emcdda-drug-induced-deaths'
		});
		expect(rate.formula).toMatch(/SP\.POP\.1564\.TO/);
		const dlo = indicators.find((i) => i.indicator_id === 'emcdda_dlo_heroin_supply_rate')!;
		expect(dlo).toMatchObject({ topic: 'offences', better: '', derived: true });
		expect(dlo.caveat).toMatch(/offenders/);
		expect(sources.map((s) => s.source_id)).toEqual([
			'emcdda-statistical-bulletin-2019',
			'worldbank-wdi-sp-pop-1564-to-2025-03-24',
			'worldbank-wdi-sp-pop-totl'
		]);
	});
});
