import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, indicators, run } from '../../../scripts/import/phac.ts';
import { loadPlaces } from '../../../scripts/import/lib/places.ts';

const places = loadPlaces('data');
const text = readFileSync('tests/fixtures/import/phac/SubstanceHarmsData.csv', 'utf8');

describe('PHAC importer', () => {
	const result = run(text, places, 'fixture.csv');
	const rate = result.observations.phac_opioid_death_rate!;
	const deaths = result.observations.phac_opioid_deaths!;
	const unplaced = result.unplaced.join('\n');

	it('takes the national annual overall figures as published', () => {
		expect(rate.find((r) => r.year === 2016)).toEqual({
			iso3: 'CAN', year: 2016, value: 7.8, flag: '', source_id: 'phac-opioid-stimulant-harms', note: ''
		});
		expect(rate.map((r) => r.year)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
		expect(deaths.find((r) => r.year === 2023)?.value).toBe(8020);
		expect(result.observations.phac_stimulant_death_rate!.map((r) => [r.year, r.value])).toEqual([
			[2018, 7.6],
			[2019, 6.6],
			[2024, 17.8]
		]);
	});

	it('reproduces the figures quoted in the provenance', () => {
		expect(check(result)).toEqual([]);
		expect(check(run(text.replace('By year,2021,,,Crude rate,19.7', 'By year,2021,,,Crude rate,19.8'), places))).toEqual([
			'phac_opioid_death_rate 2021: expected 19.7, got 19.8'
		]);
	});

	it('never turns the partial year into an annual value, and says so', () => {
		for (const rows of Object.values(result.observations)) expect(rows.some((r) => r.year === 2025)).toBe(false);
		expect(unplaced).toMatch(/fixture\.csv:11: Opioids deaths, Canada, 2025 \(Jan to Sep\), Crude rate: period "2025 \(Jan to Sep\)" is not a full calendar year/);
		expect(unplaced).toMatch(/fixture\.csv:21: .*not a full calendar year \(value 4162\)/);
	});

	it('keeps quarters, provinces, other sources and breakdowns out, and reports them', () => {
		expect(deaths.some((r) => r.value === 669)).toBe(false);
		expect(rate.some((r) => r.value === 16.6 || r.value === 16.4)).toBe(false);
		expect(unplaced).toContain('fixture.csv: 1 rows not imported by design (hospitalisations');
		expect(unplaced).toMatch(/2 death rows for provinces.*British Columbia, Prince Edward Island/);
		expect(unplaced).toContain('1 quarterly national death rows');
		expect(unplaced).toContain('1 national annual death rows broken down');
	});

	it('leaves unreadable values missing and reports them', () => {
		expect(result.observations.phac_stimulant_deaths!.some((r) => r.year === 2017)).toBe(false);
		expect(unplaced).toMatch(/fixture\.csv:35: Stimulants deaths, Canada, 2017, Number: value "n\/a" is not a number/);
	});

	it('fails loudly when a column is renamed', () => {
		expect(() => run(text.replace('Disaggregator', 'Breakdown'), places, 'fixture.csv')).toThrow(/expected columns missing: Disaggregator/);
	});

	it('labels rates as crude and warns about overlap', () => {
		const i = indicators.find((x) => x.indicator_id === 'phac_opioid_death_rate')!;
		expect(i.unit).toMatch(/crude/);
		expect(i.caveat).toMatch(/overlap/);
	});
});
