import { describe, expect, it } from 'vitest';
import { loadPlaces, normaliseName } from '../../../scripts/import/lib/places.ts';
import { parseNumber } from '../../../scripts/import/lib/output.ts';

const places = loadPlaces('data');

describe('country matching', () => {
	it.each([
		['Portugal *', 'PRT'],
		['Czech Republic', 'CZE'],
		['Czechia', 'CZE'],
		['Türkiye', 'TUR'],
		['UK - Scotland', 'GB-SCT'],
		['England and Wales', 'GB-ENW'],
		["Côte d'Ivoire", 'CIV'],
		['Iran (Islamic Republic of)', 'IRN'],
		['Kosovo under UNSCR 1244', 'XKX'],
		['Netherlands', 'NLD']
	])('places "%s" as %s', (name, code) => {
		expect(places.byName(name)).toBe(code);
	});

	it('returns null for names it does not know (the importer then reports the row)', () => {
		expect(places.byName('European Region (WHO)')).toBeNull();
		expect(places.byName('Georgia (US state)')).toBeNull();
	});

	it('accepts known codes case-insensitively and rejects unknown ones', () => {
		expect(places.byCode('prt')).toBe('PRT');
		expect(places.byCode('OWID_WRL')).toBeNull();
	});

	it('normalises accents, note markers and spacing', () => {
		expect(normaliseName('  Türkiye **  ')).toBe('turkiye');
	});
});

describe('parseNumber', () => {
	it.each([
		['1 234', 1234],
		['1,234', 1234],
		['12.5', 12.5],
		[7, 7]
	])('reads %s', (cell, n) => expect(parseNumber(cell)).toBe(n));
	it.each(['', '..', ':', '[x]', '-', 'n/a', 'abc', null])('treats %s as missing', (cell) =>
		expect(parseNumber(cell)).toBeNull()
	);
});
