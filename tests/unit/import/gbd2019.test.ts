import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../../scripts/import/gbd2019.ts';
import { loadPlaces } from '../../../scripts/import/lib/places.ts';

const places = loadPlaces('data');
const text = readFileSync('tests/fixtures/import/gbd2019/death-rates-from-drug-use-disorders.csv', 'utf8');

describe('GBD 2019 importer', () => {
	const result = run(text, places, 'fixture.csv');
	const rows = result.observations.gbd2019_drug_disorder_death_rate!;

	it('keeps published values and names the source on every row', () => {
		expect(rows.find((r) => r.iso3 === 'PRT' && r.year === 2000)).toEqual({
			iso3: 'PRT',
			year: 2000,
			value: 1.23,
			flag: '',
			source_id: 'ihme-gbd2019',
			note: ''
		});
	});

	it('leaves a blank cell missing instead of writing 0', () => {
		expect(rows.some((r) => r.iso3 === 'PRT' && r.year === 2001)).toBe(false);
	});

	it('places sub-national entities without a code by explicit alias', () => {
		expect(rows.find((r) => r.iso3 === 'GB-SCT')?.value).toBe(7.5);
	});

	it('reports aggregates, unknown codes and unreadable values instead of dropping them', () => {
		const text = result.unplaced.join('\n');
		expect(text).toContain('"European Region (WHO)"');
		expect(text).toContain('"World"');
		expect(text).toContain('"Narnia"');
		expect(text).toMatch(/fixture\.csv:8: Norway 2000: value "n\/a!" is not a number/);
		expect(rows).toHaveLength(2);
	});
});
