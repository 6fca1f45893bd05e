import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildPlaceNames, NB_NAMES, packageNbNames } from '../../../scripts/import/countries';
import { parseCountries } from '../../../src/lib/data/parse';
import { parsePlaceNames } from '../../../src/lib/data/placeNames';
import { bestPlace, buildPlaceIndex, searchPlaces } from '../../../src/lib/data/placeSearch';

const require = createRequire(import.meta.url);
const countries = parseCountries(readFileSync('data/countries.csv', 'utf8'), 'countries.csv').rows;
const names = parsePlaceNames(readFileSync('data/place_names.csv', 'utf8'), 'place_names.csv').rows;
// The index as /search/places.json builds it: every other name of a place, whatever its kind, is searchable.
const alt = new Map<string, string[]>();
for (const n of names) alt.set(n.iso3, [...(alt.get(n.iso3) ?? []), n.name]);
const index = buildPlaceIndex(countries.map((c) => ({ iso3: c.iso3, name: c.name, alt: alt.get(c.iso3) ?? [] })));
const nbOf = (iso3: string) => names.filter((n) => n.iso3 === iso3 && n.kind === 'nb').map((n) => n.name);

describe('Norwegian place names (data/place_names.csv, kind nb)', () => {
	it('every place in countries.csv has exactly one bokmål name', () => {
		const missing = countries.filter((c) => nbOf(c.iso3).length !== 1).map((c) => `${c.iso3} ${nbOf(c.iso3).length}`);
		expect(missing).toEqual([]);
	});
	it.each([
		['CZE', 'Tsjekkia'],
		['NLD', 'Nederland'],
		['USA', 'USA'],
		['GBR', 'Storbritannia'],
		['CHE', 'Sveits'],
		['DEU', 'Tyskland'],
		['GB-SCT', 'Skottland'],
		['GB-ENW', 'England og Wales'],
		['GB-NIR', 'Nord-Irland'],
		['XNC', 'Nord-Kypros'],
		['XKX', 'Kosovo'],
		['XSL', 'Somaliland'],
		['COD', 'DR Kongo'],
		['COG', 'Kongo-Brazzaville'],
		['NOR', 'Norge'],
		['PRT', 'Portugal']
	])('%s is %s', (iso3, nb) => {
		expect(nbOf(iso3)).toEqual([nb]);
	});
	it('comes from the pinned package, not from the ICU of the Node that runs the import', () => {
		expect(require('i18n-iso-countries/package.json').version).toBe('7.14.0');
		const world = require('world-countries');
		const rows = buildPlaceNames(world, countries, packageNbNames());
		const fromFile = names.filter((n) => n.kind === 'nb' || n.kind === 'nb_alt');
		expect(rows.filter((n) => n.kind === 'nb' || n.kind === 'nb_alt')).toEqual(fromFile);
		// Our own names are used only where the package has none or is overridden on purpose.
		const pkg = packageNbNames();
		expect(Object.keys(NB_NAMES).filter((k) => pkg(k) === NB_NAMES[k])).toEqual([]);
	});
});

describe('search accepts Norwegian names', () => {
	it.each([
		['tsjekkia', 'CZE'],
		['Tsjekkia', 'CZE'],
		['Nederland', 'NLD'],
		['nederlandene', 'NLD'],
		['USA', 'USA'],
		['De forente stater', 'USA'],
		['Storbritannia', 'GBR'],
		['Sveits', 'CHE'],
		['Tyskland', 'DEU'],
		['skottland', 'GB-SCT'],
		['Nord-Irland', 'GB-NIR'],
		['england og wales', 'GB-ENW'],
		['Østerrike', 'AUT'],
		['osterrike', 'AUT'],
		['Hellas', 'GRC'],
		['tsjek', 'CZE']
	])('%s → %s', (q, iso3) => {
		expect(bestPlace(index, q)?.iso3).toBe(iso3);
	});
	it('says which Norwegian name matched', () => {
		expect(searchPlaces(index, 'Tsjekkia', 1)[0]).toEqual({ iso3: 'CZE', via: 'Tsjekkia', rank: 2 });
	});
	it('"Kongo" finds both Congos, and the English names still win their own searches', () => {
		expect(new Set(searchPlaces(index, 'Kongo').map((h) => h.iso3))).toEqual(new Set(['COD', 'COG']));
		expect(bestPlace(index, 'Norway')?.iso3).toBe('NOR');
		expect(bestPlace(index, 'Niger')?.iso3).toBe('NER');
	});
});

describe('folding Norwegian letters', () => {
	it('ø and æ fold like accents do', async () => {
		const { normaliseName } = await import('../../../src/lib/data/placeSearch');
		expect([
			normaliseName('Østerrike'),
			normaliseName('Færøyene'),
			normaliseName('Åland'),
			normaliseName('Sør-Korea')
		]).toEqual(['osterrike', 'faeroyene', 'aland', 'sor korea']);
	});
});
