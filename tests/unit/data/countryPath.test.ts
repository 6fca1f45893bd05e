import { describe, expect, it } from 'vitest';
import { countryPathCode } from '../../../src/lib/data/countryPath.ts';

describe('countryPathCode', () => {
	it('reads the code of a /country/<code> address, with or without a trailing slash or a base path', () => {
		expect(countryPathCode('/country/prt')).toBe('prt');
		expect(countryPathCode('/country/PRT/')).toBe('PRT');
		expect(countryPathCode('/explorer/country/gb-sct', '/explorer')).toBe('gb-sct');
		expect(countryPathCode('/country/C%C3%B4te%20d%27Ivoire')).toBe('Côte d\'Ivoire');
		expect(countryPathCode('/country/%E0%A4%A')).toBe('%E0%A4%A');
	});
	it('is null for every other address', () => {
		for (const p of ['/', '/map', '/country', '/country/', '/country/PRT/extra', '/countries/PRT', '/x/country/PRT']) expect([p, countryPathCode(p)]).toEqual([p, null]);
	});
});

