/**
 * CDC / NCHS: US drug overdose deaths (final NVSS mortality data).
 * Usage: tsx scripts/import/cdc.ts <Health, United States table CSV (95ax-ymtc)> <data-brief transcription CSV> [--out data]
 *
 * - 1999–2018: "Drug overdose death rates, by drug type, sex, age, race, and Hispanic origin: United States"
 *   (Health, United States table, data.cdc.gov 95ax-ymtc). Download: https://data.cdc.gov/api/views/95ax-ymtc/rows.csv?accessType=DOWNLOAD
 * - 2019–2023: NCHS Data Briefs 394, 428, 457, 491, 522 ("Drug overdose deaths in the United States, …"), figures transcribed by hand
 *   from the briefs' text into `us_overdose_nchs_databriefs_2018_2023.csv` (one row per figure, with the quoted sentence). Every row
 *   names the brief it comes from as its source_id. Refresh: https://www.cdc.gov/nchs/products/databriefs.htm
 *
 * Where a year is in both files (2018), the HUS table's row is kept and the brief's figure is compared with it (reported in `unplaced`).
 * Where a year is in several briefs, the brief covering that year (its title's end year) is kept.
 */
import { readFileSync } from 'node:fs';
import { parseCsv, type CsvTable } from '../../src/lib/data/csv.ts';
import type { Flag, Indicator, Observation, Source } from '../../src/lib/data/types.ts';
import { cliArgs, isMain, parseNumber, writeImport, type ImportResult } from './lib/output.ts';
import { loadPlaces, type Places } from './lib/places.ts';

export const name = 'cdc';

const HUS_ID = 'cdc-nchs-hus-95ax-ymtc';
const SECONDARY_2023_ID = 'hmp-pcn-2024-db522-summary';

function brief(no: number, years: string, published: string, year: string, note = ''): Source {
	const url = `https://www.cdc.gov/nchs/products/databriefs/db${no}.htm`;
	return {
		source_id: `cdc-nchs-db${no}`,
		publisher: 'National Center for Health Statistics (NCHS), Centers for Disease Control and Prevention',
		title: `Drug Overdose Deaths in the United States, ${years} (NCHS Data Brief No. ${no})`,
		url,
		download_url: url,
		licence: 'US federal government work (public domain); cite NCHS',
		year,
		citation: `National Center for Health Statistics. Drug overdose deaths in the United States, ${years}. NCHS Data Brief, no. ${no}. Hyattsville, MD: NCHS; ${published}.`,
		notes:
			`Final NVSS mortality data. Figures transcribed by hand from the brief's text (each with the quoted sentence) into us_overdose_nchs_databriefs_2018_2023.csv; the brief's data tables were not read. ${note}`.trim()
	};
}

export const sources: Source[] = [
	{
		source_id: HUS_ID,
		publisher: 'National Center for Health Statistics (NCHS), Centers for Disease Control and Prevention',
		title:
			'Drug overdose death rates, by drug type, sex, age, race, and Hispanic origin: United States (Health, United States table)',
		url: 'https://data.cdc.gov/d/95ax-ymtc',
		download_url: 'https://data.cdc.gov/api/views/95ax-ymtc/rows.csv?accessType=DOWNLOAD',
		licence: 'US federal government work (public domain); cite NCHS',
		year: 'n.d.',
		citation:
			'National Center for Health Statistics. Drug overdose death rates, by drug type, sex, age, race, and Hispanic origin: United States, 1999–2018. Health, United States. data.cdc.gov dataset 95ax-ymtc.',
		notes:
			'Rates only (no counts), 1999–2018. The copy read here is a third-party copy of the data.cdc.gov export (GitHub dreampuzzleee/stat451-final-project, commit ee8fda9); release year not stated in the file or its provenance, so year is given as n.d. (data to 2018). FLAG "*" marks unreliable estimates (none in the national totals used).'
	},
	brief(394, '1999–2019', 'December 2020', '2020'),
	brief(
		428,
		'1999–2020',
		'December 2021',
		'2021',
		'The text was read from a stored copy of the CDC page (https://pr.report/t7Aoz25L), not from cdc.gov itself.'
	),
	brief(457, '2001–2021', 'December 2022', '2022'),
	brief(491, '2002–2022', 'March 2024', '2024'),
	{
		...brief(522, '2003–2023', 'December 2024', '2024'),
		citation:
			'Garnett MF, Miniño AM. Drug overdose deaths in the United States, 2003–2023. NCHS Data Brief, no. 522. Hyattsville, MD: National Center for Health Statistics; December 2024.'
	},
	{
		source_id: SECONDARY_2023_ID,
		publisher:
			'HMP Global Learning Network (Psychiatry & Behavioral Health / PCN news), secondary report of NCHS Data Brief No. 522',
		title: 'Drug overdose deaths overall decrease from 2022 to 2023 (news summary of NCHS Data Brief No. 522)',
		url: 'https://www.hmpgloballearningnetwork.com/site/pcn/news/drug-overdose-deaths-overall-decrease-2022-2023',
		download_url: 'https://www.cdc.gov/nchs/products/databriefs/db522.htm',
		licence: 'Publisher copyright; the figure itself is NCHS public-domain data',
		year: '2024',
		citation:
			'HMP Global Learning Network. Drug overdose deaths overall decrease from 2022 to 2023 (summary of NCHS Data Brief No. 522). 2024.',
		notes:
			"SECONDARY source, used for one figure only: the 2023 age-adjusted death rate involving synthetic opioids other than methadone (22.2). Not verified against the Data Brief 522 figure table; replace with the brief's own figure when checked."
	}
];

const RATE_UNIT = 'deaths per 100,000 people, age-adjusted (2000 US standard population)';
const DEFINITION_CAVEAT =
	'US definition: all drug poisoning deaths of US residents, any intent (accidents, suicides, homicides, undetermined; ICD-10 X40–X44, X60–X64, X85, Y10–Y14), including medicines. Wider than EUDA "drug-induced deaths" and different from GBD "drug use disorders" deaths, so levels are not directly comparable. Final (not provisional) NVSS data; later data briefs can revise earlier years slightly.';

export const indicators: Indicator[] = [
	{
		indicator_id: 'cdc_overdose_death_rate',
		label: 'Drug overdose deaths, United States, age-adjusted rate (NCHS)',
		short_label: 'US overdose deaths (NCHS)',
		unit: RATE_UNIT,
		topic: 'deaths',
		description:
			'Deaths with an underlying cause of drug poisoning (overdose) of any intent, ICD-10 X40–X44, X60–X64, X85, Y10–Y14, US residents, per 100,000 population, age-adjusted to the 2000 US standard population. 1999–2018 from the Health, United States table; 2019–2023 from the NCHS Data Brief for each year.',
		source_id: HUS_ID,
		better: 'lower',
		comparability: 'us-nchs-drug-overdose-deaths-age-adjusted-2000std',
		decimals: 1,
		derived: false,
		formula: '',
		caveat: DEFINITION_CAVEAT
	},
	{
		indicator_id: 'cdc_overdose_deaths',
		label: 'Drug overdose deaths, United States, number (NCHS)',
		short_label: 'US overdose deaths, number (NCHS)',
		unit: 'deaths',
		topic: 'deaths',
		description:
			'Number of drug overdose deaths (underlying cause ICD-10 X40–X44, X60–X64, X85, Y10–Y14, any intent) of US residents, final NVSS data, as published in the NCHS Data Brief for each year (2019–2023). Earlier counts are not in the files read (the Health, United States table has rates only).',
		source_id: 'cdc-nchs-db522',
		better: 'lower',
		comparability: 'us-nchs-drug-overdose-deaths-count',
		decimals: 0,
		derived: false,
		formula: '',
		caveat: `${DEFINITION_CAVEAT} Final counts differ from the provisional 12-month-ending counts (VSRR) often quoted in the news: do not mix them.`
	},
	{
		indicator_id: 'cdc_synthetic_opioid_death_rate',
		label:
			'Drug overdose deaths involving synthetic opioids other than methadone (mostly fentanyl), United States, age-adjusted rate (NCHS)',
		short_label: 'US synthetic-opioid overdose deaths (NCHS)',
		unit: RATE_UNIT,
		topic: 'deaths',
		description:
			'Drug overdose deaths (underlying cause X40–X44, X60–X64, X85, Y10–Y14) with synthetic opioids other than methadone (ICD-10 multiple-cause code T40.4: mostly illicit fentanyl, also fentanyl analogues and tramadol) among the contributing causes, per 100,000, age-adjusted (2000 US standard). 1999–2018 Health, United States table; 2019–2022 NCHS Data Briefs; 2023 from a secondary news summary of Data Brief 522 (flagged).',
		source_id: HUS_ID,
		better: 'lower',
		comparability: 'us-nchs-synthetic-opioid-t404-deaths-age-adjusted-2000std',
		decimals: 1,
		derived: false,
		formula: '',
		caveat:
			'Multiple-cause coding: a death involving several drugs counts under each of them, so drug-specific rates overlap and do not add up to the total. Depends on toxicology testing and death-certificate detail, which changed over time. The 2023 value comes from a secondary news summary of NCHS Data Brief 522 (flag "secondary"), not checked against the brief itself. ' +
			DEFINITION_CAVEAT
	}
];

/** Health, United States table: panels we take (national total, age-adjusted). */
const HUS_PANELS: Record<string, string> = {
	'All drug overdose deaths': 'cdc_overdose_death_rate',
	'Drug overdose deaths involving other synthetic opioids (other than methadone)': 'cdc_synthetic_opioid_death_rate'
};
const HUS_UNIT = 'Deaths per 100,000 resident population, age-adjusted';
const HUS_COLUMNS = ['PANEL', 'UNIT', 'STUB_NAME', 'STUB_LABEL', 'YEAR', 'AGE', 'ESTIMATE', 'FLAG'];

/** Data-brief transcription: its indicator names -> ours, with the unit text the row must carry. */
const BRIEF_INDICATORS: Record<string, { id: string; unit: RegExp }> = {
	drug_overdose_death_rate_all: { id: 'cdc_overdose_death_rate', unit: /age-adjusted/i },
	drug_overdose_deaths_all: { id: 'cdc_overdose_deaths', unit: /^deaths \(number\)$/i },
	synthetic_opioids_other_than_methadone_death_rate: { id: 'cdc_synthetic_opioid_death_rate', unit: /age-adjusted/i }
};
const BRIEF_COLUMNS = [
	'year',
	'indicator',
	'value',
	'unit',
	'source_type',
	'source_url',
	'source_title',
	'quoted_text'
];

const SECONDARY_NOTE =
	"Secondary source: figure from a trade-news summary (HMP Global Learning Network) of NCHS Data Brief 522, not verified against the brief's own figure table.";

function requireColumns(table: CsvTable, columns: string[]): void {
	const missing = columns.filter((c) => !table.header.includes(c));
	if (missing.length)
		throw new Error(
			`${table.file}: expected columns missing: ${missing.join(', ')} (header: ${table.header.join(',')})`
		);
}

interface Candidate {
	obs: Observation;
	line: number;
	/** Last year the publication covers (a brief on 1999–2019 -> 2019); null for the HUS table. */
	coversTo: number | null;
}

/**
 * Pure: takes the text of both files. `places` is used only to check that USA is a known place.
 */
export function run(
	husText: string,
	briefsText: string,
	places: Places,
	husFile = 'hus.csv',
	briefsFile = 'briefs.csv'
): ImportResult {
	const usa = places.byCode('USA');
	if (!usa) throw new Error('USA is not in data/countries.csv');
	const unplaced: string[] = [];
	const ids = indicators.map((i) => i.indicator_id);
	const observations: Record<string, Observation[]> = Object.fromEntries(ids.map((id) => [id, []]));
	const known = new Set(sources.map((s) => s.source_id));

	// --- Health, United States table ---
	const hus = parseCsv(husText, husFile);
	requireColumns(hus, HUS_COLUMNS);
	for (const p of hus.problems) unplaced.push(`${p.file}:${p.line}: ${p.reason}`);
	const husRows = new Map<string, Candidate>(); // `${id}|${year}`
	let outOfScope = 0;
	const panelsSeen = new Set<string>();
	for (const r of hus.rows) {
		const c = r.cells;
		const id = HUS_PANELS[c.PANEL!];
		if (
			!id ||
			c.UNIT !== HUS_UNIT ||
			c.STUB_NAME !== 'Total' ||
			c.STUB_LABEL !== 'All persons' ||
			c.AGE !== 'All ages'
		) {
			outOfScope++;
			continue;
		}
		panelsSeen.add(c.PANEL!);
		const where = `${hus.file}:${r.line}: ${c.PANEL} ${c.YEAR}`;
		const year = Number(c.YEAR);
		if (!/^\d{4}$/.test(c.YEAR!.trim()) || !Number.isInteger(year)) {
			unplaced.push(`${where}: year "${c.YEAR}" is not a year`);
			continue;
		}
		const value = parseNumber(c.ESTIMATE);
		if (value === null) {
			unplaced.push(
				`${where}: estimate "${c.ESTIMATE}" is not a number${c.FLAG ? ` (FLAG "${c.FLAG}")` : ''}; left missing`
			);
			continue;
		}
		const key = `${id}|${year}`;
		if (husRows.has(key)) {
			unplaced.push(`${where}: duplicate of line ${husRows.get(key)!.line}; second row not imported`);
			continue;
		}
		const note = c.FLAG?.trim() ? `NCHS flag "${c.FLAG.trim()}": estimate considered unreliable` : '';
		husRows.set(key, {
			obs: { iso3: usa, year, value, flag: '', source_id: HUS_ID, note },
			line: r.line,
			coversTo: null
		});
	}
	for (const panel of Object.keys(HUS_PANELS)) {
		if (!panelsSeen.has(panel))
			throw new Error(
				`${hus.file}: no national age-adjusted rows for panel "${panel}" — has the table layout changed?`
			);
	}
	if (outOfScope) {
		unplaced.push(
			`${hus.file}: ${outOfScope} rows not imported by design (other drug panels, crude rates, or breakdowns by sex/age/race; only national age-adjusted totals for all drugs and synthetic opioids are used)`
		);
	}

	// --- Data-brief transcription ---
	const briefs = parseCsv(briefsText, briefsFile);
	requireColumns(briefs, BRIEF_COLUMNS);
	for (const p of briefs.problems) unplaced.push(`${p.file}:${p.line}: ${p.reason}`);
	const briefRows = new Map<string, Candidate[]>();
	for (const r of briefs.rows) {
		const c = r.cells;
		const where = `${briefs.file}:${r.line}: ${c.indicator} ${c.year}`;
		const spec = BRIEF_INDICATORS[c.indicator!];
		if (!spec) {
			unplaced.push(
				`${where}: indicator "${c.indicator}" not imported (only a few scattered years transcribed; no matching series here)`
			);
			continue;
		}
		if (!spec.unit.test(c.unit ?? '')) {
			unplaced.push(`${where}: unit "${c.unit}" is not what ${spec.id} expects; not imported`);
			continue;
		}
		const year = Number(c.year);
		if (!/^\d{4}$/.test((c.year ?? '').trim())) {
			unplaced.push(`${where}: year "${c.year}" is not a year`);
			continue;
		}
		const value = parseNumber(c.value);
		if (value === null) {
			unplaced.push(`${where}: value "${c.value}" is not a number`);
			continue;
		}
		let sourceId: string;
		let flag: Flag = '';
		let note = '';
		let coversTo: number | null = null;
		const isSecondary = /^secondary/i.test((c.source_type ?? '').trim());
		if (isSecondary) {
			if (!/hmpgloballearningnetwork\.com/.test(c.source_url ?? '')) {
				unplaced.push(`${where}: secondary source "${c.source_url}" has no source entry; not imported`);
				continue;
			}
			sourceId = SECONDARY_2023_ID;
			flag = 'secondary';
			note = SECONDARY_NOTE;
		} else {
			const m = /Data Brief No\.?\s*(\d+)/i.exec(c.source_title ?? '');
			if (!m || !known.has(`cdc-nchs-db${m[1]}`)) {
				unplaced.push(`${where}: source "${c.source_title}" is not a known NCHS Data Brief; not imported`);
				continue;
			}
			sourceId = `cdc-nchs-db${m[1]}`;
			const span = /(\d{4})\s*[-–]\s*(\d{4})/.exec(c.source_title ?? '');
			coversTo = span ? Number(span[2]) : null;
			if (coversTo !== null && coversTo !== year) {
				note = `As published in NCHS Data Brief ${m[1]} (data to ${coversTo}); the brief for ${year} was not transcribed for this figure.`;
			}
		}
		const key = `${spec.id}|${year}`;
		const list = briefRows.get(key) ?? [];
		list.push({ obs: { iso3: usa, year, value, flag, source_id: sourceId, note }, line: r.line, coversTo });
		briefRows.set(key, list);
	}

	// --- Merge: HUS first; then for each (indicator, year) the brief covering that year ---
	for (const [key, cand] of husRows) observations[key.split('|')[0]!]!.push(cand.obs);
	for (const [key, list] of briefRows) {
		const [id, yearText] = key.split('|') as [string, string];
		const year = Number(yearText);
		const husRow = husRows.get(key);
		if (husRow) {
			for (const b of list) {
				const agree = b.obs.value === husRow.obs.value;
				unplaced.push(
					`${briefs.file}:${b.line}: ${id} ${year} = ${b.obs.value} (${b.obs.source_id}) also in the Health, United States table (${husRow.obs.value}, ${husFile}:${husRow.line}); ` +
						(agree ? 'values agree; kept the HUS row' : 'values DISAGREE; kept the HUS row — check which is current')
				);
			}
			continue;
		}
		// Prefer a primary row from the brief covering that year; then any primary row (earliest brief); the secondary row last.
		const ranked = [...list].sort(
			(a, b) => rank(a, year) - rank(b, year) || (a.coversTo ?? 9999) - (b.coversTo ?? 9999)
		);
		const kept = ranked[0]!;
		observations[id]!.push(kept.obs);
		for (const other of ranked.slice(1)) {
			unplaced.push(
				`${briefs.file}:${other.line}: ${id} ${year} = ${other.obs.value} (${other.obs.source_id}) also published in ${kept.obs.source_id} (${kept.obs.value}, line ${kept.line}); ` +
					`${other.obs.value === kept.obs.value ? 'values agree' : 'values DIFFER (revision)'}; kept ${kept.obs.source_id}`
			);
		}
	}
	for (const id of ids) observations[id]!.sort((a, b) => a.year - b.year);
	return { observations, unplaced };
}

/**
 * Every overdose death count must name the Data Brief of its own year (the brief whose data end that year), not a
 * later brief that repeats it: returns one message per row that does not (empty = all good). Run on every import.
 */
export function countSourceChecks(result: ImportResult): string[] {
	const endYear = new Map(
		sources.map((s) => [
			s.source_id,
			/Data Brief No\./.test(s.title) ? Number(/(\d{4})\s*[-–]\s*(\d{4})/.exec(s.title)?.[2]) : null
		])
	);
	return (result.observations.cdc_overdose_deaths ?? [])
		.filter((r) => endYear.get(r.source_id) !== r.year)
		.map((r) => `cdc_overdose_deaths ${r.year}: source ${r.source_id} is not the NCHS Data Brief for ${r.year}`);
}

function rank(c: Candidate, year: number): number {
	if (c.obs.flag === 'secondary') return 2;
	return c.coversTo === year ? 0 : 1;
}

if (isMain(import.meta.url)) {
	const { paths, out } = cliArgs();
	if (!paths[0] || !paths[1])
		throw new Error('usage: tsx scripts/import/cdc.ts <hus 95ax-ymtc csv> <databriefs csv> [--out data]');
	const result = run(
		readFileSync(paths[0], 'utf8'),
		readFileSync(paths[1], 'utf8'),
		loadPlaces(out),
		paths[0],
		paths[1]
	);
	const y2018 = result.observations.cdc_overdose_death_rate!.find((o) => o.year === 2018);
	if (y2018?.value !== 20.7 || y2018.source_id !== HUS_ID)
		throw new Error(
			`check failed: 2018 overdose death rate should be 20.7 from ${HUS_ID}, got ${JSON.stringify(y2018)}`
		);
	const wrongBrief = countSourceChecks(result);
	if (wrongBrief.length) throw new Error(`check failed: ${wrongBrief.join('; ')}`);
	writeImport(result, out, name);
}
