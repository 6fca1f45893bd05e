import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indicators, run } from '../../../scripts/import/wpb.ts';
import { loadPlaces } from '../../../scripts/import/lib/places.ts';

const places = loadPlaces('data');
// Real rows of the OWID file plus synthetic Narnia, blank, unreadable and wrong-year rows.
const text = readFileSync('tests/fixtures/import/wpb/prisoners-per-100000-world-prison-brief-2018.csv', 'utf8');

describe('World Prison Brief 2018 importer', () => {
	const result = run(text, places, 'fixture.csv');
	const rows = result.observations.wpb2018_prison_rate!;
	const unplaced = result.unplaced.join('\n');

	it('keeps the published value as a 2018 row that says "or latest"', () => {
		expect(rows.find((r) => r.iso3 === 'PRT')).toEqual({
			iso3: 'PRT',
			year: 2018,
			value: 127,
			flag: '',
			source_id: 'wpb-icpr-2018-owid',
			note: '2018 or latest available before 2018'
		});
		expect(rows.find((r) => r.iso3 === 'USA')?.value).toBe(655);
		expect(indicators[0]!.caveat).toMatch(/real reference year per country is unknown/);
	});

	it('maps the UK jurisdictions and local aliases', () => {
		expect(rows.find((r) => r.iso3 === 'GB-ENW')?.value).toBe(140);
		expect(rows.find((r) => r.iso3 === 'GB-SCT')?.value).toBe(143);
		expect(rows.find((r) => r.iso3 === 'GB-NIR')?.value).toBe(75);
		expect(rows.find((r) => r.iso3 === 'TLS')?.value).toBe(51);
		expect(rows.find((r) => r.iso3 === 'FRO')?.value).toBe(12);
	});

	it('reports Republika Srpska instead of assigning it to Bosnia and Herzegovina', () => {
		expect(rows.find((r) => r.iso3 === 'BIH')?.value).toBe(73);
		expect(unplaced).toMatch(
			/fixture\.csv:10: "Bosnia and Herzegovina: Republika Srpska": an entity of Bosnia and Herzegovina/
		);
	});

	it('leaves blanks missing and reports unknown names, unreadable values and other years', () => {
		expect(rows.some((r) => r.iso3 === 'NOR')).toBe(false);
		expect(unplaced).not.toMatch(/Norway/);
		expect(unplaced).toMatch(/fixture\.csv:11: "Narnia": no country code/);
		expect(unplaced).toMatch(/fixture\.csv:13: Sweden: value "about 60" is not a number/);
		expect(unplaced).toMatch(/fixture\.csv:14: Denmark: year "2017" is not 2018/);
		expect(rows).toHaveLength(8);
	});
});
