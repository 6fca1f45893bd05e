/**
 * Builds data/countries.csv: every feature of the world-atlas TopoJSON (Natural Earth, 1:50m, which includes the
 * 1:110m features) plus every ISO 3166-1 entry of `world-countries`, plus the sub-national entities sources report.
 * Usage: tsx scripts/import/countries.ts [--out data]
 * Codes: ISO 3166-1 alpha-3; Kosovo XKX (World Bank/EU usage); features with no ISO code get documented X-codes;
 * UK constituent countries use ISO 3166-2 (GB-ENG, GB-SCT, GB-WLS, GB-NIR) and GB-ENW for England and Wales (no ISO code).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { toCsv } from '../../src/lib/data/csv.ts';
import type { PlaceName } from '../../src/lib/data/placeNames.ts';
import type { Country, Indicator, Source } from '../../src/lib/data/types.ts';
import { cliArgs, isMain } from './lib/output.ts';

const require = createRequire(import.meta.url);

interface WorldCountry {
	name: { common: string; official: string };
	cca3: string;
	ccn3: string;
	region: string;
	subregion: string;
	altSpellings: string[];
}
interface AtlasGeometry {
	id?: string;
	properties: { name: string };
}

export const name = 'countries';
export const indicators: Indicator[] = [];
export const sources: Source[] = [
	{
		source_id: 'natural-earth-world-atlas',
		publisher: 'Natural Earth, packaged by Mike Bostock as world-atlas',
		title: 'world-atlas 2.0.2: Natural Earth admin-0 countries, 1:110m and 1:50m, TopoJSON',
		url: 'https://github.com/topojson/world-atlas',
		download_url: 'https://www.npmjs.com/package/world-atlas',
		licence: 'Public domain (Natural Earth); ISC (world-atlas packaging)',
		year: '2020',
		citation: 'Natural Earth. Free vector and raster map data @ naturalearthdata.com, via world-atlas 2.0.2.',
		notes:
			'Country shapes and ISO numeric ids used by the maps. Borders are Natural Earth de facto boundaries, not a position on disputed territory.'
	},
	{
		source_id: 'world-countries',
		publisher: 'Mohammed Le Doze (mledoze/countries)',
		title: 'world-countries 5.1.0: ISO 3166-1 codes, names and UN regions',
		url: 'https://github.com/mledoze/countries',
		download_url: 'https://www.npmjs.com/package/world-countries',
		licence: 'ODbL 1.0',
		year: '2024',
		citation: 'mledoze/countries, world-countries 5.1.0 (ODbL).',
		notes:
			'Codes, names, regions and subregions of countries.csv. EU membership (2026) is set by scripts/import/countries.ts.'
	},
	{
		source_id: 'i18n-iso-countries',
		publisher: 'Michael Wittig and contributors (michaelwittig/node-i18n-iso-countries), from Unicode CLDR',
		title: 'i18n-iso-countries 7.14.0: ISO 3166-1 country names in Norwegian bokmål (nb)',
		url: 'https://github.com/michaelwittig/node-i18n-iso-countries',
		download_url: 'https://www.npmjs.com/package/i18n-iso-countries',
		licence: 'MIT',
		year: '2025',
		citation: 'i18n-iso-countries 7.14.0, Norwegian bokmål names (MIT).',
		notes:
			'Bokmål names of places in place_names.csv (kind nb). Places without an ISO name and a few overrides are set by scripts/import/countries.ts (NB_NAMES).'
	}
];

/** EU member states as of 2026 (27). The UK left on 2020-01-31. */
export const EU27 = new Set(
	'AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT ROU SVK SVN ESP SWE'.split(
		' '
	)
);

/** world-atlas features that have no ISO numeric id: explicit codes. */
export const ATLAS_WITHOUT_ID: Record<
	string,
	Omit<Country, 'atlas_name' | 'kind' | 'parent' | 'eu_member' | 'iso_numeric'>
> = {
	Kosovo: {
		iso3: 'XKX',
		name: 'Kosovo',
		region: 'Europe',
		subregion: 'Southeast Europe',
		note: 'XKX as used by the World Bank and the EU; not an ISO 3166-1 code.'
	},
	Somaliland: {
		iso3: 'XSL',
		name: 'Somaliland',
		region: 'Africa',
		subregion: 'Eastern Africa',
		note: 'Project code: shape in Natural Earth, no ISO code; sources report it under Somalia.'
	},
	'N. Cyprus': {
		iso3: 'XNC',
		name: 'Northern Cyprus',
		region: 'Asia',
		subregion: 'Western Asia',
		note: 'Project code: shape in Natural Earth, no ISO code; sources report it under Cyprus.'
	},
	'Indian Ocean Ter.': {
		iso3: 'XIO',
		name: 'Australian Indian Ocean Territories',
		region: 'Oceania',
		subregion: 'Australia and New Zealand',
		note: 'Project code for the Natural Earth feature (Christmas Island and Cocos (Keeling) Islands).'
	},
	'Siachen Glacier': {
		iso3: 'XSG',
		name: 'Siachen Glacier',
		region: 'Asia',
		subregion: 'Southern Asia',
		note: 'Project code: disputed area drawn separately by Natural Earth.'
	}
};

/** Sub-national entities reported by sources (UNODC, World Prison Brief, GBD, NRS). */
export const SUBNATIONAL: Country[] = [
	{
		iso3: 'GB-ENW',
		iso_numeric: '',
		name: 'England and Wales',
		region: 'Europe',
		subregion: 'Northern Europe',
		eu_member: false,
		kind: 'subnational',
		parent: 'GBR',
		atlas_name: '',
		note: 'One jurisdiction for criminal justice (UNODC GBR_E_W, World Prison Brief). No ISO code; project code.'
	},
	{
		iso3: 'GB-ENG',
		iso_numeric: '',
		name: 'England',
		region: 'Europe',
		subregion: 'Northern Europe',
		eu_member: false,
		kind: 'subnational',
		parent: 'GBR',
		atlas_name: '',
		note: 'ISO 3166-2:GB code.'
	},
	{
		iso3: 'GB-SCT',
		iso_numeric: '',
		name: 'Scotland',
		region: 'Europe',
		subregion: 'Northern Europe',
		eu_member: false,
		kind: 'subnational',
		parent: 'GBR',
		atlas_name: '',
		note: 'ISO 3166-2:GB code.'
	},
	{
		iso3: 'GB-WLS',
		iso_numeric: '',
		name: 'Wales',
		region: 'Europe',
		subregion: 'Northern Europe',
		eu_member: false,
		kind: 'subnational',
		parent: 'GBR',
		atlas_name: '',
		note: 'ISO 3166-2:GB code.'
	},
	{
		iso3: 'GB-NIR',
		iso_numeric: '',
		name: 'Northern Ireland',
		region: 'Europe',
		subregion: 'Northern Europe',
		eu_member: false,
		kind: 'subnational',
		parent: 'GBR',
		atlas_name: '',
		note: 'ISO 3166-2:GB code.'
	}
];

/** Shorter, familiar display names where the ISO short name is long. */
const DISPLAY_NAMES: Record<string, string> = {
	USA: 'United States',
	GBR: 'United Kingdom',
	CZE: 'Czechia',
	RUS: 'Russia',
	KOR: 'South Korea',
	PRK: 'North Korea',
	COD: 'DR Congo',
	COG: 'Congo'
};

export function buildCountries(world: WorldCountry[], atlas: AtlasGeometry[]): Country[] {
	const atlasIds = new Set(atlas.map((g) => g.id).filter(Boolean));
	const out: Country[] = [];
	for (const w of world) {
		if (w.cca3 === 'UNK') continue; // Kosovo: handled via ATLAS_WITHOUT_ID with XKX
		out.push({
			iso3: w.cca3,
			iso_numeric: w.ccn3 ?? '',
			name: DISPLAY_NAMES[w.cca3] ?? w.name.common,
			region: w.region,
			subregion: w.subregion ?? '',
			eu_member: EU27.has(w.cca3),
			kind: 'country',
			parent: '',
			atlas_name: '',
			note: w.ccn3 && !atlasIds.has(w.ccn3) ? 'No shape in the Natural Earth 1:50m map.' : ''
		});
	}
	for (const g of atlas) {
		if (g.id) continue;
		const x = ATLAS_WITHOUT_ID[g.properties.name];
		if (!x) throw new Error(`world-atlas feature without id and without a project code: ${g.properties.name}`);
		out.push({ ...x, iso_numeric: '', eu_member: false, kind: 'country', parent: '', atlas_name: g.properties.name });
	}
	out.push(...SUBNATIONAL);
	return out.sort((a, b) => a.iso3.localeCompare(b.iso3));
}

/** Names people type that world-countries lacks (checked against its 5.1.0 alt spellings). */
export const EXTRA_NAMES: Record<string, string[]> = {
	TUR: ['Turkey'],
	GBR: ['Britain'],
	'GB-ENW': ['England & Wales'],
	CZE: ['Czech'],
	COD: ['Democratic Republic of the Congo', 'Congo-Kinshasa'],
	COG: ['Republic of the Congo', 'Congo-Brazzaville']
};

/**
 * Bokmål names of our own: places without an ISO 3166-1 name in i18n-iso-countries (sub-national entities, project
 * codes), and overrides where the package's name is ambiguous or not the one Norwegian media and government use
 * (CLDR "Kongo" for DR Congo would also match Congo-Brazzaville).
 */
export const NB_NAMES: Record<string, string> = {
	'GB-ENW': 'England og Wales',
	'GB-ENG': 'England',
	'GB-SCT': 'Skottland',
	'GB-WLS': 'Wales',
	'GB-NIR': 'Nord-Irland',
	XKX: 'Kosovo',
	XSL: 'Somaliland',
	XNC: 'Nord-Kypros',
	XIO: 'Australias territorier i Indiahavet',
	XSG: 'Siachenbreen',
	COD: 'DR Kongo',
	PSE: 'Palestina',
	MMR: 'Myanmar'
};

/** Other bokmål names people type (the package's name, when overridden, is kept as one of them). */
export const NB_EXTRA_NAMES: Record<string, string[]> = {
	CZE: ['Den tsjekkiske republikk'],
	NLD: ['Nederlandene'],
	USA: ['De forente stater', 'Amerika'],
	GBR: ['Det forente kongerike'],
	DEU: ['Forbundsrepublikken Tyskland'],
	COD: ['Den demokratiske republikken Kongo', 'Kongo-Kinshasa'],
	MMR: ['Burma'],
	XNC: ['Den tyrkiske republikken Nord-Kypros']
};

/** The bokmål names of i18n-iso-countries 7.14.0 (CLDR), by alpha-3 code: pinned, so data/ does not vary with Node's ICU. */
export function packageNbNames(): (iso3: string) => string | undefined {
	const iso = require('i18n-iso-countries') as {
		registerLocale(l: unknown): void;
		getName(code: string, lang: string): string | undefined;
	};
	iso.registerLocale(require('i18n-iso-countries/langs/nb.json'));
	return (iso3) => (/^[A-Z]{3}$/.test(iso3) ? iso.getName(iso3, 'nb') : undefined);
}

export interface PlaceNameRow {
	iso3: string;
	name: string;
	/**
	 * common = world-countries' common name where ours differs; official; alt = its alternative spellings; extra = ours;
	 * nb = the bokmål display name (one per place); nb_alt = other bokmål names.
	 */
	kind: PlaceName['kind'];
}

/** Latin script, digits, spaces and punctuation only: what an English (or Norwegian) keyboard search can match. */
const LATIN = /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}]+$/u;

/**
 * Other names of each place, for search ("Czech Republic", "Holland", "UK", "USA", "Ivory Coast"): world-countries'
 * common and official names and alternative spellings in Latin script, plus EXTRA_NAMES. A name equal (ignoring
 * case) to the place's display name or to another name of the same place is left out.
 */
export function buildPlaceNames(
	world: WorldCountry[],
	places: Country[],
	nbName: (iso3: string) => string | undefined = () => undefined
): PlaceNameRow[] {
	const byIso = new Map(world.map((w) => [w.cca3, w]));
	const out: PlaceNameRow[] = [];
	for (const p of places) {
		const seen = new Set([p.name.toLowerCase()]);
		// The bokmål display name first, always written (even where it equals the English one: "Portugal"), so the
		// names below leave it out rather than repeat it.
		const pkg = nbName(p.iso3);
		const nb = NB_NAMES[p.iso3] ?? pkg;
		if (nb) {
			out.push({ iso3: p.iso3, name: nb, kind: 'nb' });
			seen.add(nb.toLowerCase());
		}
		const add = (name: string, kind: PlaceNameRow['kind']) => {
			const n = name.trim();
			if (n.length < 2 || !LATIN.test(n) || seen.has(n.toLowerCase())) return;
			seen.add(n.toLowerCase());
			out.push({ iso3: p.iso3, name: n, kind });
		};
		const w = byIso.get(p.iso3);
		if (w) {
			add(w.name.common, 'common');
			add(w.name.official, 'official');
			for (const a of w.altSpellings) add(a, 'alt');
		}
		for (const e of EXTRA_NAMES[p.iso3] ?? []) add(e, 'extra');
		if (pkg && pkg !== nb) add(pkg, 'nb_alt');
		for (const e of NB_EXTRA_NAMES[p.iso3] ?? []) add(e, 'nb_alt');
	}
	return out;
}

// run as a script
if (isMain(import.meta.url)) {
	const { out } = cliArgs();
	const world = require('world-countries') as WorldCountry[];
	const atlas = (
		require('world-atlas/countries-50m.json') as { objects: { countries: { geometries: AtlasGeometry[] } } }
	).objects.countries.geometries;
	mkdirSync(out, { recursive: true });
	const rows = buildCountries(world, atlas);
	const cols: (keyof Country)[] = [
		'iso3',
		'iso_numeric',
		'name',
		'region',
		'subregion',
		'eu_member',
		'kind',
		'parent',
		'atlas_name',
		'note'
	];
	writeFileSync(join(out, 'countries.csv'), toCsv(rows, cols));
	console.log(`countries: wrote ${rows.length} rows to ${join(out, 'countries.csv')}`);
	const names = buildPlaceNames(world, rows, packageNbNames());
	writeFileSync(join(out, 'place_names.csv'), toCsv(names, ['iso3', 'name', 'kind']));
	console.log(`countries: wrote ${names.length} other names to ${join(out, 'place_names.csv')}`);
}
