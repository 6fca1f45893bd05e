import { describe, expect, it } from 'vitest';
import { countryPathCode, matchPlace, placeCodesShape, type PlaceCode } from '../../../src/lib/data/placeCodes.ts';
import { countries } from '../../../src/lib/server/data.ts';

const places: PlaceCode[] = countries().map((c) => [c.iso3, c.name]);

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

describe('matchPlace', () => {
	it('matches a code in any case, then a name ignoring case and accents', () => {
		expect(matchPlace('prt', places)).toEqual(['PRT', 'Portugal']);
		expect(matchPlace('Gb-Sct', places)?.[0]).toBe('GB-SCT');
		expect(matchPlace('portugal', places)).toEqual(['PRT', 'Portugal']);
		const civ = places.find(([c]) => c === 'CIV')!;
		expect(matchPlace(civ[1].toUpperCase().normalize('NFD').replace(/[\u0300-\u036f]/g, ''), places)).toEqual(civ);
	});
	it('is null for codes and names we do not have', () => {
		expect(matchPlace('XXX', places)).toBeNull();
		expect(matchPlace('', places)).toBeNull();
		expect(matchPlace('<script>', places)).toBeNull();
	});
});

describe('placeCodesShape', () => {
	it('accepts the list the build writes and refuses {}, [], null and pairs of the wrong kind', () => {
		expect(placeCodesShape(places, '')).toBeNull();
		expect(placeCodesShape({}, '')).toBe('payload: expected an array, got an object');
		expect(placeCodesShape([], '')).toBe('payload: expected at least 1 item, got 0');
		expect(placeCodesShape(null, '')).toBe('payload: expected an array, got null');
		expect(placeCodesShape([['PRT', 5]], '')).toBe('[0][1]: expected a string, got a number');
	});
});
