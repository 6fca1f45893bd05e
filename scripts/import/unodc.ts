/**
 * UNODC "Prisons and prisoners" (UN-CTS, release 11/05/2023): persons held in prison, total and for drug offences.
 * Usage: tsx scripts/import/unodc.ts <unodc_prisons_drug_and_total_extract.csv> [--out data]
 * The extract keeps the 13 columns of UNODC's data_cts_prisons_and_prisoners.xlsx unchanged, filtered to the total and
 * drug-offence series (see ../shared/data/raw/unodc-prisons/PROVENANCE.md).
 * Download: https://dataunodc.un.org/dp-prisons-persons-held (Data portal → Prisons and prisoners → download the xlsx).
 *
 * Drug-offence definition: ONE definition only, ICCS section 06 "Acts involving controlled psycho-active substances"
 * (persons held by type of criminal act). Possession/trafficking ("by selected crime") rows are not mixed in; they are
 * used to spot internally inconsistent 06 values (see `consistencyNote`).
 *
 * Drug possession and drug trafficking ("Persons held, by selected crime") are imported as two indicators of their own
 * (UNODC's published rates per 100,000), never merged with ICCS 06 nor added up. The break rule of lib/breaks.ts applies
 * to them as to ICCS 06: it is tested on the share of all persons held (possession count ÷ total count, computed only to
 * find breaks; not imported) and flags the rate of that year. The share of a stock of prisoners held for one offence
 * moves as slowly as the share held for drug offences, so a ×3 jump between consecutive published values is a change of
 * reporting there too (France 2020: 0.1 % → 12.0 % held for possession; Philippines 2018: 0.2 % → 26.3 %).
 */
import { readFileSync } from 'node:fs';
import type { Indicator, Observation, Source } from '../../src/lib/data/types.ts';
import { parseCsv } from '../../src/lib/data/csv.ts';
import { flagBreak, findShareBreaks, pct, SHARE_BREAK_RULE, shareBreakNote, type SharePoint } from './lib/breaks.ts';
import { cliArgs, isMain, parseNumber, round, writeImport, type ImportResult } from './lib/output.ts';
import { loadPlaces, type Places } from './lib/places.ts';

export const name = 'unodc';

const SOURCE_ID = 'unodc-cts-prisons-2023';

export const sources: Source[] = [
	{
		source_id: SOURCE_ID,
		publisher: 'United Nations Office on Drugs and Crime (UNODC)',
		title:
			'Prisons and prisoners (UN Survey of Crime Trends and Operations of Criminal Justice Systems, UN-CTS), data_cts_prisons_and_prisoners.xlsx, release of 11/05/2023',
		url: 'https://dataunodc.un.org/dp-prisons-persons-held',
		download_url: 'https://dataunodc.un.org/dp-prisons-persons-held',
		licence: 'UNODC data portal terms of use; attribution "UNODC" required. No open licence stated in the file.',
		year: '2023',
		citation: 'UNODC, Prisons and prisoners (UN-CTS), data portal dataunodc.un.org, release of 11 May 2023.',
		notes:
			'The copy used was obtained from a third-party GitHub repository (elliottjones56/project_5, commit 18ed5b9f, file byte-identical to the UNODC export); the importer reads a filtered extract with the same columns and unchanged rows. Each value has its own origin in the Source column (CTS = UN-CTS country reply, WPB-ICPR = World Prison Brief, External, SDG …), kept in each row note. Later releases revise back years.'
	}
];

const A06 = 'Acts involving controlled psycho-active substances';
const DEF_06 =
	'ICCS section 06 "Acts involving controlled psycho-active substances" (UNODC series "Persons held, by type of criminal acts"), both sexes, all ages';

export const indicators: Indicator[] = [
	{
		indicator_id: 'unodc_prison_rate',
		label: 'Persons held in prison per 100,000 population (UNODC)',
		short_label: 'Prison population rate (UNODC)',
		unit: 'persons held per 100,000 population',
		topic: 'prisons',
		description:
			'Persons held in prisons, penal institutions or correctional institutions on a given day (a stock, not admissions), both sexes, all ages, per 100,000 population, as published by UNODC from the UN-CTS survey and other sources.',
		source_id: SOURCE_ID,
		better: '',
		comparability: 'unodc-cts-persons-held-rate',
		decimals: 1,
		derived: false,
		formula: '',
		caveat:
			'Countries count different groups as "persons held" (pre-trial detainees, juveniles, police cells, immigration detention). Values come from mixed origins (UN-CTS replies, World Prison Brief, national sources; the row note names each) and may differ from World Prison Brief figures for the same year. The United Kingdom is reported as England and Wales, Scotland and Northern Ireland.'
	},
	{
		indicator_id: 'unodc_prisoners_drug_offences',
		label: 'Persons held in prison for drug offences (ICCS 06, UNODC)',
		short_label: 'Prisoners for drug offences (count)',
		unit: 'persons held',
		topic: 'prisons',
		description: `Number of persons held whose most serious offence is a drug offence, defined as ${DEF_06}. As published by UNODC.`,
		source_id: SOURCE_ID,
		better: '',
		comparability: 'unodc-cts-persons-held-iccs06-count',
		decimals: 0,
		derived: false,
		formula: '',
		caveat:
			'One definition only: ICCS 06 (all acts involving controlled drugs). UNODC also publishes "drug possession" and "drug trafficking" series (separate indicators here); they are not mixed in, so countries that report only those (e.g. USA after 2014, Norway after 2014, Germany after 2015, Czechia after 2015) have gaps here. Countries classify by the most serious offence under national rules. A published 0 contradicted by positive possession or trafficking counts for the same year is left out (reported by the importer). A row note warns where the possession and trafficking counts disagree markedly with the 06 count.'
	},
	{
		indicator_id: 'unodc_prisoners_drug_offences_rate',
		label: 'Persons held in prison for drug offences per 100,000 population (ICCS 06, UNODC)',
		short_label: 'Prisoners for drug offences per 100k',
		unit: 'persons held for drug offences per 100,000 population',
		topic: 'prisons',
		description: `Persons held whose most serious offence is a drug offence, defined as ${DEF_06}, per 100,000 population. UNODC publishes this rate; it is not computed here.`,
		source_id: SOURCE_ID,
		better: '',
		comparability: 'unodc-cts-persons-held-iccs06-rate',
		decimals: 1,
		derived: false,
		formula: '',
		caveat:
			'One definition only: ICCS 06 (all acts involving controlled drugs), never mixed with the separate possession/trafficking series, so some countries have gaps. Coverage is patchy (mostly 2010–2021, about 100 countries, many with few years). Countries classify by the most serious offence under national rules, and "persons held" is defined differently by country. A published 0 contradicted by positive possession or trafficking counts for the same year is left out.'
	},
	{
		indicator_id: 'unodc_prisoners_drug_offences_share',
		label: 'Share of persons held in prison who are held for drug offences (ICCS 06)',
		short_label: 'Prisoners held for drug offences (%)',
		unit: '% of persons held',
		topic: 'prisons',
		description: `Persons held for drug offences (${DEF_06}) as a percentage of all persons held, same country and year, both counts from UNODC.`,
		source_id: SOURCE_ID,
		better: '',
		comparability: 'unodc-cts-persons-held-iccs06-share',
		decimals: 1,
		derived: true,
		formula:
			'100 × (persons held, ICCS 06 "Acts involving controlled psycho-active substances", count) / (persons held, total, count); same country, same year, Sex = Total, Age = Total; rounded to 1 decimal. No row when either count is missing or the total is 0.',
		caveat:
			'UNODC does not publish the share; computed by Drug Policy Explorer from two published UNODC counts, which may come from different origins (both named in the row note). Drug offences use one definition (ICCS 06), counted by the most serious offence. Not comparable with shares based on "drug possession + drug trafficking" or on admissions.'
	},
	...(['possession', 'trafficking'] as const).map((c): Indicator => ({
		indicator_id: `unodc_prisoners_drug_${c}_rate`,
		label: `Persons held in prison for drug ${c} per 100,000 population (UNODC, "by selected crime")`,
		short_label: `Prisoners for drug ${c} per 100k`,
		unit: `persons held for drug ${c} per 100,000 population`,
		topic: 'prisons',
		description: `Persons held in prison whose most serious offence is drug ${c}, both sexes, all ages, per 100,000 population (UNODC series "Persons held, by selected crime", category "Drug ${c}"). UNODC publishes this rate; it is not computed here.${c === 'possession' ? ' The measure here closest to imprisoning people for having drugs (see the caveat on what "possession" covers).' : ''}`,
		source_id: SOURCE_ID,
		better: '',
		comparability: `unodc-cts-persons-held-${c}-rate`,
		decimals: 1,
		derived: false,
		formula: '',
		caveat: `A separate UNODC series from the ICCS 06 total of drug offences: never merged with it, and drug possession + drug trafficking need not add up to the ICCS 06 count (a row note says where they disagree markedly). "${c === 'possession' ? 'Possession' : 'Trafficking'}" follows national law and is counted by the most serious offence: ${c === 'possession' ? 'possession may mean possession for personal use or possession for supply, depending on the law' : 'trafficking may include supply, dealing and possession for supply, depending on the law'}. Coverage is patchy (2010–2021, many countries with few years), and "persons held" is defined differently by country. A published 0 is kept.`
	}))
];

/** UNODC codes for parts of a country that the project has codes for. */
const CODE_ALIASES: Record<string, string> = {
	GBR_E_W: 'GB-ENW',
	GBR_S: 'GB-SCT',
	GBR_NI: 'GB-NIR'
};

const REQUIRED = [
	'Iso3_code',
	'Country',
	'Indicator',
	'Dimension',
	'Category',
	'Sex',
	'Age',
	'Year',
	'Unit of measurement',
	'VALUE',
	'Source'
];

type Series = 'total' | 'a06' | 'possession' | 'trafficking';
interface Cell {
	value: number;
	source: string;
	line: number;
}

function seriesOf(c: Record<string, string>): Series | null {
	if (c.Indicator !== 'Persons held') return null;
	if (c.Dimension === 'Total' && c.Category === 'Total') return 'total';
	if (c.Dimension === 'by type of criminal acts' && c.Category === A06) return 'a06';
	if (c.Dimension === 'by selected crime' && c.Category === 'Drug possession') return 'possession';
	if (c.Dimension === 'by selected crime' && c.Category === 'Drug trafficking') return 'trafficking';
	return null;
}

function unitOf(u: string): 'count' | 'rate' | null {
	if (u === 'Counts') return 'count';
	if (u === 'Rate per 100,000 population') return 'rate';
	return null;
}

/** Note on an ICCS 06 row when UNODC's own possession/trafficking counts for the same year disagree markedly with it. */
function consistencyNote(a06: number, possession: Cell | undefined, trafficking: Cell | undefined): string {
	if (!possession && !trafficking) return '';
	const parts = (possession?.value ?? 0) + (trafficking?.value ?? 0);
	const both = possession !== undefined && trafficking !== undefined;
	const tooFew = both && a06 > parts * 1.25 && a06 - parts > 10;
	const tooMany = parts > a06 * 1.25 && parts - a06 > 10;
	if (!tooFew && !tooMany) return '';
	const listed = [
		possession && `drug possession ${possession.value}`,
		trafficking && `drug trafficking ${trafficking.value}`
	]
		.filter(Boolean)
		.join(', ');
	return `Check before quoting: UNODC's separate series for this year (${listed} persons held) disagree markedly with the ICCS 06 count ${a06}.`;
}

/** The same check, worded for a possession or trafficking row. */
function partsCheckNote(a06: Cell | undefined, possession: Cell | undefined, trafficking: Cell | undefined): string {
	if (!a06 || !consistencyNote(a06.value, possession, trafficking)) return '';
	const listed = [
		possession && `drug possession ${possession.value}`,
		trafficking && `drug trafficking ${trafficking.value}`
	]
		.filter(Boolean)
		.join(', ');
	return `Check before quoting: this year's counts (${listed} persons held) disagree markedly with UNODC's ICCS 06 count of all drug offences (${a06.value}).`;
}

export function run(
	text: string,
	places: Places,
	file = 'unodc_prisons_drug_and_total_extract.csv',
	currentYear = new Date().getFullYear()
): ImportResult {
	const table = parseCsv(text, file);
	const unplaced: string[] = table.problems.map((p) => `${p.file}:${p.line}: ${p.reason}`);
	const missing = REQUIRED.filter((h) => !table.header.includes(h));
	if (missing.length) throw new Error(`${file}: column(s) not found: ${missing.join(', ')}`);

	// key `${iso3}|${year}` -> series -> unit -> cell
	const cells = new Map<string, Partial<Record<Series, Partial<Record<'count' | 'rate', Cell>>>>>();
	const unknownEntities = new Map<string, { country: string; lines: number[] }>();

	for (const { line, cells: c } of table.rows) {
		if (c.Sex !== 'Total' || c.Age !== 'Total') continue; // sex/age breakdowns are not imported (by design)
		const series = seriesOf(c);
		const unit = unitOf(c['Unit of measurement'] ?? '');
		if (!series) continue; // admissions ("Persons entering prison") are not imported (by design)
		const where = `${file}:${line}: ${c.Iso3_code} ${c.Country} ${c.Year} ${c.Category}`;
		if (!unit) {
			unplaced.push(`${where}: unknown unit "${c['Unit of measurement']}"`);
			continue;
		}
		const code = (c.Iso3_code ?? '').trim();
		const iso3 = CODE_ALIASES[code] ?? places.byCode(code);
		if (!iso3) {
			const u = unknownEntities.get(code) ?? { country: c.Country ?? '', lines: [] };
			u.lines.push(line);
			unknownEntities.set(code, u);
			continue;
		}
		const yearText = (c.Year ?? '').trim();
		const year = Number(yearText);
		if (!/^\d{4}$/.test(yearText) || year < 1990 || year > currentYear) {
			unplaced.push(`${where}: year "${c.Year}" is outside 1990–${currentYear} (typo in the source?), not imported`);
			continue;
		}
		const value = parseNumber(c.VALUE);
		if (value === null) {
			if ((c.VALUE ?? '').trim() !== '') unplaced.push(`${where}: value "${c.VALUE}" is not a number`);
			continue;
		}
		const key = `${iso3}|${year}`;
		const bySeries = cells.get(key) ?? {};
		const byUnit = bySeries[series] ?? {};
		const prev = byUnit[unit];
		if (prev) {
			unplaced.push(`${where} (${unit}): duplicate of line ${prev.line}, not imported`);
			continue;
		}
		byUnit[unit] = { value, source: (c.Source ?? '').trim(), line };
		bySeries[series] = byUnit;
		cells.set(key, bySeries);
	}
	for (const [code, u] of unknownEntities) {
		unplaced.push(
			`${file}: "${code}" ${u.country} (${u.lines.length} rows, lines ${u.lines.slice(0, 3).join(', ')}${u.lines.length > 3 ? ' …' : ''}): no project code (part of a country or unknown entity), not imported`
		);
	}

	const rate: Observation[] = [];
	const count: Observation[] = [];
	const drugRate: Observation[] = [];
	const share: Observation[] = [];
	const obs = (
		iso3: string,
		year: number,
		value: number,
		note: string,
		flag: Observation['flag'] = ''
	): Observation => ({
		iso3,
		year,
		value,
		flag,
		source_id: SOURCE_ID,
		note
	});
	const origin = (c: Cell) => `UNODC source: ${c.source || 'not stated'}`;
	/** iso3 -> share points (with the ICCS 06 count) for the break rule; iso3|year -> origin of the 06 count. */
	const sharePoints = new Map<string, SharePoint[]>();
	const a06Origin = new Map<string, string>();
	/** Possession and trafficking: published rates, and share points (of all persons held) for the break rule. */
	const parts = { possession: [] as Observation[], trafficking: [] as Observation[] };
	const partPoints = { possession: new Map<string, SharePoint[]>(), trafficking: new Map<string, SharePoint[]>() };
	const partOrigin = new Map<string, string>();

	for (const [key, s] of [...cells].sort(([a], [b]) => (a < b ? -1 : 1))) {
		const [iso3, y] = key.split('|') as [string, string];
		const year = Number(y);
		if (s.total?.rate) rate.push(obs(iso3, year, s.total.rate.value, origin(s.total.rate)));
		for (const c of ['possession', 'trafficking'] as const) {
			const r = s[c]?.rate;
			const n = s[c]?.count;
			// An ICCS 06 zero contradicted by these counts is "not reported" (not imported), so there is nothing to compare.
			const a06 =
				s.a06?.count &&
				!(s.a06.count.value === 0 && ((s.possession?.count?.value ?? 0) > 0 || (s.trafficking?.count?.value ?? 0) > 0))
					? s.a06.count
					: undefined;
			if (r)
				parts[c].push(
					obs(
						iso3,
						year,
						r.value,
						[origin(r), partsCheckNote(a06, s.possession?.count, s.trafficking?.count)].filter(Boolean).join('. ')
					)
				);
			const totalCount = s.total?.count;
			if (r && n && totalCount && totalCount.value > 0) {
				partPoints[c].set(iso3, [
					...(partPoints[c].get(iso3) ?? []),
					{ year, share: (100 * n.value) / totalCount.value, count: n.value }
				]);
				partOrigin.set(`${c}|${key}`, n.source || 'not stated');
			}
		}
		const a06 = s.a06;
		if (!a06) continue;
		const possession = s.possession?.count;
		const trafficking = s.trafficking?.count;
		const a06Count = a06.count;
		if (a06Count && a06Count.value === 0 && ((possession?.value ?? 0) > 0 || (trafficking?.value ?? 0) > 0)) {
			unplaced.push(
				`${file}:${a06Count.line}: ${iso3} ${year}: ICCS 06 count is 0 while UNODC reports ${possession ? `drug possession ${possession.value}` : ''}${possession && trafficking ? ' and ' : ''}${trafficking ? `drug trafficking ${trafficking.value}` : ''} persons held for the same year; 0 is probably "not reported", not imported (count, rate, share)`
			);
			continue;
		}
		const check = a06Count ? consistencyNote(a06Count.value, possession, trafficking) : '';
		const note = (c: Cell) => [origin(c), check].filter(Boolean).join('. ');
		if (a06Count) count.push(obs(iso3, year, a06Count.value, note(a06Count)));
		if (a06.rate) drugRate.push(obs(iso3, year, a06.rate.value, note(a06.rate)));
		const totalCount = s.total?.count;
		if (a06Count && totalCount && totalCount.value > 0) {
			const sources =
				a06Count.source === totalCount.source
					? origin(a06Count)
					: `UNODC sources: drug offences ${a06Count.source || 'not stated'}; total ${totalCount.source || 'not stated'}`;
			const value = round((100 * a06Count.value) / totalCount.value, 1);
			sharePoints.set(iso3, [...(sharePoints.get(iso3) ?? []), { year, share: value, count: a06Count.value }]);
			a06Origin.set(key, a06Count.source || 'not stated');
			share.push(
				obs(
					iso3,
					year,
					value,
					[`${a06Count.value} of ${totalCount.value} persons held`, sources, check].filter(Boolean).join('. '),
					'derived'
				)
			);
		}
	}

	// Breaks in reporting (see lib/breaks.ts): found on the share, flagged on the share, count and rate of that year.
	const breaks = [...sharePoints].flatMap(([iso3, pts]) => findShareBreaks(pts).map((b) => ({ iso3, ...b })));
	const flagged: string[] = [];
	for (const b of breaks) {
		const from = a06Origin.get(`${b.iso3}|${b.before.year}`);
		const to = a06Origin.get(`${b.iso3}|${b.year}`);
		const originHint = from !== to ? `; UNODC's Source column changes from ${from} to ${to}` : '';
		const note =
			shareBreakNote(b, 'persons held who are held for drug offences (ICCS 06)', 'persons held for drug offences') +
			originHint;
		for (const rows of [share, count, drugRate]) {
			const i = rows.findIndex((r) => r.iso3 === b.iso3 && r.year === b.year);
			if (i >= 0) rows[i] = flagBreak(rows[i]!, note);
		}
		flagged.push(`${b.iso3} ${b.year} (${pct(b.before.share)} in ${b.before.year} → ${pct(b.after.share)})`);
	}
	const breakCaveat = breaks.length
		? `Breaks in reporting: ${breaks.length} country-years are flagged "break in series" because the share held for drug offences jumps implausibly from the previous published value (at least ×${SHARE_BREAK_RULE.factor} up or down, by ${SHARE_BREAK_RULE.minPoints} points or more and ${SHARE_BREAK_RULE.minCount} persons or more): ${breaks.map((b) => `${places.name(b.iso3)} ${b.year} (${pct(b.before.share)} in ${b.before.year} → ${pct(b.after.share)})`).join(', ')}. The country probably changed what it reports; values before and after a break may not be comparable, and charts draw no line across it.`
		: '';
	const caveats: Record<string, string> = breakCaveat
		? {
				unodc_prisoners_drug_offences: breakCaveat,
				unodc_prisoners_drug_offences_rate: breakCaveat,
				unodc_prisoners_drug_offences_share: breakCaveat
			}
		: {};
	if (flagged.length) {
		unplaced.push(
			`${file}: ${flagged.length} breaks in reporting flagged (share ×${SHARE_BREAK_RULE.factor} or more, ≥ ${SHARE_BREAK_RULE.minPoints} points, ≥ ${SHARE_BREAK_RULE.minCount} persons): ${flagged.join(', ')}; imported with flag=break on the share, count and rate of that year`
		);
	}
	// The same break rule on possession and trafficking, tested on their share of all persons held, flagged on the rate.
	for (const c of ['possession', 'trafficking'] as const) {
		const id = `unodc_prisoners_drug_${c}_rate`;
		const found = [...partPoints[c]].flatMap(([iso3, pts]) => findShareBreaks(pts).map((b) => ({ iso3, ...b })));
		for (const b of found) {
			const from = partOrigin.get(`${c}|${b.iso3}|${b.before.year}`);
			const to = partOrigin.get(`${c}|${b.iso3}|${b.year}`);
			const note =
				shareBreakNote(b, `persons held who are held for drug ${c}`, `persons held for drug ${c}`) +
				(from !== to ? `; UNODC's Source column changes from ${from} to ${to}` : '');
			const i = parts[c].findIndex((r) => r.iso3 === b.iso3 && r.year === b.year);
			if (i >= 0) parts[c][i] = flagBreak(parts[c][i]!, note);
		}
		const list = found.map(
			(b) => `${places.name(b.iso3)} ${b.year} (${pct(b.before.share)} in ${b.before.year} → ${pct(b.after.share)})`
		);
		if (found.length) {
			caveats[id] =
				`Breaks in reporting: ${found.length} country-years are flagged "break in series" because the share of all persons held who are held for drug ${c} jumps implausibly from the previous published value (the same rule as for ICCS 06: at least ×${SHARE_BREAK_RULE.factor} up or down, by ${SHARE_BREAK_RULE.minPoints} points or more and ${SHARE_BREAK_RULE.minCount} persons or more): ${list.join(', ')}. The country probably changed what it reports; values before and after a break may not be comparable, and charts draw no line across it.`;
			unplaced.push(
				`${file}: drug ${c}: ${found.length} breaks in reporting flagged (share of persons held ×${SHARE_BREAK_RULE.factor} or more, ≥ ${SHARE_BREAK_RULE.minPoints} points, ≥ ${SHARE_BREAK_RULE.minCount} persons): ${found.map((b) => `${b.iso3} ${b.year} (${pct(b.before.share)} in ${b.before.year} → ${pct(b.after.share)})`).join(', ')}; imported with flag=break on the rate of that year`
			);
		}
	}
	return {
		observations: {
			unodc_prison_rate: rate,
			unodc_prisoners_drug_offences: count,
			unodc_prisoners_drug_offences_rate: drugRate,
			unodc_prisoners_drug_offences_share: share,
			unodc_prisoners_drug_possession_rate: parts.possession,
			unodc_prisoners_drug_trafficking_rate: parts.trafficking
		},
		unplaced,
		caveats
	};
}

if (isMain(import.meta.url)) {
	const { paths, out } = cliArgs();
	if (!paths[0])
		throw new Error('usage: tsx scripts/import/unodc.ts <unodc_prisons_drug_and_total_extract.csv> [--out data]');
	writeImport(run(readFileSync(paths[0], 'utf8'), loadPlaces(out), paths[0]), out, name);
}
