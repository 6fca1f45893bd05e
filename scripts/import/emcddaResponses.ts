/**
 * EMCDDA Statistical Bulletin 2019 (data to 2017), health and social responses: clients in opioid substitution
 * treatment (OST) by medication (table HSR-3-3), clients in methadone treatment by year (HSR-3-2) and syringes provided
 * through specialised programmes (HSR-5-1-1), with derived rates per 1,000 population aged 15–64 (World Bank).
 * Usage: tsx scripts/import/emcddaResponses.ts <emcdda dir> <World Bank SP.POP.1564.TO API csv> [--out data]
 * The EMCDDA dir holds socialResponses/*.xlsx, one EMCDDA table per workbook, the sheet named by the table code
 * (see ../shared/data/raw/emcdda-statistical-bulletin-2019/PROVENANCE.md). HSR-2-3 (OST providers) is not imported:
 * it holds yes/no cells on who may provide OST, not numbers.
 * Download: https://www.euda.europa.eu/data/stats2019_en (Statistical Bulletin 2019: health and social responses).
 *
 * `run()` takes the sheets already read (rows of cell values, as read-excel-file returns them), like emcdda.ts.
 * A blank cell is "not reported" and stays missing; a published 0 is kept.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Indicator, Observation, Source } from '../../src/lib/data/types.ts';
import { cliArgs, isMain, parseNumber, round, writeImport, type ImportResult } from './lib/output.ts';
import { loadPlaces, placeNamedRow, type Places } from './lib/places.ts';
import { populationValue, readWorldBankApiCsv, type PopulationTable } from './lib/population.ts';
import {
	cellText,
	isBlank,
	MARKED_NOTE,
	readTable,
	readWorkbooks,
	WB_1564_SOURCE,
	type TableRow,
	type TableSpec,
	type Workbooks
} from './emcdda.ts';

export const name = 'emcdda-responses';

export const HSR_SOURCE = 'emcdda-statistical-bulletin-2019-hsr';

/** EMCDDA's own earlier table that prints the same Czech syringe counts with the unit "x 1000" (checked by hand). */
const SYRINGE_UNIT_CHECK =
	'Table HSR-5-1-1 does not label its unit. It is thousands of syringes: the Czech values in this file (1780 in 2003, 3274 in 2005, 4457 in 2007, 4644 in 2008, 4861 in 2009) are those EMCDDA printed as "Number syringes (x 1000)" in Statistical Bulletin 2011 table HSR-5 part (i).';
/** Where the EMCDDA pages cited in the caveats are (in the source notes, so that caveats carry no long addresses). */
const CITED_PAGES =
	'Pages cited in the caveats: Statistical Bulletin 2011 table HSR-5 part (i), https://archive.euda.europa.eu/stats11/stats11/hsrtab5a.html; Statistical Bulletin 2013 table HSR-3 part (iii) (methodological notes), https://www.emcdda.europa.eu/stats13/hsrtab3c; Statistical Bulletin 2007 table HSR-11, https://archive.emcdda.europa.eu/stats07/stats07/hsrtab11.html.';

export const sources: Source[] = [
	{
		source_id: HSR_SOURCE,
		publisher:
			'European Monitoring Centre for Drugs and Drug Addiction (EMCDDA; since 2024 the European Union Drugs Agency, EUDA)',
		title:
			'Statistical Bulletin 2019: health and social responses (tables HSR-3-2 clients in methadone treatment, HSR-3-3 clients in opioid substitution treatment by medication, HSR-5-1-1 syringes provided through specialised programmes)',
		url: 'https://www.euda.europa.eu/data/stats2019_en',
		download_url:
			'https://github.com/danilo1214/PR20ddpdjphv/tree/4e22ef4854b1d15fd7c3be13ce5a35f630c9aa41/tables/socialResponses',
		licence: '© EMCDDA, reproduction authorised with the source acknowledged',
		year: '2019',
		citation:
			'European Monitoring Centre for Drugs and Drug Addiction (EMCDDA), Statistical Bulletin 2019, health and social responses, tables HSR-3-2, HSR-3-3 and HSR-5-1-1, Lisbon, 2019. https://www.euda.europa.eu/data/stats2019_en',
		notes: `Data 1993–2017 (methadone clients), 2003–2017 (syringes) and one latest year per country (OST clients by medication) for EU-28, Norway and Turkey. The xlsx copies read by the importer come from a third-party GitHub repository (danilo1214/PR20ddpdjphv, a student project, commit 4e22ef48, 2020), one EMCDDA table per file with the table code as sheet name; the edition is inferred from the latest year (2017). An asterisk after a country name marks a note in the EMCDDA table; the note texts were not copied. A blank cell means not reported (published zeros are 0). ${SYRINGE_UNIT_CHECK} ${CITED_PAGES}`
	}
];

// ---------------------------------------------------------------------------------------------------------------
// Tables

export const METHADONE_TABLE: TableSpec = {
	file: 'socialResponses/methadoneClients.xlsx',
	sheet: 'HSR-3-2',
	what: 'clients in methadone treatment'
};
export const SYRINGE_TABLE: TableSpec = {
	file: 'socialResponses/syringesProvision.xlsx',
	sheet: 'HSR-5-1-1',
	what: 'syringes provided through specialised programmes'
};
export const OST_TABLE: TableSpec = {
	file: 'socialResponses/opioidSubstitutionTreatment.xlsx',
	sheet: 'HSR-3-3',
	what: 'clients in opioid substitution treatment by medication'
};
export const TABLES: TableSpec[] = [METHADONE_TABLE, SYRINGE_TABLE, OST_TABLE];

/** The medication columns of HSR-3-3 (count and share, as headed in the file). */
export const MEDICATIONS = [
	{ key: 'methadone', count: 'Number of methadone clients', share: 'Methadone share', label: 'methadone' },
	{
		key: 'buprenorphine',
		count: 'Number of buprenorphine-based OST clients',
		share: 'Buprenorphine-based OST share',
		label: 'buprenorphine-based medicines'
	},
	{ key: 'srom', count: 'Number of SROM clients', share: 'SROM share', label: 'slow-release oral morphine (SROM)' },
	{ key: 'dhc', count: 'Number of DHC clients', share: 'DHC share', label: 'dihydrocodeine (DHC)' },
	{
		key: 'diacetylmorphine',
		count: 'Number of diacetylmorphine clients',
		share: 'Diacetylmorphine share',
		label: 'diacetylmorphine (heroin-assisted treatment)'
	},
	{ key: 'other', count: 'Number of other clients', share: 'Other share', label: 'other medicines' }
] as const;
type MedicationKey = (typeof MEDICATIONS)[number]['key'];

/**
 * Rows that are not the country their name says. The "United Kingdom" row of HSR-3-2 and HSR-3-3 is far too small to
 * be the whole UK: 582 methadone clients in 2005 and 1403 in 2017, where EMCDDA's own Statistical Bulletin 2007 (table
 * HSR-11, https://archive.emcdda.europa.eu/stats07/stats07/hsrtab11.html) gave 109,500 methadone clients for England
 * alone in 2005. The EMCDDA note that would say which part of the UK it covers was not copied, so it cannot be placed.
 */
export const NOT_THE_WHOLE_COUNTRY: Record<string, { year: number; reference: number; source: string }> = {
	GBR: {
		year: 2005,
		reference: 109_500,
		source: 'EMCDDA Statistical Bulletin 2007 table HSR-11 gave 109,500 methadone clients for England alone in 2005'
	}
};
/** Why a row of HSR-3-2/HSR-3-3 is not placed, with the row's methadone count of one year (the reference year if it has one). */
const notWholeReason = (iso3: string, year: number, value: number | undefined) => {
	const x = NOT_THE_WHOLE_COUNTRY[iso3]!;
	const here =
		value === undefined ? 'this row has no methadone count' : `this row gives ${value} methadone clients for ${year}`;
	return `far too small to be the whole country (${x.source}; ${here}); the part it covers is not named (the EMCDDA note was not copied), so not imported`;
};

/** Published shares of HSR-3-3 that add up to 100 within this many points are taken as rounding. */
export const SHARE_TOLERANCE = 2;

// ---------------------------------------------------------------------------------------------------------------
// Indicator metadata

const OST_DEFINITION =
	'Opioid substitution treatment (OST; also opioid agonist treatment, OAT) is the prescription of a long-acting opioid medicine (methadone, buprenorphine, slow-release oral morphine, dihydrocodeine or diacetylmorphine, i.e. pharmaceutical heroin) to people dependent on opioids such as heroin.';
const COUNTING =
	"Countries count clients differently: EMCDDA's methodological notes to earlier editions (Statistical Bulletin 2013, table HSR-3 part iii) show registers counted on one day (Germany, 1 July), counts over the year and estimates, and some countries leaving out treatment in prison (Spain, Ireland). An asterisk in the EMCDDA table marks a country note that was not copied. A blank (not reported) stays missing.";
const RATE_NOT_COVERAGE =
	'The denominator is everyone aged 15–64 (World Bank SP.POP.1564.TO; EMCDDA uses Eurostat populations), not the people who need treatment, so this is not treatment coverage.';
const LATEST_YEAR_ONLY =
	'One year per country, the latest it reported to this table (2010–2017), so countries are compared across different years.';

const count = (
	i: Omit<Indicator, 'source_id' | 'topic' | 'better' | 'decimals' | 'derived' | 'formula'> & Partial<Indicator>
): Indicator => ({
	source_id: HSR_SOURCE,
	topic: 'treatment',
	better: '',
	decimals: 0,
	derived: false,
	formula: '',
	...i
});
const ratePer1000 = (of: string, table: string) =>
	`(${of}, ${table}) ÷ World Bank SP.POP.1564.TO population aged 15–64 (release 2025-03-24, source ${WB_1564_SOURCE}), same country and year, × 1,000; rounded to 2 decimals. No row when either number is missing.`;

export const indicators: Indicator[] = [
	count({
		indicator_id: 'emcdda_ost_clients',
		label: 'Clients in opioid substitution treatment, all medicines (sum of EMCDDA counts by medicine)',
		short_label: 'Opioid substitution treatment clients',
		unit: 'clients in opioid substitution treatment (count)',
		description: `${OST_DEFINITION} Clients in OST in the latest year each country reported, obtained by adding the counts by medicine of EMCDDA Statistical Bulletin 2019 table HSR-3-3.`,
		comparability: 'emcdda-ost-clients-count',
		derived: true,
		formula:
			'Sum of the client counts by medicine in EMCDDA Statistical Bulletin 2019 table HSR-3-3 (methadone, buprenorphine-based, slow-release oral morphine, dihydrocodeine, diacetylmorphine, other), same country and year. A blank medicine is left out of the sum (not reported or not available; never read as 0); no row when every medicine is blank.',
		caveat: `Our sum, not an EMCDDA total: this copy of the table has no all-medicines column. A client counted under two medicines in the year is counted twice; where EMCDDA's published shares do not add up to about 100 % the row says so. ${LATEST_YEAR_ONLY} ${COUNTING}`
	}),
	count({
		indicator_id: 'emcdda_ost_clients_rate',
		label: 'Clients in opioid substitution treatment per 1,000 population aged 15–64 (derived from EMCDDA counts)',
		short_label: 'OST clients per 1,000 aged 15–64',
		unit: 'clients in opioid substitution treatment per 1,000 population aged 15–64',
		description: `${OST_DEFINITION} Clients in OST (all medicines, EMCDDA table HSR-3-3) per 1,000 people aged 15–64, computed by Drug Policy Explorer, not published by EMCDDA.`,
		comparability: 'emcdda-ost-clients-rate-15-64',
		decimals: 2,
		derived: true,
		formula: ratePer1000('sum of the client counts by medicine', 'EMCDDA Statistical Bulletin 2019 table HSR-3-3'),
		caveat: `Computed by Drug Policy Explorer, not an EMCDDA figure, from our sum of the counts by medicine (a client counted under two medicines is counted twice). ${RATE_NOT_COVERAGE} ${LATEST_YEAR_ONLY} ${COUNTING}`
	}),
	count({
		indicator_id: 'emcdda_methadone_clients',
		label: 'Clients in methadone treatment (EMCDDA)',
		short_label: 'Methadone treatment clients',
		unit: 'clients in methadone treatment (count)',
		description: `${OST_DEFINITION} Clients receiving methadone, by year, as published in EMCDDA Statistical Bulletin 2019 table HSR-3-2.`,
		comparability: 'emcdda-methadone-clients-count',
		caveat: `Methadone only: clients on buprenorphine and other medicines are not in this count, and how much of OST is methadone differs widely between countries (see the OST indicators). A published 0 is kept. ${COUNTING}`
	}),
	count({
		indicator_id: 'emcdda_methadone_clients_rate',
		label: 'Clients in methadone treatment per 1,000 population aged 15–64 (derived from EMCDDA counts)',
		short_label: 'Methadone clients per 1,000 aged 15–64',
		unit: 'clients in methadone treatment per 1,000 population aged 15–64',
		description: `${OST_DEFINITION} Clients receiving methadone (EMCDDA table HSR-3-2) per 1,000 people aged 15–64, by year, computed by Drug Policy Explorer, not published by EMCDDA.`,
		comparability: 'emcdda-methadone-clients-rate-15-64',
		decimals: 2,
		derived: true,
		formula: ratePer1000(
			'clients in methadone treatment, as published',
			'EMCDDA Statistical Bulletin 2019 table HSR-3-2'
		),
		caveat: `Computed by Drug Policy Explorer, not an EMCDDA figure. Methadone only: clients on other medicines are not counted. ${RATE_NOT_COVERAGE} ${COUNTING}`
	}),
	count({
		indicator_id: 'emcdda_ost_buprenorphine_clients',
		label: 'Clients in opioid substitution treatment with buprenorphine-based medicines (EMCDDA)',
		short_label: 'Buprenorphine treatment clients',
		unit: 'clients in buprenorphine-based treatment (count)',
		description: `${OST_DEFINITION} Clients receiving buprenorphine-based medicines, in the latest year each country reported, as published in EMCDDA Statistical Bulletin 2019 table HSR-3-3.`,
		comparability: 'emcdda-ost-buprenorphine-clients-count',
		caveat: `${LATEST_YEAR_ONLY} A blank means not reported (or not available in the country), not that no one receives it. ${COUNTING}`
	}),
	count({
		indicator_id: 'emcdda_ost_diacetylmorphine_clients',
		label: 'Clients in heroin-assisted treatment (diacetylmorphine; EMCDDA)',
		short_label: 'Heroin-assisted treatment clients',
		unit: 'clients in diacetylmorphine treatment (count)',
		description: `${OST_DEFINITION} Clients receiving diacetylmorphine (pharmaceutical heroin; heroin-assisted treatment), in the latest year each country reported, as published in EMCDDA Statistical Bulletin 2019 table HSR-3-3.`,
		comparability: 'emcdda-ost-diacetylmorphine-clients-count',
		caveat: `Few countries report a figure here, and a published 0 means none in that year. A blank means not reported, not that the country has no heroin-assisted treatment. ${LATEST_YEAR_ONLY} ${COUNTING}`
	}),
	count({
		indicator_id: 'emcdda_syringes_provided',
		label: 'Syringes provided through specialised needle and syringe programmes, in thousands (EMCDDA)',
		short_label: 'Syringes provided (thousands)',
		unit: 'thousand syringes provided in the year',
		description:
			'Number of syringes handed out (free, sold or exchanged) by specialised needle and syringe programmes (NSPs) in the year, in thousands, as reported to the EMCDDA (Statistical Bulletin 2019 table HSR-5-1-1).',
		comparability: 'emcdda-syringes-provided-thousands',
		caveat: `In thousands: a value of 6294 means about 6.3 million syringes. ${SYRINGE_UNIT_CHECK} Only syringes from specialised programmes are counted, not those bought in pharmacies outside them; EMCDDA asks that the numbers be read against each country's level of injecting and its pharmacy network, so they are not a measure of coverage and countries are hard to compare. Earlier EMCDDA editions mark some countries' figures as covering only part of their programmes; this copy has no coverage column, and an asterisk after a country name marks a note that was not copied. A published 0 is kept; a blank (not reported) stays missing.`
	})
];

// ---------------------------------------------------------------------------------------------------------------
// Reading HSR-3-3 (one row per country: Country, Year, then count and share per medicine)

interface OstRow {
	name: string;
	iso3: string;
	marked: boolean;
	row: number;
	year: number;
	counts: Partial<Record<MedicationKey, number>>;
	shares: Partial<Record<MedicationKey, number>>;
	/** Medicines whose count cell could not be read: no all-medicine sum for this row. */
	unreadable: string[];
}

/** A row left out because it is not the whole country its name says. */
interface NotWhole {
	iso3: string;
	table: string;
	/** Its methadone count in one year (the reference year of NOT_THE_WHOLE_COUNTRY where the row has it). */
	year: number;
	value: number | undefined;
}

function readOstTable(
	books: Workbooks,
	places: Places,
	unplaced: string[],
	notWhole: NotWhole[],
	dir: string
): OstRow[] {
	const spec = OST_TABLE;
	const book = books[spec.file];
	const file = join(dir, spec.file);
	if (!book) throw new Error(`${file}: workbook not found (expected EMCDDA table ${spec.sheet}, ${spec.what})`);
	if (book.sheet !== spec.sheet)
		throw new Error(
			`${file}: sheet is "${book.sheet}", expected EMCDDA table code ${spec.sheet} (${spec.what}); file changed?`
		);
	const header = (book.rows[0] ?? []).map((c) => cellText(c).trim());
	const col = (h: string) => {
		const i = header.indexOf(h);
		if (i < 0) throw new Error(`${file} ${spec.sheet}: column "${h}" not found in the header row 1; layout changed?`);
		return i;
	};
	const cCountry = col('Country');
	const cYear = col('Year');
	const cols = MEDICATIONS.map((m) => ({ ...m, c: col(m.count), s: col(m.share) }));
	const known = new Set([cCountry, cYear, ...cols.flatMap((m) => [m.c, m.s])]);
	header.forEach((h, i) => {
		if (h && !known.has(i))
			throw new Error(`${file} ${spec.sheet}: unexpected column "${h}" (column ${i + 1}); layout changed?`);
	});

	const out: OstRow[] = [];
	const seen = new Map<string, number>();
	for (let i = 1; i < book.rows.length; i++) {
		const r = book.rows[i] ?? [];
		const rowNo = i + 1;
		if (r.every(isBlank)) continue;
		const name = cellText(r[cCountry]).trim();
		const where = `${file} ${spec.sheet} row ${rowNo}`;
		const hasValues = cols.some((m) => !isBlank(r[m.c]) || !isBlank(r[m.s]));
		const iso3 = placeNamedRow(places, name, where, unplaced);
		if (!iso3) continue;
		if (NOT_THE_WHOLE_COUNTRY[iso3]) {
			if (hasValues) {
				const year = Number(cellText(r[cYear]).trim());
				const value = parseNumber(r[cols[0]!.c]) ?? undefined;
				unplaced.push(`${where}: "${name}": ${notWholeReason(iso3, year, value)}`);
				notWhole.push({ iso3, table: spec.sheet, year, value });
			}
			continue;
		}
		if (seen.has(iso3)) {
			unplaced.push(`${where}: "${name}": ${iso3} already read on row ${seen.get(iso3)}, duplicate not imported`);
			continue;
		}
		seen.set(iso3, rowNo);
		const yearText = cellText(r[cYear]).trim();
		if (!yearText) {
			unplaced.push(
				`${where}: "${name}": no year${hasValues ? ', values not imported' : ' and no values (nothing reported)'}`
			);
			continue;
		}
		if (!/^\d{4}$/.test(yearText) || Number(yearText) < 1980 || Number(yearText) > 2100) {
			unplaced.push(`${where}: "${name}": year "${yearText}" is not a year, not imported`);
			continue;
		}
		const row: OstRow = {
			name,
			iso3,
			marked: /\*/.test(name),
			row: rowNo,
			year: Number(yearText),
			counts: {},
			shares: {},
			unreadable: []
		};
		for (const m of cols) {
			const c = r[m.c];
			if (!isBlank(c)) {
				const v = typeof c === 'number' ? c : parseNumber(c);
				if (v === null || !Number.isFinite(v))
					unplaced.push(`${where}: ${name} ${row.year}: ${m.count} "${cellText(c)}" is not a number, not imported`);
				else if (v < 0 || !Number.isInteger(v))
					unplaced.push(
						`${where}: ${name} ${row.year}: ${m.count} ${v} is not a whole non-negative count, not imported`
					);
				else row.counts[m.key] = v;
				if (row.counts[m.key] === undefined) row.unreadable.push(m.label);
			}
			const s = r[m.s];
			if (!isBlank(s)) {
				const v = typeof s === 'number' ? s : parseNumber(s);
				if (v === null || !Number.isFinite(v) || v < 0 || v > 100)
					unplaced.push(
						`${where}: ${name} ${row.year}: ${m.share} "${cellText(s)}" is not a share, ignored in the check`
					);
				else row.shares[m.key] = v;
			}
		}
		if (Object.keys(row.counts).length === 0) {
			unplaced.push(`${where}: "${name}" ${row.year}: no client count for any medicine, nothing imported`);
			continue;
		}
		out.push(row);
	}
	return out;
}

/**
 * Sum of the published shares of the medicines that have a count, in per cent. Shares written as fractions
 * (Finland: 0.37 and 0.63) are read as fractions when they all are ≤ 1 and add up to at most 1 + tolerance/100.
 */
export function shareSum(row: Pick<OstRow, 'counts' | 'shares'>): number | null {
	const keys = (Object.keys(row.counts) as MedicationKey[]).filter((k) => row.shares[k] !== undefined);
	if (keys.length === 0) return null;
	const sum = keys.reduce((a, k) => a + row.shares[k]!, 0);
	const fractions = keys.every((k) => row.shares[k]! <= 1) && sum <= 1 + SHARE_TOLERANCE / 100 && sum > 0;
	return round(fractions ? sum * 100 : sum, 1);
}

// ---------------------------------------------------------------------------------------------------------------
// Import

const joinNotes = (...parts: string[]) => parts.filter(Boolean).join('. ');

export function run(
	books: Workbooks,
	pop1564: PopulationTable,
	places: Places,
	dir = 'emcdda-statistical-bulletin-2019'
): ImportResult {
	const unplaced: string[] = [];
	const observations: Record<string, Observation[]> = Object.fromEntries(
		indicators.map((i) => [i.indicator_id, [] as Observation[]])
	);
	const obs = (iso3: string, year: number, value: number, flag: Observation['flag'], note: string): Observation => ({
		iso3,
		year,
		value,
		flag,
		source_id: HSR_SOURCE,
		note
	});
	const caveats: Record<string, string> = {};
	const addCaveat = (ids: string[], text: string) => {
		for (const id of ids) caveats[id] = caveats[id] ? `${caveats[id]} ${text}` : text;
	};
	const rate = (id: string, iso3: string, year: number, v: number, what: string, note: string) => {
		const pop = populationValue(pop1564, iso3, year);
		if (pop === undefined) {
			unplaced.push(`${pop1564.file}: no ${pop1564.indicator} population for ${iso3} ${year}: ${id} not computed`);
			return;
		}
		observations[id]!.push(
			obs(
				iso3,
				year,
				round((v / pop) * 1000, 2),
				'derived',
				joinNotes(`${v} ${what} ÷ ${pop} people aged 15–64 (World Bank ${pop1564.indicator}) × 1,000`, note)
			)
		);
	};
	const notWhole: NotWhole[] = [];
	/** Drop the rows of a country × year table that are not the country their name says (reported). */
	const dropNotWhole = (table: Map<string, TableRow>, spec: TableSpec) => {
		for (const [iso3, x] of Object.entries(NOT_THE_WHOLE_COUNTRY)) {
			const row = table.get(iso3);
			if (!row) continue;
			table.delete(iso3);
			if (!row.values.size) continue;
			const year = row.values.has(x.year) ? x.year : Math.max(...row.values.keys());
			const value = row.values.get(year);
			unplaced.push(
				`${join(dir, spec.file)} ${spec.sheet} row ${row.row}: "${row.name}": ${notWholeReason(iso3, year, value)}`
			);
			notWhole.push({ iso3, table: spec.sheet, year, value });
		}
	};

	// --- HSR-3-3: OST clients by medicine, latest year -----------------------------------------------------------
	const ost = readOstTable(books, places, unplaced, notWhole, dir);
	// --- HSR-3-2: methadone clients by year ------------------------------------------------------------------------
	const methadone = readTable(METHADONE_TABLE, books, places, unplaced, dir);
	dropNotWhole(methadone, METHADONE_TABLE);

	// The two tables give methadone clients for the same country-year: where they disagree, both rows say so.
	const disagree = new Map<string, string>();
	for (const r of ost) {
		const a = methadone.get(r.iso3)?.values.get(r.year);
		const b = r.counts.methadone;
		if (a !== undefined && b !== undefined && a !== b) {
			disagree.set(
				`${r.iso3}|${r.year}`,
				`Check before quoting: EMCDDA's tables disagree for ${places.name(r.iso3)} ${r.year}: ${a} methadone clients in HSR-3-2, ${b} in HSR-3-3`
			);
		}
	}

	const sharesOff: string[] = [];
	for (const r of ost) {
		const marked = r.marked ? MARKED_NOTE : '';
		if (r.counts.buprenorphine !== undefined)
			observations.emcdda_ost_buprenorphine_clients!.push(obs(r.iso3, r.year, r.counts.buprenorphine, '', marked));
		if (r.counts.diacetylmorphine !== undefined)
			observations.emcdda_ost_diacetylmorphine_clients!.push(
				obs(r.iso3, r.year, r.counts.diacetylmorphine, '', marked)
			);
		if (r.unreadable.length) {
			unplaced.push(
				`${join(dir, OST_TABLE.file)} ${OST_TABLE.sheet} row ${r.row}: ${r.name} ${r.year}: the count for ${r.unreadable.join(', ')} is unreadable, so no all-medicine sum (emcdda_ost_clients and its rate not computed)`
			);
			continue;
		}
		const parts = MEDICATIONS.filter((m) => r.counts[m.key] !== undefined);
		const total = parts.reduce((a, m) => a + r.counts[m.key]!, 0);
		const sum = shareSum(r);
		const shareCheck =
			sum !== null && Math.abs(sum - 100) > SHARE_TOLERANCE
				? `Check before quoting: EMCDDA's shares for these medicines add up to ${sum} %, not 100 %, so the counts by medicine overlap (a client counted under two medicines) or miss some clients`
				: '';
		if (shareCheck) sharesOff.push(`${r.name.replace(/\s*\*\s*$/, '')} ${r.year} (${sum} %)`);
		const mismatch = disagree.get(`${r.iso3}|${r.year}`) ?? '';
		const how = parts.map((m) => `${r.counts[m.key]} ${m.label}`).join(' + ');
		observations.emcdda_ost_clients!.push(
			obs(
				r.iso3,
				r.year,
				total,
				'derived',
				joinNotes(`${how}${parts.length > 1 ? ` = ${total}` : ''}`, shareCheck, mismatch, marked)
			)
		);
		rate('emcdda_ost_clients_rate', r.iso3, r.year, total, 'clients in OST', joinNotes(shareCheck, mismatch, marked));
	}

	for (const row of methadone.values()) {
		for (const [year, v] of [...row.values].sort(([a], [b]) => a - b)) {
			const note = joinNotes(disagree.get(`${row.iso3}|${year}`) ?? '', row.marked ? MARKED_NOTE : '');
			observations.emcdda_methadone_clients!.push(obs(row.iso3, year, v, '', note));
			rate('emcdda_methadone_clients_rate', row.iso3, year, v, 'clients in methadone treatment', note);
		}
	}

	// --- HSR-5-1-1: syringes, as published (thousands) -------------------------------------------------------------
	const syringes = readTable(SYRINGE_TABLE, books, places, unplaced, dir);
	for (const row of syringes.values()) {
		for (const [year, v] of [...row.values].sort(([a], [b]) => a - b)) {
			observations.emcdda_syringes_provided!.push(obs(row.iso3, year, v, '', row.marked ? MARKED_NOTE : ''));
		}
	}

	// --- Caveat sentences computed from the tables ------------------------------------------------------------------
	for (const id of [
		'emcdda_ost_clients',
		'emcdda_ost_clients_rate',
		'emcdda_ost_buprenorphine_clients',
		'emcdda_ost_diacetylmorphine_clients'
	]) {
		const rows = observations[id]!;
		const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
		if (years.length)
			addCaveat(
				[id],
				`Latest year reported, countries per year: ${years.map((y) => `${y}: ${rows.filter((r) => r.year === y).length}`).join(', ')}.`
			);
	}
	const shares = ost
		.filter((r) => !r.unreadable.length)
		.map((r) => ({ r, m: r.counts.methadone }))
		.filter((x) => x.m !== undefined)
		.map((x) => ({
			name: x.r.name.replace(/\s*\*\s*$/, ''),
			year: x.r.year,
			pct: round((100 * x.m!) / MEDICATIONS.reduce((a, m) => a + (x.r.counts[m.key] ?? 0), 0), 0)
		}));
	if (shares.length > 1) {
		const lo = Math.min(...shares.map((x) => x.pct));
		const hi = Math.max(...shares.map((x) => x.pct));
		const at = (pct: number) =>
			shares
				.filter((x) => x.pct === pct)
				.map((x) => `${x.name} ${x.year}`)
				.join(', ');
		addCaveat(
			['emcdda_methadone_clients', 'emcdda_methadone_clients_rate'],
			`In table HSR-3-3 methadone is ${lo} % of the counted OST clients in ${at(lo)} and ${hi} % in ${at(hi)}.`
		);
	}
	if (sharesOff.length) {
		addCaveat(
			['emcdda_ost_clients', 'emcdda_ost_clients_rate'],
			`EMCDDA's published shares by medicine do not add up to 100 % (±${SHARE_TOLERANCE}) in ${sharesOff.join(', ')}; those rows carry a "Check before quoting" note.`
		);
	}
	if (disagree.size) {
		const list = [...disagree.keys()].map((k) => {
			const [iso3, year] = k.split('|');
			return `${places.name(iso3!)} ${year}`;
		});
		addCaveat(
			['emcdda_methadone_clients', 'emcdda_methadone_clients_rate', 'emcdda_ost_clients', 'emcdda_ost_clients_rate'],
			`EMCDDA's tables HSR-3-2 and HSR-3-3 give different numbers of methadone clients for ${list.join(', ')}; those rows carry a "Check before quoting" note.`
		);
	}
	for (const iso3 of new Set(notWhole.map((n) => n.iso3))) {
		const x = NOT_THE_WHOLE_COUNTRY[iso3]!;
		const rows = notWhole.filter((n) => n.iso3 === iso3);
		const ref = rows.find((n) => n.year === x.year && n.value !== undefined);
		const ids = rows.some((n) => n.table === OST_TABLE.sheet)
			? [
					'emcdda_ost_clients',
					'emcdda_ost_clients_rate',
					'emcdda_ost_buprenorphine_clients',
					'emcdda_ost_diacetylmorphine_clients'
				]
			: [];
		if (rows.some((n) => n.table === METHADONE_TABLE.sheet))
			ids.push('emcdda_methadone_clients', 'emcdda_methadone_clients_rate');
		addCaveat(
			ids,
			`The "${places.name(iso3)}" row (${rows.map((n) => n.table).join(', ')}) is not imported: it is far too small to be the whole country (${ref ? `${ref.value} methadone clients in ${x.year}, where ` : ''}${x.source}), and the part it covers is not named.`
		);
	}
	const ukParts = [...syringes.values()].filter((r) => r.iso3.startsWith('GB-'));
	if (ukParts.length) {
		const withData = ukParts.filter((r) => r.values.size).map((r) => places.name(r.iso3));
		const without = ukParts.filter((r) => !r.values.size).map((r) => places.name(r.iso3));
		addCaveat(
			['emcdda_syringes_provided'],
			`The United Kingdom reports in parts: ${withData.join(', ')}${without.length ? ` have figures; ${without.join(', ')} has none in this table` : ''}.`
		);
	}

	unplaced.push(...pop1564.problems);
	return { observations, unplaced, caveats };
}

// ---------------------------------------------------------------------------------------------------------------
// CLI

if (isMain(import.meta.url)) {
	const { paths, out } = cliArgs();
	const [dir, pop1564Path] = paths;
	if (!dir || !pop1564Path)
		throw new Error(
			'usage: tsx scripts/import/emcddaResponses.ts <emcdda dir> <World Bank SP.POP.1564.TO API csv> [--out data]'
		);
	const pop1564 = readWorldBankApiCsv(readFileSync(pop1564Path, 'utf8'), pop1564Path, 'SP.POP.1564.TO');
	writeImport(run(await readWorkbooks(dir, TABLES), pop1564, loadPlaces(out), dir), out, name);
}
