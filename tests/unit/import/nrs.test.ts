import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, indicators, run, type SheetRows } from '../../../scripts/import/nrs.ts';
import { loadPlaces } from '../../../scripts/import/lib/places.ts';

const places = loadPlaces('data');
/** Rows of sheets Table_1 and Table_11 as read-excel-file returns them (a subset of the real 2023 workbook). */
const fixture = (): { Table_1: SheetRows; Table_11: SheetRows } =>
	JSON.parse(readFileSync('tests/fixtures/import/nrs/sheets.json', 'utf8'));

describe('NRS importer', () => {
	const result = run(fixture(), places, 'fixture.xlsx');
	const o = result.observations;
	const unplaced = result.unplaced.join('\n');

	it('takes persons drug misuse deaths and rates from Table_1 as published', () => {
		expect(o.nrs_drug_misuse_deaths!.find((r) => r.year === 1996)).toEqual({
			iso3: 'GB-SCT',
			year: 1996,
			value: 244,
			flag: '',
			source_id: 'nrs-drug-related-deaths-2023',
			note: ''
		});
		expect(o.nrs_drug_misuse_deaths!.map((r) => [r.year, r.value])).toEqual([
			[1996, 244],
			[1997, 224],
			[1999, 291],
			[2000, 292],
			[2019, 1280],
			[2022, 1051],
			[2023, 1172]
		]);
		expect(o.nrs_drug_misuse_death_rate!.map((r) => [r.year, r.value])).toEqual([
			[2000, 5.3],
			[2019, 24.6],
			[2022, 20],
			[2023, 22.4]
		]);
	});

	it('keeps the other definitions of Table_11 as separate indicators', () => {
		expect(o.nrs_drug_poisoning_deaths!.find((r) => r.year === 1979)?.value).toBe(339);
		expect(o.nrs_drug_poisoning_deaths!.find((r) => r.year === 2023)?.value).toBe(1330);
		expect(o.nrs_drug_induced_deaths!.find((r) => r.year === 2023)?.value).toBe(1019);
		expect(o.nrs_drug_poisoning_death_rate!.find((r) => r.year === 2023)?.value).toBe(25.3);
		expect(o.nrs_drug_induced_death_rate!.find((r) => r.year === 2000)?.value).toBe(5.9);
		const comparability = new Set(indicators.map((i) => i.comparability));
		expect(comparability.size).toBe(indicators.length);
	});

	it('leaves [x] missing: no rate before 2000, no drug-induced count before 1996', () => {
		expect(o.nrs_drug_misuse_death_rate!.some((r) => r.year < 2000)).toBe(false);
		expect(o.nrs_drug_induced_deaths!.some((r) => r.year < 1996)).toBe(false);
		expect(o.nrs_drug_poisoning_death_rate!.some((r) => r.year === 1996)).toBe(false);
		for (const rows of Object.values(o)) for (const r of rows) expect(Number.isFinite(r.value)).toBe(true);
	});

	it('reproduces the published checks and compares Table_11 with Table_1', () => {
		expect(check(result)).toEqual([]);
		expect(unplaced).toMatch(/Table_11: drug misuse columns \(7 values\) only compared with Table_1/);
		const sheets = fixture();
		sheets.Table_11[12]![1] = 1171; // 2023 misuse in Table_11 no longer equals Table_1
		const bad = run(sheets, places, 'fixture.xlsx');
		expect(bad.unplaced.join('\n')).toMatch(/Table_11 row 13: drug misuse deaths 1171 DISAGREES with Table_1 \(1172\)/);
		expect(check(bad)).toHaveLength(1);
	});

	it('reports sex breakdowns and unreadable cells instead of dropping them', () => {
		expect(unplaced).toContain('fixture.xlsx Table_1: 1 rows for sex "Females" not imported by design');
		const sheets = fixture();
		sheets.Table_1[10]![2] = '1,28O'; // 2019 persons count mistyped
		sheets.Table_1[11]![0] = '2022 [note]';
		const bad = run(sheets, places, 'fixture.xlsx');
		const text = bad.unplaced.join('\n');
		expect(text).toMatch(/fixture\.xlsx Table_1 row 11: drug misuse deaths "1,28O" is not a number; left missing/);
		expect(text).toMatch(/fixture\.xlsx Table_1 row 12: "2022 \[note\]" is not a year/);
		expect(bad.observations.nrs_drug_misuse_deaths!.some((r) => r.year === 2019)).toBe(false);
		expect(check(bad)).toContain('nrs_drug_misuse_deaths 2019: expected 1280, got no row');
	});

	it('throws naming the sheet when the layout changes', () => {
		const sheets = fixture();
		sheets.Table_11[6]![2] = 'Drug poisoning deaths (new definition)';
		expect(() => run(sheets, places, 'fixture.xlsx')).toThrow(
			/fixture\.xlsx sheet Table_11: header row 7 column 3 is "Drug poisoning deaths \(new definition\)"/
		);
		const moved = fixture();
		moved.Table_1[0]![0] = 'Table 1: Something else';
		expect(() => run(moved, places, 'fixture.xlsx')).toThrow(/sheet Table_1: title/);
	});
});
