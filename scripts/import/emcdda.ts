/**
 * EMCDDA Statistical Bulletin 2019 (data to 2017): drug-induced deaths (DRD tables) and drug law offences (DLO-03 tables),
 * with derived rates using World Bank populations.
 * Usage: tsx scripts/import/emcdda.ts <emcdda dir> <World Bank SP.POP.1564.TO API csv> <World Bank SP.POP.TOTL population.csv> [--out data]
 * The EMCDDA dir holds drugDeaths/*.xlsx and drugOffenses/*.xlsx, one EMCDDA table per workbook, the sheet named by the
 * EMCDDA table code (see ../shared/data/raw/emcdda-statistical-bulletin-2019/PROVENANCE.md).
 * Download: https://www.euda.europa.eu/data/stats2019_en (Statistical Bulletin 2019: drug-induced deaths, drug law offences).
 *
 * `run()` takes the sheets already read (rows of cell values, as read-excel-file returns them), so tests pass plain arrays;
 * only the CLI part reads xlsx files.
 *
 * Blank cells: the tables distinguish a published 0 from a blank cell (blank = the country did not report that figure).
 * A blank is never read as 0: the 15–64 sum is computed only when all ten age groups are reported for the country-year.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import type { Indicator, Observation, Source } from '../../src/lib/data/types.ts';
import { yearSpans } from '../../src/lib/charts/format.ts';
import { cliArgs, isMain, parseNumber, round, writeImport, type ImportResult } from './lib/output.ts';
import { loadPlaces, placeNamedRow, type Places } from './lib/places.ts';
import { populationValue, readWorldBankApiCsv, readWorldBankLongCsv, type PopulationTable } from './lib/population.ts';

export const name = 'emcdda';

export const EMCDDA_SOURCE = 'emcdda-statistical-bulletin-2019';
export const WB_1564_SOURCE = 'worldbank-wdi-sp-pop-1564-to-2025-03-24';
export const WB_TOTAL_SOURCE = 'worldbank-wdi-sp-pop-totl';

export const sources: Source[] = [
	{
		source_id: EMCDDA_SOURCE,
		publisher:
			'European Monitoring Centre for Drugs and Drug Addiction (EMCDDA; since 2024 the European Union Drugs Agency, EUDA)',
		title:
			'Statistical Bulletin 2019: drug-induced deaths (tables DRD-31, DRD-32, DRD-36 to DRD-45) and drug law offences (tables DLO-03-2, -3, -5, -6, -8, -9, -20, -21)',
		url: 'https://www.euda.europa.eu/data/stats2019_en',
		download_url: 'https://github.com/danilo1214/PR20ddpdjphv/tree/4e22ef4854b1d15fd7c3be13ce5a35f630c9aa41/tables',
		licence: '© EMCDDA, reproduction authorised with the source acknowledged',
		year: '2019',
		citation:
			'European Monitoring Centre for Drugs and Drug Addiction (EMCDDA), Statistical Bulletin 2019, tables DRD (drug-induced deaths) and DLO (drug law offences), Lisbon, 2019. https://www.euda.europa.eu/data/stats2019_en',
		notes:
			'Data 1995–2017 (deaths) and 2004–2017 (offences) for EU-28, Norway and Turkey. The xlsx copies read by the importer come from a third-party GitHub repository (danilo1214/PR20ddpdjphv, a student project, commit 4e22ef48, 2020), one EMCDDA table per file with the table code as sheet name; the edition is inferred from the latest year (2017). An asterisk after a country name marks a note in the EMCDDA table; the note texts were not copied. A blank cell means not reported (published zeros are 0). There is no all-ages total table (DRD-2) and no all-drug DLO total in this copy.'
	},
	{
		source_id: WB_1564_SOURCE,
		publisher: 'World Bank, World Development Indicators',
		title: 'Population ages 15-64, total (SP.POP.1564.TO), release of 2025-03-24',
		url: 'https://data.worldbank.org/indicator/SP.POP.1564.TO',
		download_url: 'https://api.worldbank.org/v2/en/indicator/SP.POP.1564.TO?downloadformat=csv',
		licence: 'CC BY 4.0',
		year: '2025',
		citation:
			'World Bank, World Development Indicators, SP.POP.1564.TO "Population ages 15-64, total", release of 24 March 2025.',
		notes:
			'Used only as the denominator of derived EMCDDA rates per population aged 15–64: drug-induced deaths per million, and clients in opioid substitution and methadone treatment per 1,000. World Bank staff estimates from UN World Population Prospects 2024; EMCDDA itself uses Eurostat populations. The copy read is the unchanged World Bank download (API_SP.POP.1564.TO_DS2_en_csv_v2_18948.csv) as held in GitHub repository Abhi17Sekar/PRODIGY_DS_01.'
	},
	{
		source_id: WB_TOTAL_SOURCE,
		publisher: 'World Bank, World Development Indicators (via the datasets/population data package)',
		title: 'Population, total (SP.POP.TOTL), 1960–2024',
		url: 'https://data.worldbank.org/indicator/SP.POP.TOTL',
		download_url:
			'https://github.com/datasets/population/blob/425fc447a53a26c767a15a7de60c4cc2478a0595/data/population.csv',
		licence: 'CC BY 4.0',
		year: '2026',
		citation:
			'World Bank, World Development Indicators, SP.POP.TOTL "Population, total", via datasets/population (commit 425fc447, 6 March 2026).',
		notes:
			'Used only as the denominator of the derived drug-law-offence rates per 100,000 population. Mid-year de facto population. The World Bank revises whole histories with each release; this copy is a 2025/26 vintage, newer than the 15–64 file.'
	}
];

/** One EMCDDA table read from one workbook. */
export interface TableSpec {
	file: string;
	sheet: string;
	what: string;
}

export const DEATH_AGE_TABLES: (TableSpec & { ages: string })[] = [
	['15-19', 'DRD-36'],
	['20-24', 'DRD-37'],
	['25-29', 'DRD-38'],
	['30-34', 'DRD-39'],
	['35-39', 'DRD-40'],
	['40-44', 'DRD-41'],
	['45-49', 'DRD-42'],
	['50-54', 'DRD-43'],
	['55-59', 'DRD-44'],
	['60-64', 'DRD-45']
].map(([ages, sheet]) => ({
	file: `drugDeaths/deaths${ages}.xlsx`,
	sheet: sheet!,
	ages: ages!.replace('-', '–'),
	what: `drug-induced deaths aged ${ages!.replace('-', '–')}`
}));

export const DEATH_SEX_TABLES: (TableSpec & { indicator: string })[] = [
	{
		file: 'drugDeaths/maleDeaths.xlsx',
		sheet: 'DRD-31',
		what: 'drug-induced deaths, males',
		indicator: 'emcdda_drug_induced_deaths_male'
	},
	{
		file: 'drugDeaths/femaleDeaths.xlsx',
		sheet: 'DRD-32',
		what: 'drug-induced deaths, females',
		indicator: 'emcdda_drug_induced_deaths_female'
	}
];

export const DRUGS = ['cannabis', 'heroin', 'cocaine', 'ecstasy'] as const;
export type Drug = (typeof DRUGS)[number];
export type OffenceType = 'use' | 'supply';

const DLO_SHEETS: Record<Drug, Record<OffenceType, string>> = {
	cannabis: { use: 'DLO-03-2', supply: 'DLO-03-3' },
	heroin: { use: 'DLO-03-5', supply: 'DLO-03-6' },
	cocaine: { use: 'DLO-03-8', supply: 'DLO-03-9' },
	ecstasy: { use: 'DLO-03-20', supply: 'DLO-03-21' }
};
const DRUG_LABEL: Record<Drug, string> = {
	cannabis: 'Cannabis',
	heroin: 'Heroin',
	cocaine: 'Cocaine',
	ecstasy: 'Ecstasy (MDMA)'
};
const TYPE_LABEL: Record<OffenceType, string> = { use: 'use or possession for use', supply: 'supply' };

export const DLO_TABLES: (TableSpec & { drug: Drug; type: OffenceType })[] = DRUGS.flatMap((drug) =>
	(['use', 'supply'] as const).map((type) => ({
		file: `drugOffenses/${drug}${type === 'use' ? 'Users' : 'Suppliers'}.xlsx`,
		sheet: DLO_SHEETS[drug][type],
		drug,
		type,
		what: `drug law offences, ${drug}, ${TYPE_LABEL[type]}`
	}))
);

export const ALL_TABLES: TableSpec[] = [...DEATH_AGE_TABLES, ...DEATH_SEX_TABLES, ...DLO_TABLES];

export const MARKED_NOTE = 'EMCDDA table has a note for this country (not copied in the source file)';

// ---------------------------------------------------------------------------------------------------------------
// Indicator metadata

const DRD_DEFINITION =
	'Drug-induced deaths are deaths directly attributable to the use of illicit drugs (poisonings/overdoses), as reported by each country to the EMCDDA under its national definition (general mortality register or special police/forensic register; EMCDDA "Selection B" ICD-10 codes or a national selection).';
const DRD_CAVEAT_BASE =
	'Countries define and record drug-induced deaths differently (register type, ICD-10 selection, autopsy and toxicology practice, under-reporting); EMCDDA warns against ranking countries on these figures. Trends within a country are more reliable than levels between countries. A blank in the EMCDDA table (not reported) stays missing, never 0.';

/** Published vs derived rate comparison, summarised (details in data/notes/emcdda-rate-check.md). */
const RATE_CHECK =
	'Checked against rates EMCDDA published (Country Drug Reports 2019, European Drug Report 2019, Statistical Bulletin 2007): where the death count is the same, ours differ by about 1 % or less, because we divide by the World Bank instead of the Eurostat population (e.g. Estonia 2017 129.9 vs 130, Norway 2016 75.1 vs 75, Ireland 2015 69.7 vs 69, Austria 2017 25.6 vs 26; Turkey about 2 % lower). Larger gaps come from counts revised between EMCDDA editions (Sweden 2003, Norway 2004) and, unexplained, Germany 2016 (23.6 vs 21). Details: data/notes/emcdda-rate-check.md.';

function dloIndicators(): Indicator[] {
	const dloCaveat =
		'Reflects national law and enforcement practice (police priorities, recording rules), not the level of drug use. Countries count different units (offences, offenders/persons, cases or charges; some count only the main offence), so figures are NOT comparable across countries; compare trends within one country only. There is no all-drug total: the four drugs are separate tables and must not be added up. A blank in the EMCDDA table (not reported) stays missing.';
	return DLO_TABLES.flatMap(({ drug, type, sheet }) => {
		const id = `emcdda_dlo_${drug}_${type}`;
		const what = `${DRUG_LABEL[drug]} drug law offences: ${TYPE_LABEL[type]}`;
		const short = `${DRUG_LABEL[drug]} offences (${type === 'use' ? 'use/possession' : 'supply'})`;
		const desc = `Reports of offences against national drug legislation involving ${drug === 'ecstasy' ? 'ecstasy (MDMA and derivatives)' : drug}, ${type === 'use' ? 'for use or possession for personal use' : 'for supply (dealing, trafficking, production)'}, as reported to the EMCDDA (Statistical Bulletin 2019, table ${sheet}).`;
		const count: Indicator = {
			indicator_id: id,
			label: `${what} (EMCDDA, number)`,
			short_label: `${short}, number`,
			unit: 'drug law offences (count; offences or offenders depending on the country)',
			topic: 'offences',
			description: desc,
			source_id: EMCDDA_SOURCE,
			better: '',
			comparability: `emcdda-dlo-${drug}-${type}-count`,
			decimals: 0,
			derived: false,
			formula: '',
			caveat: dloCaveat
		};
		const rate: Indicator = {
			indicator_id: `${id}_rate`,
			label: `${what} per 100,000 population (derived from EMCDDA counts)`,
			short_label: `${short} per 100k`,
			unit: 'drug law offences per 100,000 population (all ages)',
			topic: 'offences',
			description: `${desc} Divided by the total population; computed by Drug Policy Explorer, not published by EMCDDA.`,
			source_id: EMCDDA_SOURCE,
			better: '',
			comparability: `emcdda-dlo-${drug}-${type}-rate`,
			decimals: 1,
			derived: true,
			formula: `EMCDDA Statistical Bulletin 2019 table ${sheet} (number of offences, as published) ÷ World Bank SP.POP.TOTL total population (same country and year, source ${WB_TOTAL_SOURCE}) × 100,000; rounded to 1 decimal. No row when either number is missing.`,
			caveat: `Computed by Drug Policy Explorer, not an EMCDDA figure. ${dloCaveat}`
		};
		return [count, rate];
	});
}

export const indicators: Indicator[] = [
	{
		indicator_id: 'emcdda_drug_induced_deaths_15_64',
		label: 'Drug-induced deaths aged 15–64 (sum of EMCDDA 5-year age groups)',
		short_label: 'Drug-induced deaths 15–64',
		unit: 'deaths aged 15–64 (count)',
		topic: 'deaths',
		description: `${DRD_DEFINITION} Deaths at ages 15–64, obtained by adding the ten 5-year age-group tables of the EMCDDA Statistical Bulletin 2019.`,
		source_id: EMCDDA_SOURCE,
		better: 'lower',
		comparability: 'emcdda-drug-induced-deaths-15-64-count',
		decimals: 0,
		derived: true,
		formula:
			'Sum of EMCDDA Statistical Bulletin 2019 tables DRD-36 (15–19), DRD-37 (20–24), DRD-38 (25–29), DRD-39 (30–34), DRD-40 (35–39), DRD-41 (40–44), DRD-42 (45–49), DRD-43 (50–54), DRD-44 (55–59) and DRD-45 (60–64), same country and year. Only when all ten age groups are reported; if any is blank there is no value (a blank is not a zero).',
		caveat: `Our sum of published counts, not an EMCDDA total: deaths of unknown age, under 15 and 65+ are excluded. ${DRD_CAVEAT_BASE}`
	},
	{
		indicator_id: 'emcdda_drug_induced_death_rate_15_64',
		label: 'Drug-induced deaths per million population aged 15–64 (derived from EMCDDA counts)',
		short_label: 'Drug-induced deaths per million 15–64',
		unit: 'deaths per million population aged 15–64',
		topic: 'deaths',
		description: `${DRD_DEFINITION} Deaths at ages 15–64 per million people aged 15–64: EMCDDA's headline measure, recomputed by Drug Policy Explorer from the Statistical Bulletin 2019 age-group counts and World Bank population.`,
		source_id: EMCDDA_SOURCE,
		better: 'lower',
		comparability: 'emcdda-drug-induced-deaths',
		decimals: 1,
		derived: true,
		formula: `(sum of EMCDDA Statistical Bulletin 2019 tables DRD-36 … DRD-45, deaths aged 15–64, all ten groups reported) ÷ World Bank SP.POP.1564.TO population aged 15–64 (release 2025-03-24, source ${WB_1564_SOURCE}), same country and year, × 1,000,000; rounded to 1 decimal.`,
		caveat: `Computed by Drug Policy Explorer with World Bank populations; EMCDDA publishes the same measure with Eurostat populations, so small differences are expected. ${RATE_CHECK} ${DRD_CAVEAT_BASE}`
	},
	{
		indicator_id: 'emcdda_drug_induced_deaths_male',
		label: 'Drug-induced deaths, males, all ages (EMCDDA)',
		short_label: 'Drug-induced deaths, males',
		unit: 'deaths (count)',
		topic: 'deaths',
		description: `${DRD_DEFINITION} Males, all ages, as published in EMCDDA Statistical Bulletin 2019 table DRD-31.`,
		source_id: EMCDDA_SOURCE,
		better: 'lower',
		comparability: 'emcdda-drug-induced-deaths-male-count',
		decimals: 0,
		derived: false,
		formula: '',
		caveat: `Counts, not rates. Males + females need not equal the total (deaths of unknown sex are in neither). ${DRD_CAVEAT_BASE}`
	},
	{
		indicator_id: 'emcdda_drug_induced_deaths_female',
		label: 'Drug-induced deaths, females, all ages (EMCDDA)',
		short_label: 'Drug-induced deaths, females',
		unit: 'deaths (count)',
		topic: 'deaths',
		description: `${DRD_DEFINITION} Females, all ages, as published in EMCDDA Statistical Bulletin 2019 table DRD-32.`,
		source_id: EMCDDA_SOURCE,
		better: 'lower',
		comparability: 'emcdda-drug-induced-deaths-female-count',
		decimals: 0,
		derived: false,
		formula: '',
		caveat: `Counts, not rates. Males + females need not equal the total (deaths of unknown sex are in neither). ${DRD_CAVEAT_BASE}`
	},
	...dloIndicators()
];

// ---------------------------------------------------------------------------------------------------------------
// Reading the tables

/** Rows of one sheet as read-excel-file returns them (cells: string | number | boolean | Date | null). */
export type SheetRows = unknown[][];
/** Workbooks keyed by path relative to the EMCDDA dir (e.g. `drugDeaths/deaths15-19.xlsx`). */
export type Workbooks = Record<string, { sheet: string; rows: SheetRows }>;

export interface TableRow {
	name: string;
	iso3: string;
	marked: boolean;
	/** 1-based sheet row. */
	row: number;
	values: Map<number, number>;
}

export const isBlank = (c: unknown) => c === null || c === undefined || (typeof c === 'string' && c.trim() === '');
export const cellText = (c: unknown) => (c === null || c === undefined ? '' : String(c));

/**
 * Read one EMCDDA country × year table. Throws (naming the file) when the layout is not the expected one:
 * sheet code, a header row starting with "Country", year columns only. Data problems go to `unplaced`.
 */
export function readTable(
	spec: TableSpec,
	books: Workbooks,
	places: Places,
	unplaced: string[],
	dir: string
): Map<string, TableRow> {
	const book = books[spec.file];
	const file = join(dir, spec.file);
	if (!book) throw new Error(`${file}: workbook not found (expected EMCDDA table ${spec.sheet}, ${spec.what})`);
	if (book.sheet !== spec.sheet)
		throw new Error(
			`${file}: sheet is "${book.sheet}", expected EMCDDA table code ${spec.sheet} (${spec.what}); file changed?`
		);
	const rows = book.rows;
	const headerIndex = rows.slice(0, 10).findIndex((r) => cellText(r?.[0]).trim() === 'Country');
	if (headerIndex < 0)
		throw new Error(
			`${file} ${spec.sheet}: no header row starting with "Country" in the first 10 rows; layout changed?`
		);
	const header = rows[headerIndex]!;
	const years: { col: number; year: number }[] = [];
	for (let col = 1; col < header.length; col++) {
		const h = header[col];
		if (isBlank(h)) {
			const used = rows.slice(headerIndex + 1).some((r) => !isBlank(r?.[col]));
			if (used)
				throw new Error(
					`${file} ${spec.sheet}: column ${col + 1} has values but no year in the header row ${headerIndex + 1}`
				);
			continue;
		}
		const t = cellText(h).trim();
		if (!/^\d{4}$/.test(t) || Number(t) < 1980 || Number(t) > 2100) {
			throw new Error(
				`${file} ${spec.sheet}: header cell "${t}" (row ${headerIndex + 1}, column ${col + 1}) is not a year; layout changed?`
			);
		}
		if (years.some((y) => y.year === Number(t)))
			throw new Error(`${file} ${spec.sheet}: year ${t} appears twice in the header`);
		years.push({ col, year: Number(t) });
	}
	if (years.length === 0) throw new Error(`${file} ${spec.sheet}: no year columns in the header row`);

	const out = new Map<string, TableRow>();
	for (let i = headerIndex + 1; i < rows.length; i++) {
		const r = rows[i] ?? [];
		const rowNo = i + 1;
		if (r.every(isBlank)) continue;
		const name = cellText(r[0]).trim();
		const where = `${file} ${spec.sheet} row ${rowNo}`;
		const iso3 = placeNamedRow(places, name, where, unplaced);
		if (!iso3) continue;
		if (out.has(iso3)) {
			unplaced.push(`${where}: "${name}": ${iso3} already read on row ${out.get(iso3)!.row}, duplicate not imported`);
			continue;
		}
		const values = new Map<number, number>();
		for (const { col, year } of years) {
			const c = r[col];
			if (isBlank(c)) continue;
			const v = typeof c === 'number' ? c : parseNumber(c);
			if (v === null || !Number.isFinite(v)) {
				unplaced.push(`${where}: ${name} ${year}: value "${cellText(c)}" is not a number, not imported`);
				continue;
			}
			if (v < 0 || !Number.isInteger(v)) {
				unplaced.push(`${where}: ${name} ${year}: value ${v} is not a whole non-negative count, not imported`);
				continue;
			}
			values.set(year, v);
		}
		out.set(iso3, { name, iso3, marked: /\*/.test(name), row: rowNo, values });
	}
	return out;
}

const obs = (iso3: string, year: number, value: number, flag: Observation['flag'], note: string): Observation => ({
	iso3,
	year,
	value,
	flag,
	source_id: EMCDDA_SOURCE,
	note
});
const joinNotes = (...parts: string[]) => parts.filter(Boolean).join('. ');

export function run(
	books: Workbooks,
	pop1564: PopulationTable,
	popTotal: PopulationTable,
	places: Places,
	dir = 'emcdda-statistical-bulletin-2019'
): ImportResult {
	const unplaced: string[] = [];
	const observations: Record<string, Observation[]> = Object.fromEntries(
		indicators.map((i) => [i.indicator_id, [] as Observation[]])
	);

	// --- Deaths by sex: as published ---------------------------------------------------------------------------
	const [males, females] = DEATH_SEX_TABLES.map((spec) => {
		const table = readTable(spec, books, places, unplaced, dir);
		for (const row of table.values()) {
			for (const [year, v] of row.values)
				observations[spec.indicator]!.push(obs(row.iso3, year, v, '', row.marked ? MARKED_NOTE : ''));
		}
		return table;
	}) as [Map<string, TableRow>, Map<string, TableRow>];

	// --- Deaths aged 15–64: sum of the ten age-group tables, only when all ten are reported -----------------------
	const ageTables = DEATH_AGE_TABLES.map((spec) => readTable(spec, books, places, unplaced, dir));
	const countries = new Map<string, string>();
	for (const t of ageTables)
		for (const row of t.values())
			if (!countries.has(row.iso3)) countries.set(row.iso3, row.name.replace(/\s*\*\s*$/, ''));
	let partialCount = 0;
	let noPopulation = 0;
	const inconsistent: string[] = [];
	/** Country-years where the age groups 15–64 add up to more than males + females of all ages (the tables disagree). */
	const disagree: { iso3: string; year: number }[] = [];
	/** Country-years where all ten age groups are 0 but the sex tables report deaths: ages not reported, not zero deaths. */
	const falseZeros: { iso3: string; year: number; sexes: number }[] = [];
	const deaths = observations.emcdda_drug_induced_deaths_15_64!;
	const rates = observations.emcdda_drug_induced_death_rate_15_64!;
	for (const [iso3, country] of [...countries].sort(([a], [b]) => (a < b ? -1 : 1))) {
		const rowsOf = ageTables.map((t) => t.get(iso3));
		const marked = rowsOf.some((r) => r?.marked);
		const years = [...new Set(rowsOf.flatMap((r) => (r ? [...r.values.keys()] : [])))].sort((a, b) => a - b);
		const partial: string[] = [];
		for (const year of years) {
			const parts = rowsOf.map((r) => r?.values.get(year));
			const missing = DEATH_AGE_TABLES.filter((_, i) => parts[i] === undefined).map((s) => s.ages);
			if (missing.length) {
				partial.push(
					`${year} (${missing.length === 1 ? missing[0] : `${missing.length} groups: ${missing.join(', ')}`} blank)`
				);
				continue;
			}
			const sum = (parts as number[]).reduce((a, b) => a + b, 0);
			// The sexes cover all ages, so males + females below the 15–64 sum means the EMCDDA tables disagree.
			const m = males.get(iso3)?.values.get(year);
			const f = females.get(iso3)?.values.get(year);
			// Netherlands 1995: every age group is a published 0 while males + females give 70 deaths. A zero that the
			// same release contradicts is "not reported", not "no deaths": dropped (count and rate), and said so.
			if (sum === 0 && (m ?? 0) + (f ?? 0) > 0) {
				falseZeros.push({ iso3, year, sexes: (m ?? 0) + (f ?? 0) });
				unplaced.push(
					`${join(dir, 'drugDeaths')} DRD-36…DRD-45: ${country} (${iso3}) ${year}: dropped: all ten age groups 15–64 are 0 while DRD-31/DRD-32 give ${m ?? 0} males + ${f ?? 0} females = ${(m ?? 0) + (f ?? 0)} deaths; the ages were not reported (a false zero), so no 15–64 count or rate`
				);
				continue;
			}
			let check = '';
			if (m !== undefined && f !== undefined && sum > m + f) {
				check = `Check before quoting: the age groups 15–64 add up to ${sum}, more than males + females of all ages published for the same year (${m} + ${f} = ${m + f}); the EMCDDA tables disagree`;
				inconsistent.push(`${iso3} ${year} (${sum} > ${m + f})`);
				disagree.push({ iso3, year });
			}
			deaths.push(obs(iso3, year, sum, 'derived', joinNotes(check, marked ? MARKED_NOTE : '')));
			const pop = populationValue(pop1564, iso3, year);
			if (pop === undefined) {
				noPopulation++;
				unplaced.push(
					`${pop1564.file}: no ${pop1564.indicator} population for ${iso3} ${year}: drug-induced death rate 15–64 not computed`
				);
				continue;
			}
			rates.push(
				obs(
					iso3,
					year,
					round((sum / pop) * 1e6, 1),
					'derived',
					joinNotes(
						`${sum} deaths aged 15–64 ÷ ${pop} people aged 15–64 (World Bank ${pop1564.indicator}) × 1,000,000`,
						check,
						marked ? MARKED_NOTE : ''
					)
				)
			);
		}
		if (partial.length) {
			partialCount += partial.length;
			unplaced.push(
				`${join(dir, 'drugDeaths')} DRD-36…DRD-45: ${country} (${iso3}): not every age group reported in ${partial.join('; ')}: no 15–64 sum or rate for these years (blank = not reported, not zero)`
			);
		}
	}
	if (inconsistent.length) {
		unplaced.push(
			`${join(dir, 'drugDeaths')} DRD-36…DRD-45 vs DRD-31/DRD-32: check: in ${inconsistent.length} country-years the 15–64 age groups add up to more than males + females of all ages: ${inconsistent.join(', ')}; imported with a "Check before quoting" note`
		);
	}
	unplaced.push(
		`${join(dir, 'drugDeaths')} DRD-36…DRD-45: summary: ${partialCount} country-years with some but not all of the ten age groups 15–64 reported: no 15–64 sum or rate for them${noPopulation ? `; ${noPopulation} country-years without World Bank population` : ''}`
	);

	// --- Drug law offences: count as published, rate per 100,000 total population --------------------------------
	for (const spec of DLO_TABLES) {
		const id = `emcdda_dlo_${spec.drug}_${spec.type}`;
		const table = readTable(spec, books, places, unplaced, dir);
		for (const row of table.values()) {
			for (const [year, v] of [...row.values].sort(([a], [b]) => a - b)) {
				const note = row.marked ? MARKED_NOTE : '';
				observations[id]!.push(obs(row.iso3, year, v, '', note));
				const pop = populationValue(popTotal, row.iso3, year);
				if (pop === undefined) {
					unplaced.push(
						`${popTotal.file}: no ${popTotal.indicator} population for ${row.iso3} ${year}: ${id}_rate not computed`
					);
					continue;
				}
				observations[`${id}_rate`]!.push(
					obs(
						row.iso3,
						year,
						round((v / pop) * 1e5, 1),
						'derived',
						joinNotes(`${v} offences ÷ ${pop} population (World Bank ${popTotal.indicator}) × 100,000`, note)
					)
				);
			}
		}
	}

	unplaced.push(...pop1564.problems, ...popTotal.problems);

	// Caveat sentences computed from the tables (appended to data/indicators.csv by all.ts), never typed in.
	const byCountry = (rows: { iso3: string; year: number }[]) => {
		const years = new Map<string, number[]>();
		for (const r of rows) years.set(r.iso3, [...(years.get(r.iso3) ?? []), r.year]);
		return [...years].map(([iso3, ys]) => `${countries.get(iso3) ?? places.name(iso3)} ${yearSpans(ys)}`).join('; ');
	};
	const dropped = falseZeros.length
		? `Left out as a false zero: ${falseZeros.map((z) => `${countries.get(z.iso3) ?? places.name(z.iso3)} ${z.year} (all ten age groups published as 0 while the sex tables give ${z.sexes} deaths: ages not reported)`).join('; ')}.`
		: '';
	const mismatch = disagree.length
		? `EMCDDA's age-group and sex tables disagree in ${disagree.length} country-years, where the age groups 15–64 add up to more than males + females of all ages: ${byCountry(disagree)}. Those rows carry a "Check before quoting" note.`
		: '';
	const ageCaveat = [dropped, mismatch].filter(Boolean).join(' ');
	const caveats: Record<string, string> = {};
	if (ageCaveat) {
		caveats.emcdda_drug_induced_deaths_15_64 = ageCaveat;
		caveats.emcdda_drug_induced_death_rate_15_64 = ageCaveat;
	}
	if (mismatch) {
		caveats.emcdda_drug_induced_deaths_male = mismatch;
		caveats.emcdda_drug_induced_deaths_female = mismatch;
	}
	return { observations, unplaced, caveats };
}

// ---------------------------------------------------------------------------------------------------------------
// CLI

/** Read every workbook the importer needs (one EMCDDA table each). */
export async function readWorkbooks(dir: string, specs: TableSpec[] = ALL_TABLES): Promise<Workbooks> {
	const books: Workbooks = {};
	for (const spec of specs) {
		const path = join(dir, spec.file);
		const sheets = await readXlsxFile(path);
		const s = sheets.length === 1 ? sheets[0]! : sheets.find((x) => x.sheet === spec.sheet);
		if (!s)
			throw new Error(`${path}: sheet ${spec.sheet} not found (sheets: ${sheets.map((x) => x.sheet).join(', ')})`);
		books[spec.file] = { sheet: s.sheet, rows: s.data as SheetRows };
	}
	return books;
}

if (isMain(import.meta.url)) {
	const { paths, out } = cliArgs();
	const [dir, pop1564Path, popTotalPath] = paths;
	if (!dir || !pop1564Path || !popTotalPath) {
		throw new Error(
			'usage: tsx scripts/import/emcdda.ts <emcdda dir> <World Bank SP.POP.1564.TO API csv> <World Bank population.csv> [--out data]'
		);
	}
	const pop1564 = readWorldBankApiCsv(readFileSync(pop1564Path, 'utf8'), pop1564Path, 'SP.POP.1564.TO');
	const popTotal = readWorldBankLongCsv(readFileSync(popTotalPath, 'utf8'), popTotalPath, 'SP.POP.TOTL');
	const result = run(await readWorkbooks(dir), pop1564, popTotal, loadPlaces(out), dir);
	writeImport(result, out, name);
}
