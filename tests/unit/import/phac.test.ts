import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, indicators, run } from '../../../scripts/import/phac.ts';
import { loadPlaces } from '../../../scripts/import/lib/places.ts';

const places = loadPlaces('data');
// Real national rows plus a few synthetic ones (lines 2–35), then the real stimulant rows of every province and
// territory for 2023 and 2024 and Nunavut's 2024 opioid row (coverage).
const text = readFileSync('tests/fixtures/import/phac/SubstanceHarmsData.csv', 'utf8');

describe('PHAC importer', () => {
	const result = run(text, places, 'fixture.csv');
	const rate = result.observations.phac_opioid_death_rate!;
	const deaths = result.observations.phac_opioid_deaths!;
	const unplaced = result.unplaced.join('\n');

	it('takes the national annual overall figures as published', () => {
		expect(rate.find((r) => r.year === 2016)).toEqual({
			iso3: 'CAN',
			year: 2016,
			value: 7.8,
			flag: '',
			source_id: 'phac-opioid-stimulant-harms',
			note: ''
		});
		expect(rate.map((r) => r.year)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
		expect(deaths.find((r) => r.year === 2023)?.value).toBe(8020);
		expect(result.observations.phac_stimulant_death_rate!.map((r) => [r.year, r.value])).toEqual([
			[2018, 7.6],
			[2019, 6.6],
			[2023, 15.2],
			[2024, 17.8]
		]);
	});

	it('reproduces the figures quoted in the provenance', () => {
		expect(check(result)).toEqual([]);
		expect(
			check(run(text.replace('By year,2021,,,Crude rate,19.7', 'By year,2021,,,Crude rate,19.8'), places))
		).toEqual(['phac_opioid_death_rate 2021: expected 19.7, got 19.8']);
	});

	it('never turns the partial year into an annual value, and says so', () => {
		for (const rows of Object.values(result.observations)) expect(rows.some((r) => r.year === 2025)).toBe(false);
		expect(unplaced).toMatch(
			/fixture\.csv:11: Opioids deaths, Canada, 2025 \(Jan to Sep\), Crude rate: period "2025 \(Jan to Sep\)" is not a full calendar year/
		);
		expect(unplaced).toMatch(/fixture\.csv:21: .*not a full calendar year \(value 4162\)/);
	});

	it('keeps quarters, provinces, other sources and breakdowns out, and reports them', () => {
		expect(deaths.some((r) => r.value === 669)).toBe(false);
		expect(rate.some((r) => r.value === 16.6 || r.value === 16.4)).toBe(false);
		expect(unplaced).toContain('fixture.csv: 1 rows not imported by design (hospitalisations');
		expect(unplaced).toMatch(/55 death rows for provinces.*British Columbia, .*Prince Edward Island, Quebec/);
		expect(unplaced).toContain('1 quarterly national death rows');
		expect(unplaced).toContain('1 national annual death rows broken down');
	});

	it('leaves unreadable values missing and reports them', () => {
		expect(result.observations.phac_stimulant_deaths!.some((r) => r.year === 2017)).toBe(false);
		expect(unplaced).toMatch(/fixture\.csv:35: Stimulants deaths, Canada, 2017, Number: value "n\/a" is not a number/);
	});

	it('says who is missing from the "Canada" stimulant figure each year, flags years that differ, and states the denominator', () => {
		const count = (y: number) => result.observations.phac_stimulant_deaths!.find((r) => r.year === y)!;
		const rate = (y: number) => result.observations.phac_stimulant_death_rate!.find((r) => r.year === y)!;
		expect(count(2023)).toMatchObject({
			value: 5348,
			flag: '',
			note: 'Reporting provinces and territories only: no stimulant death data for 2023 from Alberta and Prince Edward Island (never reported)'
		});
		expect(count(2024)).toMatchObject({
			value: 4829,
			flag: 'partial',
			note: 'Reporting provinces and territories only: no stimulant death data for 2024 from Alberta and Prince Edward Island (never reported) or Nunavut and Quebec (not reported for 2024)'
		});
		// 4829 / 17.8 × 100,000 = 27.13 million: the population of the reporting provinces and territories.
		expect(rate(2024).note).toMatch(
			/; rate per 100,000 population of the reporting provinces and territories \(PHAC's count ÷ rate implies 27\.1 million people\)$/
		);
		expect(rate(2023).note).toContain('implies 35.2 million people');
		// Years without provincial rows in the file: no claim either way.
		expect(count(2018)).toMatchObject({ flag: '', note: '' });
		const caveat = result.caveats!.phac_stimulant_death_rate!;
		expect(caveat).toMatch(
			/^Coverage: Alberta and Prince Edward Island report no stimulant deaths in any year \(2023–2024\)\. Also missing: Nunavut 2024, Quebec 2024 \(flagged partial coverage\)\./
		);
		expect(caveat).toContain(
			"The rate divides by the population of the reporting provinces and territories only: PHAC's count ÷ rate implies 35.2 million in 2023 and 27.1 million in 2024, which matches (within 2 %)"
		);
		expect(caveat).toContain('2024 has 4,829 deaths (5,348 in 2023) but 17.8 per 100,000 (15.2)');
		expect(result.caveats!.phac_stimulant_deaths).toBe(caveat);
		// Opioids: Nunavut's 2024 "n/a" is the only gap.
		expect(result.observations.phac_opioid_deaths!.find((r) => r.year === 2024)).toMatchObject({
			flag: 'partial',
			note: 'Reporting provinces and territories only: no opioid death data for 2024 from Nunavut (not reported for 2024)'
		});
		expect(result.caveats!.phac_opioid_deaths).toBe(
			'Coverage: Missing from the national figure: Nunavut 2024 (flagged partial coverage).'
		);
	});

	it("does not claim a denominator that PHAC's own figures do not support", () => {
		const r = run(
			text.replace(
				'Stimulants,Deaths,Overall numbers,Canada,1,By year,2024,,,Crude rate,17.8',
				'Stimulants,Deaths,Overall numbers,Canada,1,By year,2024,,,Crude rate,11.7'
			),
			places,
			'fixture.csv'
		);
		expect(r.caveats!.phac_stimulant_death_rate).toContain(
			"The rate's denominator, from PHAC's count ÷ rate: 35.2 million in 2023 and 41.3 million in 2024."
		);
	});

	it('labels the stimulant series as the reporting provinces and territories only', () => {
		for (const id of ['phac_stimulant_death_rate', 'phac_stimulant_deaths']) {
			const i = indicators.find((x) => x.indicator_id === id)!;
			expect(i.label).toMatch(/reporting provinces and territories of Canada only/);
			expect(i.short_label).toMatch(/reporting provinces only/);
		}
		expect(indicators.find((x) => x.indicator_id === 'phac_stimulant_death_rate')!.unit).toBe(
			'deaths per 100,000 people in the reporting provinces and territories (crude)'
		);
	});

	it('fails loudly when a column is renamed', () => {
		expect(() => run(text.replace('Disaggregator', 'Breakdown'), places, 'fixture.csv')).toThrow(
			/expected columns missing: Disaggregator/
		);
	});

	it('labels rates as crude and warns about overlap', () => {
		const i = indicators.find((x) => x.indicator_id === 'phac_opioid_death_rate')!;
		expect(i.unit).toMatch(/crude/);
		expect(i.caveat).toMatch(/overlap/);
	});
});
