import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { populationValue, readWorldBankApiCsv, readWorldBankLongCsv } from '../../../scripts/import/lib/population.ts';

// Subsets of the real files: the World Bank API CSV (BOM, 4-line preamble, trailing commas) and the long datasets/population CSV (CRLF).
const api = readFileSync('tests/fixtures/import/emcdda/API_SP.POP.1564.TO_fixture.csv', 'utf8');
const long = readFileSync('tests/fixtures/import/emcdda/population.csv', 'utf8');

describe('World Bank population readers', () => {
	it('reads the API layout past the preamble, BOM and trailing comma', () => {
		const t = readWorldBankApiCsv(api, 'api.csv', 'SP.POP.1564.TO');
		expect(t.lastUpdated).toBe('2025-03-24');
		expect(populationValue(t, 'EST', 2017)).toBe(846512);
		expect(populationValue(t, 'SWE', 2014)).toBe(6139307);
		expect(t.problems).toEqual([]);
	});

	it('leaves empty cells missing (never 0)', () => {
		const t = readWorldBankApiCsv(api, 'api.csv', 'SP.POP.1564.TO');
		expect(populationValue(t, 'INX', 2017)).toBeUndefined();
		expect(t.values.has('INX')).toBe(false);
	});

	it('refuses a changed layout or another indicator, naming the file', () => {
		expect(() => readWorldBankApiCsv(api.replace('"Data Source"', '"Source"'), 'x.csv', 'SP.POP.1564.TO')).toThrow(
			/x\.csv: line 1/
		);
		expect(() => readWorldBankApiCsv(api, 'x.csv', 'SP.POP.TOTL')).toThrow(
			/x\.csv:6: indicator code "SP\.POP\.1564\.TO", expected SP\.POP\.TOTL/
		);
	});

	it('reports unreadable values with file and line', () => {
		const t = readWorldBankApiCsv(api.replace('"846512"', '"n/a"'), 'api.csv', 'SP.POP.1564.TO');
		expect(populationValue(t, 'EST', 2017)).toBeUndefined();
		expect(t.problems).toEqual(['api.csv:6: EST 2017: population "n/a" is not a positive number, not used']);
	});

	it('reads the long Country Name, Country Code, Year, Value layout', () => {
		const t = readWorldBankLongCsv(long, 'population.csv');
		expect(populationValue(t, 'PRT', 2017)).toBe(10300300);
		expect(t.problems).toEqual([]);
		expect(() => readWorldBankLongCsv('a,b\n1,2\n', 'bad.csv')).toThrow(/bad\.csv: column\(s\) not found/);
	});
});
