/**
 * `data/place_names.csv`: other names of each place (official names, alternative spellings, ours), written by
 * scripts/import/countries.ts from world-countries, and bokmål names (kind `nb`, from i18n-iso-countries and our own
 * table). Search uses every name; the English display name stays in countries.csv, the bokmål one is the `nb` row.
 */
import { parseCsv, type CsvProblem } from './csv.ts';
import type { Parsed } from './parse.ts';
import type { SearchablePlace } from './placeSearch.ts';
import { arrayOf, shapeOf, string, type Shape } from './shape.ts';
import type { Lang } from '../strings/lang.ts';

/** `nb`: the place's name in Norwegian bokmål (exactly one per place); `nb_alt`: other bokmål names, for search. */
export const PLACE_NAME_KINDS = ['common', 'official', 'alt', 'extra', 'nb', 'nb_alt'] as const;
export interface PlaceName {
	iso3: string;
	name: string;
	kind: (typeof PLACE_NAME_KINDS)[number];
}
export const PLACE_NAME_COLUMNS = ['iso3', 'name', 'kind'] as const;

export function parsePlaceNames(text: string, file = 'place_names.csv'): Parsed<PlaceName> {
	const table = parseCsv(text, file);
	const problems: CsvProblem[] = [...table.problems];
	const missing = PLACE_NAME_COLUMNS.filter((c) => !table.header.includes(c));
	if (missing.length) return { rows: [], lines: [], problems: [...problems, { file, line: 1, reason: `missing column(s): ${missing.join(', ')}` }] };
	const rows: PlaceName[] = [];
	const lines: number[] = [];
	for (const { line, cells: c } of table.rows) {
		if (!c.name?.trim()) problems.push({ file, line, reason: `empty name for ${c.iso3}` });
		if (!(PLACE_NAME_KINDS as readonly string[]).includes(c.kind ?? '')) problems.push({ file, line, reason: `kind "${c.kind}" must be one of ${PLACE_NAME_KINDS.join(', ')}` });
		rows.push({ iso3: c.iso3 ?? '', name: c.name ?? '', kind: c.kind as PlaceName['kind'] });
		lines.push(line);
	}
	return { rows, lines, problems };
}

/**
 * What /search/places.json carries: one `[code, English name, bokmål name, ...other names]` per place, e.g.
 * `['NLD', 'Netherlands', 'Nederland', 'Kingdom of the Netherlands', 'NL', 'Holland', 'Nederlandene', …]`. One file
 * for both editions (the Norwegian name costs no bytes: search needs it on English pages too). Used by every search
 * box and the 404 page.
 */
export type PlaceNamesPayload = [string, string, string, ...string[]][];

export const placeNamesShape: Shape<PlaceNamesPayload> = shapeOf<PlaceNamesPayload>(arrayOf(arrayOf(string, 3), 1));

/**
 * The payload as searchable places named in `lang`; the name in the other language is one of the other names, so
 * "Tsjekkia" finds Czechia on English pages and "Czech Republic" finds Tsjekkia on Norwegian ones.
 */
export function searchableFromPayload(payload: PlaceNamesPayload, lang: Lang = 'en'): SearchablePlace[] {
	return payload.map(([iso3, english, nb, ...alt]) =>
		lang === 'nb' ? { iso3, name: nb, alt: [english, ...alt] } : { iso3, name: english, alt: [nb, ...alt] }
	);
}
