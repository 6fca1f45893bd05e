import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { bestPlace, buildPlaceIndex, normaliseName, searchPlaces } from '../../../src/lib/data/placeSearch';
import { buildPlaceNames } from '../../../scripts/import/countries';
import { parsePlaceNames, placeNamesShape, searchableFromPayload } from '../../../src/lib/data/placeNames';
import type { Country } from '../../../src/lib/data/types';

const require = createRequire(import.meta.url);
// world-countries is the publisher file of the names: build the index exactly as the importer does.
const world = require('world-countries');
const place = (iso3: string, name: string): Country => ({ iso3, name, iso_numeric: '', region: '', subregion: '', eu_member: false, kind: 'country', parent: '', atlas_name: '', note: '' });
const places = [
	place('NLD', 'Netherlands'), place('GBR', 'United Kingdom'), place('UKR', 'Ukraine'), place('USA', 'United States'),
	place('CIV', 'Ivory Coast'), place('CZE', 'Czechia'), place('TUR', 'Turkey'), place('PRT', 'Portugal'), place('NOR', 'Norway'),
	place('NER', 'Niger'), place('NGA', 'Nigeria'), place('GB-SCT', 'Scotland')
];
const names = buildPlaceNames(world, places);
const alt = new Map<string, string[]>();
for (const n of names) alt.set(n.iso3, [...(alt.get(n.iso3) ?? []), n.name]);
const index = buildPlaceIndex(places.map((p) => ({ iso3: p.iso3, name: p.name, alt: alt.get(p.iso3) ?? [] })));

describe('place search finds what people type', () => {
	it.each([
		['Czech Republic', 'CZE'], ['czech', 'CZE'], ['Holland', 'NLD'], ['the netherlands', 'NLD'], ['UK', 'GBR'], ['Great Britain', 'GBR'],
		['USA', 'USA'], ['United States of America', 'USA'], ['Ivory Coast', 'CIV'], ["Côte d'Ivoire", 'CIV'], ['cote divoire', 'CIV'],
		['Turkey', 'TUR'], ['Türkiye', 'TUR'], ['prt', 'PRT'], ['portu', 'PRT'], ['scot', 'GB-SCT'], ['gb-sct', 'GB-SCT']
	])('%s → %s', (q, iso3) => {
		expect(bestPlace(index, q)?.iso3).toBe(iso3);
	});
	it('says which other name matched', () => {
		expect(bestPlace(index, 'Holland')).toEqual({ iso3: 'NLD', via: 'Holland', rank: 2 });
		expect(bestPlace(index, 'Portugal')?.via).toBeNull();
	});
	it('ranks a code or whole name above partial matches', () => {
		expect(searchPlaces(index, 'uk').map((h) => h.iso3)).toEqual(['GBR', 'UKR']);
		expect(searchPlaces(index, 'niger').map((h) => h.iso3)).toEqual(['NER', 'NGA']);
	});
	it('matches nothing for an empty or unknown query', () => {
		expect(searchPlaces(index, '  ')).toEqual([]);
		expect(bestPlace(index, 'Atlantis')).toBeNull();
	});
	it('normalises accents, case, punctuation and a leading "the"', () => {
		expect(normaliseName('  The Côte d’Ivoire! ')).toBe('cote divoire');
		expect(normaliseName('Bosnia & Herzegovina')).toBe('bosnia and herzegovina');
	});
});

describe('place names (importer and file)', () => {
	it('leaves out non-Latin spellings and the display name itself', () => {
		const cze = names.filter((n) => n.iso3 === 'CZE').map((n) => n.name);
		expect(cze).toContain('Czech Republic');
		expect(cze).not.toContain('Czechia');
		const all = names.map((n) => n.name);
		expect(all.every((n) => /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}]+$/u.test(n))).toBe(true);
	});
	it('the curated file parses and names only known places', () => {
		const parsed = parsePlaceNames(readFileSync('data/place_names.csv', 'utf8'));
		expect(parsed.problems).toEqual([]);
		expect(parsed.rows.find((r) => r.iso3 === 'NLD' && r.name === 'Holland')).toBeTruthy();
	});
	it('reports a bad kind and an empty name with their lines', () => {
		const p = parsePlaceNames('iso3,name,kind\nNLD,Holland,alt\nNLD,,alt\nNLD,Holland,nickname\n');
		expect(p.problems.map((x) => [x.line, x.reason.split(' ')[0]])).toEqual([[3, 'empty'], [4, 'kind']]);
	});
	it('a malformed download is refused, not half-used', () => {
		expect(placeNamesShape({}, '')).toBe('payload: expected an array, got an object');
		expect(placeNamesShape(null, '')).toBe('payload: expected an array, got null');
		expect(placeNamesShape([], '')).toBe('payload: expected at least 1 item, got 0');
		expect(placeNamesShape([['NLD', 'Netherlands']], '')).toBe('[0]: expected at least 3 items, got 2');
		expect(placeNamesShape([['NLD', 'Netherlands', 1]], '')).toBe('[0][2]: expected a string, got a number');
		expect(placeNamesShape([['NLD', 'Netherlands', 'Nederland', 'Holland']], '')).toBeNull();
		expect(searchableFromPayload([['NLD', 'Netherlands', 'Nederland', 'Holland']])).toEqual([
			{ iso3: 'NLD', name: 'Netherlands', alt: ['Nederland', 'Holland'] }
		]);
		expect(searchableFromPayload([['NLD', 'Netherlands', 'Nederland', 'Holland']], 'nb')).toEqual([
			{ iso3: 'NLD', name: 'Nederland', alt: ['Netherlands', 'Holland'] }
		]);
	});
	it('the 404 page’s rule: a code in any case, a name or another name, or its start', () => {
		const at404 = (q: string) => {
			const h = bestPlace(index, q);
			return h && h.rank <= 4 ? h.iso3 : null;
		};
		expect([at404('prt'), at404('Gb-Sct'), at404('portugal'), at404('holland'), at404('portu')]).toEqual(['PRT', 'GB-SCT', 'PRT', 'NLD', 'PRT']);
		expect([at404('XXX'), at404('<script>'), at404('ugal')]).toEqual([null, null, null]);
	});
});
