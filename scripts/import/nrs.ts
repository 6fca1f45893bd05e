/**
 * National Records of Scotland (NRS): Drug-related deaths in Scotland in 2023, data workbook (published 20 August 2024).
 * Usage: tsx scripts/import/nrs.ts <drug-related-deaths-23-data.xlsx> [--out data]
 * Download: https://www.nrscotland.gov.uk/files//statistics/drug-related-deaths/23/drug-related-deaths-23-data.xlsx
 * (publication page: https://www.nrscotland.gov.uk/publications/drug-related-deaths-in-scotland-in-2023/).
 *
 * Reads sheet `Table_1` (drug misuse deaths, persons, 1996–2023, with age-standardised rate from 2000) and sheet `Table_11`
 * (the same deaths under three definitions: drug misuse, drug poisoning from 1979, drug-induced from 1996). The misuse
 * columns of Table_11 are only compared with Table_1, not imported twice. `[x]` (not available) stays missing.
 */
import readXlsxFile from 'read-excel-file/node';
import type { Indicator, Observation, Source } from '../../src/lib/data/types.ts';
import { cliArgs, isMain, parseNumber, writeImport, type ImportResult } from './lib/output.ts';
import { loadPlaces, type Places } from './lib/places.ts';

export const name = 'nrs';

const SOURCE_ID = 'nrs-drug-related-deaths-2023';

export const sources: Source[] = [
	{
		source_id: SOURCE_ID,
		publisher: 'National Records of Scotland (NRS)',
		title: 'Drug-related deaths in Scotland in 2023 (data tables, drug-related-deaths-23-data.xlsx)',
		url: 'https://www.nrscotland.gov.uk/publications/drug-related-deaths-in-scotland-in-2023/',
		download_url:
			'https://www.nrscotland.gov.uk/files//statistics/drug-related-deaths/23/drug-related-deaths-23-data.xlsx',
		licence: 'Open Government Licence v3.0; © Crown copyright 2024',
		year: '2024',
		citation:
			'National Records of Scotland. Drug-related deaths in Scotland in 2023. Edinburgh: NRS; published 20 August 2024.',
		notes:
			'Workbook published 20 August 2024; sheets Table_1 and Table_11 read. Read from a byte-exact third-party copy (GitHub lwilko/prison_stats, data/NRS_drug-related-deaths-23-data.xlsx). Each NRS workbook revises the whole series (e.g. 2019 was first published as 1,264, here 1,280), so take the series from one workbook. Rates for 2011–2022 use the rebased post-census population estimates.'
	}
];

const REG =
	'Deaths registered in Scotland in the year (registration year, not year of death); includes deaths of people usually resident outside Scotland.';
const RATE_2023 = 'The 2023 rate uses 2022 population estimates (NRS note 9).';
const DEFS =
	'Three UK/EU definitions differ (NRS Table 11): "drug misuse" (UK definition: drug-use disorders F11–F16, F19, plus drug poisonings X40–X44, X60–X64, X85, Y10–Y14 where a drug controlled under the Misuse of Drugs Act 1971 was present), "drug poisoning" (wider: all drug poisonings plus F18 volatile substances, no controlled-drug condition) and "drug-induced" (the EMCDDA general-mortality-register selection). In 2023 they give 1,172, 1,330 and 1,019 deaths: the definition matters as much as many year-to-year changes. Not comparable with CDC overdose deaths, PHAC toxicity deaths or GBD without care.';

function indicator(
	id: string,
	label: string,
	short: string,
	kind: 'count' | 'rate',
	description: string,
	comparability: string,
	extra = ''
): Indicator {
	return {
		indicator_id: id,
		label,
		short_label: short,
		unit:
			kind === 'count' ? 'deaths' : 'deaths per 100,000 people, age-standardised (2013 European Standard Population)',
		topic: 'deaths',
		description,
		source_id: SOURCE_ID,
		better: 'lower',
		comparability,
		decimals: kind === 'count' ? 0 : 1,
		derived: false,
		formula: '',
		caveat: [REG, kind === 'rate' ? RATE_2023 : '', DEFS, extra].filter(Boolean).join(' ')
	};
}

export const indicators: Indicator[] = [
	indicator(
		'nrs_drug_misuse_deaths',
		'Drug misuse deaths, Scotland, number (NRS)',
		'Scotland drug misuse deaths (NRS)',
		'count',
		'Deaths registered in Scotland whose underlying cause is a drug-use disorder (ICD-10 F11–F16, F19) or a drug poisoning of any intent (X40–X44, X60–X64, X85, Y10–Y14) where a drug controlled under the Misuse of Drugs Act 1971 was present; persons, 1996–2023 (NRS Table 1).',
		'uk-nrs-drug-misuse-deaths-count'
	),
	indicator(
		'nrs_drug_misuse_death_rate',
		'Drug misuse deaths, Scotland, age-standardised rate (NRS)',
		'Scotland drug misuse death rate (NRS)',
		'rate',
		'Drug misuse deaths (UK definition, see nrs_drug_misuse_deaths) per 100,000 population, age-standardised to the 2013 European Standard Population, persons, as published by NRS from 2000 (Table 1).',
		'uk-nrs-drug-misuse-deaths-asr-esp2013'
	),
	indicator(
		'nrs_drug_poisoning_deaths',
		'Drug poisoning deaths, Scotland, number (NRS)',
		'Scotland drug poisoning deaths (NRS)',
		'count',
		'Deaths registered in Scotland under the wider "drug poisoning" definition (all drug poisonings X40–X44, X60–X64, X85, Y10–Y14 whether or not a controlled drug was involved, plus drug-use disorders including F18 volatile substances), 1979–2023 (NRS Table 11).',
		'uk-nrs-drug-poisoning-deaths-count',
		'This is the definition NRS uses for comparisons across UK countries (note 14).'
	),
	indicator(
		'nrs_drug_poisoning_death_rate',
		'Drug poisoning deaths, Scotland, age-standardised rate (NRS)',
		'Scotland drug poisoning death rate (NRS)',
		'rate',
		'Drug poisoning deaths (wider definition, see nrs_drug_poisoning_deaths) per 100,000 population, age-standardised to the 2013 European Standard Population, as published by NRS from 2000 (Table 11).',
		'uk-nrs-drug-poisoning-deaths-asr-esp2013'
	),
	indicator(
		'nrs_drug_induced_deaths',
		'Drug-induced deaths (EMCDDA definition), Scotland, number (NRS)',
		'Scotland drug-induced deaths (NRS)',
		'count',
		'Deaths registered in Scotland counted under the "drug-induced deaths" definition that the EMCDDA (now EUDA) uses for general mortality registers (selected underlying-cause codes and substances), 1996–2023, as computed by NRS (Table 11).',
		'uk-nrs-drug-induced-deaths-count',
		'NRS applies the EMCDDA selection to Scottish registrations itself; EUDA figures for the UK may differ.'
	),
	indicator(
		'nrs_drug_induced_death_rate',
		'Drug-induced deaths (EMCDDA definition), Scotland, age-standardised rate (NRS)',
		'Scotland drug-induced death rate (NRS)',
		'rate',
		'Drug-induced deaths (EMCDDA definition, see nrs_drug_induced_deaths) per 100,000 population, age-standardised to the 2013 European Standard Population, as published by NRS from 2000 (Table 11).',
		'uk-nrs-drug-induced-deaths-asr-esp2013',
		'EUDA publishes drug-induced deaths per million aged 15–64, a different unit: do not put on one axis.'
	)
];

/** A worksheet as read-excel-file returns it: rows of cells, row 1 first. */
export type SheetRows = unknown[][];

interface Layout {
	sheet: string;
	title: RegExp;
	header: string[];
}

const TABLE_1: Layout = {
	sheet: 'Table_1',
	title: /^Table 1: Drug misuse deaths in Scotland/,
	header: [
		'Year',
		'Sex',
		'Drug misuse deaths',
		'Percent change from previous year',
		'5-year average',
		'Lower 95 % confidence interval',
		'Upper 95 % confidence interval',
		'Age-standardised rate (per 100,000 population)',
		'Lower 95% confidence interval',
		'Upper 95% confidence interval'
	]
};

const TABLE_11: Layout = {
	sheet: 'Table_11',
	title: /^Table 11: Different definitions of drug related deaths/,
	header: [
		'Year',
		'Drug misuse deaths',
		'Drug poisoning deaths',
		'Drug induced deaths',
		'Population',
		'Crude rate drug misuse deaths',
		'Crude rate drug poisoning deaths',
		'Crude rate drug induced deaths',
		'Age-standardised rate drug misuse deaths',
		'Age-standardised rate drug poisoning deaths',
		'Age-standardised rate drug induced deaths'
	]
};

const text = (cell: unknown): string =>
	cell === null || cell === undefined ? '' : String(cell).replace(/\s+/g, ' ').trim();

/** Find the header row (first cell "Year") and check the title and every header text; throws naming the sheet otherwise. */
function headerRow(rows: SheetRows, layout: Layout, file: string): number {
	const where = `${file} sheet ${layout.sheet}`;
	if (!rows.length) throw new Error(`${where}: sheet is empty or missing`);
	if (!layout.title.test(text(rows[0]?.[0])))
		throw new Error(`${where}: title "${text(rows[0]?.[0])}" does not match ${layout.title} — has the layout changed?`);
	const idx = rows.findIndex((r, i) => i < 20 && text(r?.[0]) === 'Year');
	if (idx < 0)
		throw new Error(`${where}: no header row starting with "Year" in the first 20 rows — has the layout changed?`);
	const got = layout.header.map((_, j) => text(rows[idx]![j]));
	layout.header.forEach((h, j) => {
		if (got[j] !== h)
			throw new Error(
				`${where}: header row ${idx + 1} column ${j + 1} is "${got[j]}", expected "${h}" — has the layout changed?`
			);
	});
	return idx;
}

/** Cell -> number, null for `[x]`/blank (missing as published), or 'bad' when it is something else. */
function cellValue(cell: unknown): number | null | 'bad' {
	if (cell === null || cell === undefined || text(cell) === '' || text(cell) === '[x]') return null;
	const v = parseNumber(cell);
	return v === null ? 'bad' : v;
}

function yearOf(cell: unknown): number | null {
	const t = text(cell);
	return /^\d{4}$/.test(t) ? Number(t) : null;
}

/** Figures quoted in PROVENANCE.md and the brief; a real run must reproduce them. */
export const PUBLISHED_CHECKS: { indicator: string; year: number; value: number }[] = [
	{ indicator: 'nrs_drug_misuse_deaths', year: 1996, value: 244 },
	{ indicator: 'nrs_drug_misuse_deaths', year: 2019, value: 1280 },
	{ indicator: 'nrs_drug_misuse_deaths', year: 2023, value: 1172 },
	{ indicator: 'nrs_drug_poisoning_deaths', year: 2023, value: 1330 },
	{ indicator: 'nrs_drug_induced_deaths', year: 2023, value: 1019 }
];

export function check(result: ImportResult, checks = PUBLISHED_CHECKS): string[] {
	const failures: string[] = [];
	for (const c of checks) {
		const got = result.observations[c.indicator]?.find((o) => o.iso3 === 'GB-SCT' && o.year === c.year);
		if (got?.value !== c.value)
			failures.push(`${c.indicator} ${c.year}: expected ${c.value}, got ${got ? got.value : 'no row'}`);
	}
	// Table 11 repeats the misuse count; the run reports any disagreement with Table 1 in `unplaced`.
	for (const u of result.unplaced) if (/DISAGREES with Table_1/.test(u)) failures.push(u);
	return failures;
}

/**
 * Pure: takes the rows of sheets Table_1 and Table_11 (as read-excel-file returns them, row 1 first).
 * `file` is only used in messages.
 */
export function run(
	sheets: { Table_1: SheetRows; Table_11: SheetRows },
	places: Places,
	file = 'drug-related-deaths-23-data.xlsx'
): ImportResult {
	const sct = places.byCode('GB-SCT');
	if (!sct) throw new Error('GB-SCT is not in data/countries.csv');
	const unplaced: string[] = [];
	const observations: Record<string, Observation[]> = Object.fromEntries(indicators.map((i) => [i.indicator_id, []]));
	const obs = (value: number, year: number): Observation => ({
		iso3: sct,
		year,
		value,
		flag: '',
		source_id: SOURCE_ID,
		note: ''
	});
	const seen = new Set<string>();
	const add = (id: string, year: number, cell: unknown, where: string, what: string): number | null => {
		const v = cellValue(cell);
		if (v === 'bad') {
			unplaced.push(`${where}: ${what} "${text(cell)}" is not a number; left missing`);
			return null;
		}
		if (v === null) return null;
		if (seen.has(`${id}|${year}`)) {
			unplaced.push(`${where}: second ${what} for ${year}; not imported`);
			return null;
		}
		seen.add(`${id}|${year}`);
		observations[id]!.push(obs(v, year));
		return v;
	};

	// --- Table_1: persons only ---
	const t1 = sheets.Table_1;
	const h1 = headerRow(t1, TABLE_1, file);
	const misuse = new Map<number, number>();
	const misuseRate = new Map<number, number>();
	const bySex: Record<string, number> = {};
	for (let i = h1 + 1; i < t1.length; i++) {
		const row = t1[i] ?? [];
		if (row.every((c) => text(c) === '')) continue;
		const where = `${file} Table_1 row ${i + 1}`;
		const year = yearOf(row[0]);
		if (year === null) {
			unplaced.push(`${where}: "${text(row[0])}" is not a year; row not imported`);
			continue;
		}
		const sex = text(row[1]);
		if (sex !== 'Persons') {
			bySex[sex] = (bySex[sex] ?? 0) + 1;
			continue;
		}
		const n = add('nrs_drug_misuse_deaths', year, row[2], where, 'drug misuse deaths');
		if (n !== null) misuse.set(year, n);
		const r = add('nrs_drug_misuse_death_rate', year, row[7], where, 'age-standardised rate');
		if (r !== null) misuseRate.set(year, r);
	}
	for (const [sex, n] of Object.entries(bySex))
		unplaced.push(`${file} Table_1: ${n} rows for sex "${sex}" not imported by design (persons only)`);

	// --- Table_11: poisoning and drug-induced; misuse columns compared with Table_1 ---
	const t11 = sheets.Table_11;
	const h11 = headerRow(t11, TABLE_11, file);
	let compared = 0;
	for (let i = h11 + 1; i < t11.length; i++) {
		const row = t11[i] ?? [];
		if (row.every((c) => text(c) === '')) continue;
		const where = `${file} Table_11 row ${i + 1}`;
		const year = yearOf(row[0]);
		if (year === null) {
			unplaced.push(`${where}: "${text(row[0])}" is not a year; row not imported`);
			continue;
		}
		add('nrs_drug_poisoning_deaths', year, row[2], where, 'drug poisoning deaths');
		add('nrs_drug_induced_deaths', year, row[3], where, 'drug induced deaths');
		add('nrs_drug_poisoning_death_rate', year, row[9], where, 'age-standardised rate (drug poisoning)');
		add('nrs_drug_induced_death_rate', year, row[10], where, 'age-standardised rate (drug induced)');
		for (const [col, label, t1map] of [
			[1, 'drug misuse deaths', misuse],
			[8, 'age-standardised rate (drug misuse)', misuseRate]
		] as const) {
			const v = cellValue(row[col]);
			if (v === null) continue;
			if (v === 'bad') {
				unplaced.push(`${where}: ${label} "${text(row[col])}" is not a number`);
				continue;
			}
			compared++;
			if (t1map.get(year) !== v)
				unplaced.push(
					`${where}: ${label} ${v} DISAGREES with Table_1 (${t1map.get(year) ?? 'no value'}); Table_1 kept`
				);
		}
	}
	unplaced.push(
		`${file} Table_11: drug misuse columns (${compared} values) only compared with Table_1, not imported twice; population and crude rates not imported by design`
	);
	for (const rows of Object.values(observations)) rows.sort((a, b) => a.year - b.year);
	return { observations, unplaced };
}

/** Read the two sheets the importer needs from the workbook. */
export async function readWorkbook(path: string): Promise<{ Table_1: SheetRows; Table_11: SheetRows }> {
	const all = await readXlsxFile(path);
	const get = (sheet: string): SheetRows => {
		const s = all.find((x) => x.sheet === sheet);
		if (!s) throw new Error(`${path}: sheet ${sheet} not found (sheets: ${all.map((x) => x.sheet).join(', ')})`);
		return s.data as SheetRows;
	};
	return { Table_1: get('Table_1'), Table_11: get('Table_11') };
}

if (isMain(import.meta.url)) {
	const { paths, out } = cliArgs();
	if (!paths[0]) throw new Error('usage: tsx scripts/import/nrs.ts <drug-related-deaths-23-data.xlsx> [--out data]');
	const result = run(await readWorkbook(paths[0]), loadPlaces(out), paths[0]);
	const failures = check(result);
	if (failures.length)
		throw new Error(`${paths[0]}: published figures not reproduced (changed workbook?):\n  ${failures.join('\n  ')}`);
	writeImport(result, out, name);
}
