/**
 * World Prison Brief prison population rate, "2018 or latest available", as downloaded by Our World in Data in September 2018.
 * Usage: tsx scripts/import/wpb.ts <prisoners-per-100000-world-prison-brief-2018.csv> [--out data]
 * The file has no country codes: rows are placed by name (places.byName plus the explicit aliases below).
 * Download: owid/owid-datasets, datasets/"Prisoners per 100 000 from World Prison Brief (downloaded September 2018)_country_standardized".
 */
import { readFileSync } from 'node:fs';
import type { Indicator, Observation, Source } from '../../src/lib/data/types.ts';
import { parseCsv } from '../../src/lib/data/csv.ts';
import { cliArgs, isMain, parseNumber, writeImport, type ImportResult } from './lib/output.ts';
import { loadPlaces, normaliseName, type Places } from './lib/places.ts';

export const name = 'wpb';

const SOURCE_ID = 'wpb-icpr-2018-owid';
const INDICATOR_ID = 'wpb2018_prison_rate';
const COLUMN = 'Prison population rate (World Prison Brief 2018)';
const NOTE = '2018 or latest available before 2018';

export const sources: Source[] = [
	{
		source_id: SOURCE_ID,
		publisher:
			'World Prison Brief, Institute for Crime & Justice Policy Research (ICPR), Birkbeck, University of London; via Our World in Data',
		title:
			'World Prison Brief: prison population rate (per 100,000 of national population), retrieved by Our World in Data on 15 September 2018',
		url: 'https://www.prisonstudies.org/world-prison-brief-data',
		download_url:
			'https://github.com/owid/owid-datasets/tree/master/datasets/Prisoners%20per%20100%20000%20from%20World%20Prison%20Brief%20(downloaded%20September%202018)_country_standardized',
		licence:
			'No licence stated for this dataset; data belong to ICPR/World Prison Brief (attribute "World Prison Brief, ICPR"); OWID\'s own work is CC BY 4.0.',
		year: '2018',
		citation:
			'World Prison Brief, Institute for Crime & Justice Policy Research (Birkbeck, University of London), prison population rates as of September 2018; via Our World in Data (owid-datasets).',
		notes:
			'A single snapshot: every row is labelled 2018 although the value is "for 2018 or the latest year available before 2018" (OWID datapackage.json); the real reference date per country is not in the file. WPB data are "mostly national sources".'
	}
];

export const indicators: Indicator[] = [
	{
		indicator_id: INDICATOR_ID,
		label: 'Prison population rate, World Prison Brief (2018 or latest available)',
		short_label: 'Prison population rate (WPB 2018)',
		unit: 'prisoners per 100,000 population',
		topic: 'prisons',
		description:
			'Prisoners, including pre-trial detainees and remand prisoners, per 100,000 of national population, from the World Prison Brief as downloaded by Our World in Data in September 2018.',
		source_id: SOURCE_ID,
		better: '',
		comparability: 'wpb-2018-prison-population-rate',
		decimals: 0,
		derived: false,
		formula: '',
		caveat:
			'One snapshot, not a trend: every value is shown as 2018 but is "for 2018 or the latest year available before 2018"; the real reference year per country is unknown from this file. Definitions of who counts as a prisoner differ by country. May differ from the UNODC series for the same year.'
	}
];

/** Names in this file that neither places.byName nor the shared aliases know. */
const LOCAL_ALIASES: Record<string, string> = {
	'faeroe islands': 'FRO',
	'sint maarten (dutch part)': 'SXM',
	timor: 'TLS'
};

/** Entities reported on purpose, with why. */
const NOT_COUNTRIES: Record<string, string> = {
	'bosnia and herzegovina: republika srpska':
		'an entity of Bosnia and Herzegovina with its own prison system; no project code, and not assigned to BIH (which has its own row)'
};

/** Row notes for entities whose coverage is uncertain. */
const ROW_NOTES: Record<string, string> = {
	BIH: 'World Prison Brief reports Bosnia and Herzegovina as two entities (Federation; Republika Srpska, listed separately in this file and not imported); this row is probably the Federation only, renamed by OWID. Check before quoting'
};

export function run(
	text: string,
	places: Places,
	file = 'prisoners-per-100000-world-prison-brief-2018.csv'
): ImportResult {
	const table = parseCsv(text, file);
	const unplaced = table.problems.map((p) => `${p.file}:${p.line}: ${p.reason}`);
	for (const h of ['Entity', 'Year', COLUMN])
		if (!table.header.includes(h)) throw new Error(`${file}: column not found: "${h}"`);
	const rows: Observation[] = [];
	const seen = new Map<string, number>();
	for (const { line, cells: c } of table.rows) {
		const entity = (c.Entity ?? '').trim();
		const key = normaliseName(entity);
		if (NOT_COUNTRIES[key]) {
			unplaced.push(`${file}:${line}: "${entity}": ${NOT_COUNTRIES[key]}, not imported`);
			continue;
		}
		const iso3 = (LOCAL_ALIASES[key] && places.byCode(LOCAL_ALIASES[key])) || places.byName(entity);
		if (!iso3) {
			unplaced.push(`${file}:${line}: "${entity}": no country code (unknown name, no alias), not imported`);
			continue;
		}
		const year = Number(c.Year);
		if (year !== 2018) {
			unplaced.push(`${file}:${line}: ${entity}: year "${c.Year}" is not 2018 (the snapshot year), not imported`);
			continue;
		}
		const value = parseNumber(c[COLUMN]);
		if (value === null) {
			if ((c[COLUMN] ?? '').trim() !== '')
				unplaced.push(`${file}:${line}: ${entity}: value "${c[COLUMN]}" is not a number`);
			continue;
		}
		const first = seen.get(iso3);
		if (first !== undefined) {
			unplaced.push(`${file}:${line}: "${entity}" is a second row for ${iso3} (first at line ${first}), not imported`);
			continue;
		}
		seen.set(iso3, line);
		rows.push({
			iso3,
			year,
			value,
			flag: '',
			source_id: SOURCE_ID,
			note: ROW_NOTES[iso3] ? `${NOTE}. ${ROW_NOTES[iso3]}` : NOTE
		});
	}
	return { observations: { [INDICATOR_ID]: rows }, unplaced };
}

if (isMain(import.meta.url)) {
	const { paths, out } = cliArgs();
	if (!paths[0])
		throw new Error('usage: tsx scripts/import/wpb.ts <prisoners-per-100000-world-prison-brief-2018.csv> [--out data]');
	writeImport(run(readFileSync(paths[0], 'utf8'), loadPlaces(out), paths[0]), out, name);
}
