/**
 * Explicit matching of the names and codes sources use to the codes of data/countries.csv.
 * Every match is either an exact code, the country's own name, or an alias written down here; anything else is
 * returned as null so the importer reports it (no fuzzy matching, no silent drops).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../../src/lib/data/csv.ts';

/** Source spellings -> project code. Lower-case, accents kept; `normaliseName` is applied before lookup. */
export const NAME_ALIASES: Record<string, string> = {
	'czech republic': 'CZE',
	czechia: 'CZE',
	turkey: 'TUR',
	turkiye: 'TUR',
	uk: 'GBR',
	'united kingdom': 'GBR',
	'united kingdom of great britain and northern ireland': 'GBR',
	england: 'GB-ENG',
	scotland: 'GB-SCT',
	wales: 'GB-WLS',
	'northern ireland': 'GB-NIR',
	'england and wales': 'GB-ENW',
	'uk - england': 'GB-ENG',
	'uk - scotland': 'GB-SCT',
	'uk - wales': 'GB-WLS',
	'uk - northern ireland': 'GB-NIR',
	// EMCDDA Statistical Bulletin 2019 table HSR-5-1-1 spells the UK parts without the space.
	'uk- england': 'GB-ENG',
	'uk-scotland': 'GB-SCT',
	'uk-northern ireland': 'GB-NIR',
	'united kingdom (england and wales)': 'GB-ENW',
	'united kingdom (scotland)': 'GB-SCT',
	'united kingdom (northern ireland)': 'GB-NIR',
	'uk: england & wales': 'GB-ENW',
	'uk: scotland': 'GB-SCT',
	'uk: northern ireland': 'GB-NIR',
	'united states': 'USA',
	'united states of america': 'USA',
	usa: 'USA',
	russia: 'RUS',
	'russian federation': 'RUS',
	'republic of moldova': 'MDA',
	moldova: 'MDA',
	'north macedonia': 'MKD',
	'the former yugoslav republic of macedonia': 'MKD',
	macedonia: 'MKD',
	'bosnia and herzegovina': 'BIH',
	kosovo: 'XKX',
	'kosovo under unscr 1244': 'XKX',
	'iran (islamic republic of)': 'IRN',
	iran: 'IRN',
	'bolivia (plurinational state of)': 'BOL',
	bolivia: 'BOL',
	'venezuela (bolivarian republic of)': 'VEN',
	venezuela: 'VEN',
	'viet nam': 'VNM',
	vietnam: 'VNM',
	"cote d'ivoire": 'CIV',
	"lao people's democratic republic": 'LAO',
	laos: 'LAO',
	'syrian arab republic': 'SYR',
	syria: 'SYR',
	'united republic of tanzania': 'TZA',
	tanzania: 'TZA',
	'democratic republic of the congo': 'COD',
	'democratic republic of congo': 'COD',
	'dr congo': 'COD',
	congo: 'COG',
	'republic of the congo': 'COG',
	'republic of korea': 'KOR',
	'south korea': 'KOR',
	"democratic people's republic of korea": 'PRK',
	'north korea': 'PRK',
	'micronesia (federated states of)': 'FSM',
	micronesia: 'FSM',
	'micronesia (country)': 'FSM',
	eswatini: 'SWZ',
	swaziland: 'SWZ',
	'cabo verde': 'CPV',
	'cape verde': 'CPV',
	'brunei darussalam': 'BRN',
	'timor-leste': 'TLS',
	'east timor': 'TLS',
	'state of palestine': 'PSE',
	palestine: 'PSE',
	'occupied palestinian territory': 'PSE',
	'west bank and gaza': 'PSE',
	'hong kong': 'HKG',
	'china, hong kong special administrative region': 'HKG',
	'china, hong kong sar': 'HKG',
	macao: 'MAC',
	'china, macao special administrative region': 'MAC',
	'taiwan province of china': 'TWN',
	taiwan: 'TWN',
	'slovak republic': 'SVK',
	'kyrgyz republic': 'KGZ',
	'gambia, the': 'GMB',
	'bahamas, the': 'BHS',
	'egypt, arab rep.': 'EGY',
	'yemen, rep.': 'YEM',
	'korea, rep.': 'KOR',
	"korea, dem. people's rep.": 'PRK',
	'iran, islamic rep.': 'IRN',
	'venezuela, rb': 'VEN',
	'lao pdr': 'LAO',
	'congo, dem. rep.': 'COD',
	'congo, rep.': 'COG',
	'micronesia, fed. sts.': 'FSM',
	'st. lucia': 'LCA',
	'st. kitts and nevis': 'KNA',
	'st. vincent and the grenadines': 'VCT',
	curacao: 'CUW',
	'sao tome and principe': 'STP',
	'turks and caicos islands': 'TCA',
	'virgin islands (u.s.)': 'VIR',
	'united states virgin islands': 'VIR',
	'british virgin islands': 'VGB',
	'holy see': 'VAT',
	vatican: 'VAT',
	'netherlands (kingdom of the)': 'NLD'
};

/** Lower-case, strip accents, EMCDDA note markers (`Portugal *`), footnote digits and extra spaces. */
export function normaliseName(name: string): string {
	return name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[*†‡]+/g, '')
		.replace(/\s*\(\d+\)\s*$/, '')
		.replace(/[’‘`]/g, "'")
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase();
}

export interface Places {
	/** Code for a source's ISO3 (or project) code, or null if data/countries.csv does not know it. */
	byCode(code: string): string | null;
	/** Code for a source's name: own name or an alias, else null. */
	byName(name: string): string | null;
	/** Display name of a known code. */
	name(code: string): string;
}

export function loadPlaces(dataDir = 'data'): Places {
	const table = parseCsv(readFileSync(join(dataDir, 'countries.csv'), 'utf8'), 'countries.csv');
	const codes = new Map<string, string>();
	const names = new Map<string, string>();
	for (const r of table.rows) {
		codes.set(r.cells.iso3!, r.cells.name!);
		names.set(normaliseName(r.cells.name!), r.cells.iso3!);
	}
	return {
		byCode: (code) => {
			const c = code.trim().toUpperCase();
			return codes.has(c) ? c : null;
		},
		byName: (name) => {
			const n = normaliseName(name);
			const code = NAME_ALIASES[n] ?? names.get(n);
			return code && codes.has(code) ? code : null;
		},
		name: (code) => codes.get(code) ?? code
	};
}

/**
 * The code of a row named `name`, or null after recording in `unplaced` why the row was not imported (no name, or a
 * name with no project code). `where` says which file, sheet and row, so the report points at it.
 */
export function placeNamedRow(places: Places, name: string, where: string, unplaced: string[]): string | null {
	if (!name) {
		unplaced.push(`${where}: values without a country name, not imported`);
		return null;
	}
	const iso3 = places.byName(name);
	if (!iso3) unplaced.push(`${where}: "${name}": no project code for this name, not imported`);
	return iso3;
}
