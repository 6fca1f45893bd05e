/**
 * `data/place_names.csv`: other names of each place (official names, alternative spellings, ours), written by
 * scripts/import/countries.ts from world-countries. Only for search; the display name stays in countries.csv.
 */
import { parseCsv, type CsvProblem } from './csv.ts';
import type { Parsed } from './parse.ts';
import type { SearchablePlace } from './placeSearch.ts';

export const PLACE_NAME_KINDS = ['common', 'official', 'alt', 'extra'] as const;
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

/** What /search/places.json carries: each place with its other names. */
export type PlaceNamesPayload = SearchablePlace[];

/** Check a downloaded payload's shape; anything else is treated as a failed download (null). */
export function readPlaceNamesPayload(x: unknown): PlaceNamesPayload | null {
	if (!Array.isArray(x)) return null;
	for (const p of x) {
		if (!p || typeof p !== 'object') return null;
		const r = p as Record<string, unknown>;
		if (typeof r.iso3 !== 'string' || typeof r.name !== 'string') return null;
		if (r.alt !== undefined && !(Array.isArray(r.alt) && r.alt.every((a) => typeof a === 'string'))) return null;
	}
	return x as PlaceNamesPayload;
}
