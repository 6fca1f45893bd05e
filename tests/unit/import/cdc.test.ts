import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countSourceChecks, indicators, run, sources } from '../../../scripts/import/cdc.ts';
import { loadPlaces } from '../../../scripts/import/lib/places.ts';

const places = loadPlaces('data');
const hus = readFileSync('tests/fixtures/import/cdc/hus.csv', 'utf8');
const briefs = readFileSync('tests/fixtures/import/cdc/briefs.csv', 'utf8');

describe('CDC/NCHS importer', () => {
	const result = run(hus, briefs, places, 'hus.csv', 'briefs.csv');
	const rate = result.observations.cdc_overdose_death_rate!;
	const deaths = result.observations.cdc_overdose_deaths!;
	const synth = result.observations.cdc_synthetic_opioid_death_rate!;
	const text = result.unplaced.join('\n');

	it('takes 1999–2018 national age-adjusted rates from the Health, United States table', () => {
		expect(rate.find((r) => r.year === 1999)).toEqual({
			iso3: 'USA',
			year: 1999,
			value: 6.1,
			flag: '',
			source_id: 'cdc-nchs-hus-95ax-ymtc',
			note: ''
		});
		expect(rate.find((r) => r.year === 2017)?.value).toBe(21.7);
		expect(synth.find((r) => r.year === 2017)).toMatchObject({ value: 9, source_id: 'cdc-nchs-hus-95ax-ymtc' });
		// crude rate (21.6), heroin (4.9) and the male row (8.2) must not leak in
		expect(rate.filter((r) => r.year === 2017)).toHaveLength(1);
		expect(rate.some((r) => r.value === 8.2)).toBe(false);
	});

	it('names the data brief covering each later year as the row source', () => {
		expect(rate.find((r) => r.year === 2019)).toEqual({
			iso3: 'USA',
			year: 2019,
			value: 21.6,
			flag: '',
			source_id: 'cdc-nchs-db394',
			note: ''
		});
		expect(rate.find((r) => r.year === 2020)).toMatchObject({ value: 28.3, source_id: 'cdc-nchs-db428' });
		expect(rate.find((r) => r.year === 2023)).toMatchObject({ value: 31.3, source_id: 'cdc-nchs-db522' });
		expect(deaths).toEqual([
			{ iso3: 'USA', year: 2019, value: 70630, flag: '', source_id: 'cdc-nchs-db394', note: '' },
			{ iso3: 'USA', year: 2023, value: 105007, flag: '', source_id: 'cdc-nchs-db522', note: '' }
		]);
		for (const rows of Object.values(result.observations)) {
			for (const r of rows) expect(sources.map((s) => s.source_id)).toContain(r.source_id);
		}
	});

	it('checks that every death count names the Data Brief of its own year', () => {
		expect(countSourceChecks(result)).toEqual([]);
		// The 2023 count attributed to the 2022 brief (No. 491, data to 2022) is caught.
		const wrong = run(
			hus,
			briefs.replace(
				/(2023,drug_overdose_deaths_all,105007,[^\n]*?)NCHS Data Brief No\. 522/,
				'$1NCHS Data Brief No. 491'
			),
			places,
			'hus.csv',
			'briefs.csv'
		);
		expect(wrong.observations.cdc_overdose_deaths!.find((r) => r.year === 2023)?.source_id).toBe('cdc-nchs-db491');
		expect(countSourceChecks(wrong)).toEqual([
			'cdc_overdose_deaths 2023: source cdc-nchs-db491 is not the NCHS Data Brief for 2023'
		]);
	});

	it('keeps the HUS row for 2018 and reports whether the brief agrees', () => {
		const y2018 = rate.filter((r) => r.year === 2018);
		expect(y2018).toEqual([
			{ iso3: 'USA', year: 2018, value: 20.7, flag: '', source_id: 'cdc-nchs-hus-95ax-ymtc', note: '' }
		]);
		expect(text).toMatch(
			/briefs\.csv:2: cdc_overdose_death_rate 2018 = 20\.7 \(cdc-nchs-db394\).*values agree; kept the HUS row/
		);
		const changed = run(
			hus,
			briefs.replace('2018,drug_overdose_death_rate_all,20.7', '2018,drug_overdose_death_rate_all,20.8'),
			places,
			'hus.csv',
			'briefs.csv'
		);
		expect(changed.unplaced.join('\n')).toMatch(/2018 = 20\.8 .*values DISAGREE/);
		expect(changed.observations.cdc_overdose_death_rate!.find((r) => r.year === 2018)?.value).toBe(20.7);
	});

	it('prefers the brief covering the year and notes when a figure comes from a later brief', () => {
		expect(synth.find((r) => r.year === 2021)).toMatchObject({ value: 21.8, source_id: 'cdc-nchs-db457', note: '' });
		expect(text).toMatch(
			/briefs\.csv:10: cdc_synthetic_opioid_death_rate 2021 = 21\.8 \(cdc-nchs-db491\) also published in cdc-nchs-db457.*values agree/
		);
		expect(synth.find((r) => r.year === 2019)).toMatchObject({ value: 11.4, source_id: 'cdc-nchs-db428' });
		expect(synth.find((r) => r.year === 2019)?.note).toMatch(/Data Brief 428/);
		expect(synth.find((r) => r.year === 2020)?.note).toBe('');
	});

	it('keeps the 2023 synthetic-opioid figure only as a flagged secondary row with its own source', () => {
		const y2023 = synth.find((r) => r.year === 2023)!;
		expect(y2023).toMatchObject({ value: 22.2, flag: 'secondary', source_id: 'hmp-pcn-2024-db522-summary' });
		expect(y2023.note).toMatch(/Secondary source/);
		expect(sources.find((s) => s.source_id === y2023.source_id)?.notes).toMatch(/SECONDARY/);
	});

	it('leaves missing values missing and reports every row it could not read', () => {
		expect(rate.some((r) => r.year === 2001)).toBe(false);
		expect(synth.some((r) => r.year === 2016)).toBe(false);
		expect(deaths.some((r) => r.year === 2022)).toBe(false);
		expect(text).toMatch(/hus\.csv:4: All drug overdose deaths 2001: estimate "" is not a number/);
		expect(text).toMatch(/hus\.csv:8: .* 2016: estimate "n\/a!" is not a number/);
		expect(text).toMatch(/briefs\.csv:15: drug_overdose_deaths_all 2022: value "about 108,000" is not a number/);
		expect(text).toMatch(/briefs\.csv:13: cocaine_death_rate 2019: indicator "cocaine_death_rate" not imported/);
		expect(text).toMatch(/hus\.csv: 3 rows not imported by design/);
	});

	it('throws a clear error when the HUS layout changes', () => {
		expect(() => run(hus.replace('ESTIMATE', 'VALUE'), briefs, places, 'hus.csv', 'briefs.csv')).toThrow(
			/hus\.csv: expected columns missing: ESTIMATE/
		);
	});

	it('describes every indicator fully', () => {
		for (const i of indicators) {
			for (const k of ['label', 'short_label', 'unit', 'description', 'source_id', 'comparability', 'caveat'] as const)
				expect(i[k]).not.toBe('');
		}
		expect(indicators.find((i) => i.indicator_id === 'cdc_synthetic_opioid_death_rate')?.caveat).toMatch(
			/Multiple-cause/
		);
	});
});
