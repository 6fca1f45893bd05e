/**
 * Public Health Agency of Canada: Opioid- and stimulant-related harms in Canada (Health Infobase, SubstanceHarmsData.csv).
 * Usage: tsx scripts/import/phac.ts <SubstanceHarmsData.csv> [--out data]
 * Download: https://health-infobase.canada.ca/substance-related-harms/opioids-stimulants/ (the "Download the data" CSV).
 *
 * Takes only the national annual overall figures for apparent toxicity deaths:
 * Source=Deaths, Region=Canada, Time_Period=By year, Specific_Measure=Overall numbers, Aggregator and Disaggregator empty.
 * The partial year "2025 (Jan to Sep)" is never an annual value (reported as skipped).
 *
 * Coverage: "Canada" in this file is the total of the provinces and territories that report. A jurisdiction whose
 * annual value is "n/a" did not report that year (Alberta and Prince Edward Island never report stimulant deaths;
 * Quebec has none for 2024). The importer reads the provincial rows only to find who is missing each year: each
 * national row names them in its note, rows whose coverage differs from the series' usual coverage are flagged
 * `partial`, and the caveat (computed, see `coverage`) lists them and states the rate's denominator.
 */
import { readFileSync } from 'node:fs';
import { parseCsv } from '../../src/lib/data/csv.ts';
import type { Indicator, Observation, Source } from '../../src/lib/data/types.ts';
import { formatValue, yearRange, yearSpans } from '../../src/lib/charts/format.ts';
import { cliArgs, isMain, parseNumber, writeImport, type ImportResult } from './lib/output.ts';
import { loadPlaces, type Places } from './lib/places.ts';

export const name = 'phac';

const SOURCE_ID = 'phac-opioid-stimulant-harms';

export const sources: Source[] = [
	{
		source_id: SOURCE_ID,
		publisher: 'Public Health Agency of Canada (PHAC)',
		title: 'Opioid- and Stimulant-related Harms in Canada',
		url: 'https://health-infobase.canada.ca/substance-related-harms/opioids-stimulants/',
		download_url: 'https://health-infobase.canada.ca/substance-related-harms/opioids-stimulants/',
		licence: 'Open Government Licence – Canada',
		year: '2026',
		citation:
			'Public Health Agency of Canada. Opioid- and Stimulant-related Harms in Canada [dataset]. Ottawa: PHAC; March 2026. https://health-infobase.canada.ca/substance-related-harms/opioids-stimulants/',
		notes:
			'Release with data to "2025 (Jan to Sep)" (about March 2026). Read from a third-party copy of SubstanceHarmsData.csv (GitHub RiddhiMandal/opioid-harms-canada-eda, commit b501f1f). Deaths data come from provincial and territorial chief coroners and medical examiners; technical notes: https://health-infobase.canada.ca/substance-related-harms/opioids-stimulants/technical-notes'
	}
];

const CAVEAT_COMMON =
	'"Apparent" toxicity deaths: coroner and medical examiner data, some investigations still open, so recent years are revised in later releases. Crude rate (not age-standardised). Provinces differ in what they include (manner of death, how "opioid-related" is decided); see the PHAC technical notes. Not comparable with GBD, EUDA or CDC series without care.';
const OVERLAP = 'Opioid and stimulant deaths overlap (many deaths involve both), so never add them.';

export const indicators: Indicator[] = [
	{
		indicator_id: 'phac_opioid_death_rate',
		label: 'Apparent opioid toxicity deaths, Canada, crude rate (PHAC)',
		short_label: 'Canada opioid toxicity deaths (PHAC)',
		unit: 'deaths per 100,000 people (crude)',
		topic: 'deaths',
		description:
			'Apparent opioid toxicity deaths in Canada (deaths caused by intoxication or toxicity from one or more drugs, at least one of which is an opioid; all manners of death reported by the provinces and territories) per 100,000 population, crude, by calendar year, as published by the Public Health Agency of Canada.',
		source_id: SOURCE_ID,
		better: 'lower',
		comparability: 'ca-phac-apparent-opioid-toxicity-deaths-crude-rate',
		decimals: 1,
		derived: false,
		formula: '',
		caveat: `${CAVEAT_COMMON} ${OVERLAP}`
	},
	{
		indicator_id: 'phac_opioid_deaths',
		label: 'Apparent opioid toxicity deaths, Canada, number (PHAC)',
		short_label: 'Canada opioid toxicity deaths, number (PHAC)',
		unit: 'deaths',
		topic: 'deaths',
		description:
			'Number of apparent opioid toxicity deaths in Canada by calendar year, as published by the Public Health Agency of Canada from provincial and territorial coroner and medical examiner data.',
		source_id: SOURCE_ID,
		better: 'lower',
		comparability: 'ca-phac-apparent-opioid-toxicity-deaths-count',
		decimals: 0,
		derived: false,
		formula: '',
		caveat: `${CAVEAT_COMMON} ${OVERLAP}`
	},
	{
		indicator_id: 'phac_stimulant_death_rate',
		label: 'Apparent stimulant toxicity deaths, reporting provinces and territories of Canada only, crude rate (PHAC)',
		short_label: 'Canada stimulant toxicity deaths, reporting provinces only (PHAC)',
		unit: 'deaths per 100,000 people in the reporting provinces and territories (crude)',
		topic: 'deaths',
		description:
			'Apparent stimulant toxicity deaths (deaths from intoxication or toxicity in which at least one stimulant, such as cocaine or methamphetamine, was involved) in the Canadian provinces and territories that report them, per 100,000 population of those provinces and territories, crude, by calendar year, from 2018. Not a national figure: see the caveat for who is missing each year.',
		source_id: SOURCE_ID,
		better: 'lower',
		comparability: 'ca-phac-apparent-stimulant-toxicity-deaths-crude-rate',
		decimals: 1,
		derived: false,
		formula: '',
		caveat: `${CAVEAT_COMMON} ${OVERLAP} Not national: PHAC's "Canada" figure covers only the provinces and territories that report stimulant deaths.`
	},
	{
		indicator_id: 'phac_stimulant_deaths',
		label: 'Apparent stimulant toxicity deaths, reporting provinces and territories of Canada only, number (PHAC)',
		short_label: 'Canada stimulant toxicity deaths, reporting provinces only, number (PHAC)',
		unit: 'deaths (reporting provinces and territories)',
		topic: 'deaths',
		description:
			'Number of apparent stimulant toxicity deaths in the Canadian provinces and territories that report them, by calendar year, from 2018, as published by the Public Health Agency of Canada (its "Canada" total). Not a national figure: see the caveat for who is missing each year.',
		source_id: SOURCE_ID,
		better: 'lower',
		comparability: 'ca-phac-apparent-stimulant-toxicity-deaths-count',
		decimals: 0,
		derived: false,
		formula: '',
		caveat: `${CAVEAT_COMMON} ${OVERLAP} Not national: PHAC's "Canada" figure covers only the provinces and territories that report stimulant deaths.`
	}
];

const COLUMNS = [
	'Substance',
	'Source',
	'Specific_Measure',
	'Region',
	'Time_Period',
	'Year_Quarter',
	'Aggregator',
	'Disaggregator',
	'Unit',
	'Value'
];
const TARGET: Record<string, Record<string, string>> = {
	Opioids: { 'Crude rate': 'phac_opioid_death_rate', Number: 'phac_opioid_deaths' },
	Stimulants: { 'Crude rate': 'phac_stimulant_death_rate', Number: 'phac_stimulant_deaths' }
};

/** Figures quoted in PROVENANCE.md (checked against the release): a real run must reproduce them. */
export const PUBLISHED_CHECKS: { indicator: string; year: number; value: number }[] = [
	{ indicator: 'phac_opioid_deaths', year: 2016, value: 2832 },
	{ indicator: 'phac_opioid_deaths', year: 2020, value: 6166 },
	{ indicator: 'phac_opioid_deaths', year: 2023, value: 8020 },
	{ indicator: 'phac_opioid_deaths', year: 2024, value: 7313 },
	{ indicator: 'phac_opioid_death_rate', year: 2016, value: 7.8 },
	{ indicator: 'phac_opioid_death_rate', year: 2021, value: 19.7 },
	{ indicator: 'phac_opioid_death_rate', year: 2023, value: 20.0 },
	{ indicator: 'phac_opioid_death_rate', year: 2024, value: 17.7 }
];

/** Returns one message per published figure the result does not reproduce (empty = all good). */
export function check(result: ImportResult, checks = PUBLISHED_CHECKS): string[] {
	const failures: string[] = [];
	for (const c of checks) {
		const got = result.observations[c.indicator]?.find((o) => o.iso3 === 'CAN' && o.year === c.year);
		if (got?.value !== c.value)
			failures.push(`${c.indicator} ${c.year}: expected ${c.value}, got ${got ? got.value : 'no row'}`);
	}
	return failures;
}

export function run(text: string, places: Places, file = 'SubstanceHarmsData.csv'): ImportResult {
	const can = places.byCode('CAN');
	if (!can) throw new Error('CAN is not in data/countries.csv');
	const table = parseCsv(text, file);
	const missing = COLUMNS.filter((c) => !table.header.includes(c));
	if (missing.length)
		throw new Error(`${file}: expected columns missing: ${missing.join(', ')} (header: ${table.header.join(',')})`);
	const unplaced: string[] = table.problems.map((p) => `${p.file}:${p.line}: ${p.reason}`);
	const observations: Record<string, Observation[]> = Object.fromEntries(indicators.map((i) => [i.indicator_id, []]));
	const seen = new Map<string, number>();
	const skipped = { otherSource: 0, subnational: 0, quarterly: 0, breakdown: 0 };
	const otherRegions = new Set<string>();

	/** substance -> year -> jurisdiction -> raw annual Number / Crude rate cells (provinces and territories). */
	const juris = new Map<string, Map<string, Map<string, { number?: string; rate?: string }>>>();
	for (const { line, cells: c } of table.rows) {
		if (c.Source !== 'Deaths') {
			skipped.otherSource++;
			continue;
		}
		if (c.Region !== 'Canada') {
			if (
				c.Time_Period === 'By year' &&
				c.Specific_Measure === 'Overall numbers' &&
				c.Aggregator === '' &&
				c.Disaggregator === ''
			) {
				const byYear = juris.get(c.Substance!) ?? new Map();
				const byRegion = byYear.get((c.Year_Quarter ?? '').trim()) ?? new Map();
				const cell = byRegion.get(c.Region!) ?? {};
				if (c.Unit === 'Number') cell.number = (c.Value ?? '').trim();
				if (c.Unit === 'Crude rate') cell.rate = (c.Value ?? '').trim();
				byRegion.set(c.Region!, cell);
				byYear.set((c.Year_Quarter ?? '').trim(), byRegion);
				juris.set(c.Substance!, byYear);
			}
			skipped.subnational++;
			otherRegions.add(c.Region!);
			continue;
		}
		if (c.Time_Period !== 'By year') {
			skipped.quarterly++;
			continue;
		}
		if (c.Specific_Measure !== 'Overall numbers' || c.Aggregator !== '' || c.Disaggregator !== '') {
			skipped.breakdown++;
			continue;
		}
		const where = `${file}:${line}: ${c.Substance} deaths, Canada, ${c.Year_Quarter}, ${c.Unit}`;
		const id = TARGET[c.Substance!]?.[c.Unit!];
		if (!id) {
			unplaced.push(`${where}: substance/unit not imported (no matching indicator)`);
			continue;
		}
		const period = (c.Year_Quarter ?? '').trim();
		if (!/^\d{4}$/.test(period)) {
			unplaced.push(
				`${where}: period "${period}" is not a full calendar year (value ${c.Value}); skipped, never used as an annual value`
			);
			continue;
		}
		const value = parseNumber(c.Value);
		if (value === null) {
			unplaced.push(`${where}: value "${c.Value}" is not a number (suppressed or not available); left missing`);
			continue;
		}
		const year = Number(period);
		const key = `${id}|${year}`;
		if (seen.has(key)) {
			unplaced.push(`${where}: duplicate of line ${seen.get(key)}; not imported`);
			continue;
		}
		seen.set(key, line);
		observations[id]!.push({ iso3: can, year, value, flag: '', source_id: SOURCE_ID, note: '' });
	}
	if (skipped.otherSource)
		unplaced.push(
			`${file}: ${skipped.otherSource} rows not imported by design (hospitalisations, emergency department visits, EMS responses)`
		);
	if (skipped.subnational)
		unplaced.push(
			`${file}: ${skipped.subnational} death rows for provinces, territories and cities not imported by design (national only; no place codes for them): ${[...otherRegions].sort().join(', ')}`
		);
	if (skipped.quarterly)
		unplaced.push(
			`${file}: ${skipped.quarterly} quarterly national death rows not imported by design (annual values only)`
		);
	if (skipped.breakdown)
		unplaced.push(
			`${file}: ${skipped.breakdown} national annual death rows broken down by sex, age, drug type, manner of death etc. not imported by design (overall totals only)`
		);
	for (const rows of Object.values(observations)) rows.sort((a, b) => a.year - b.year);
	const caveats: Record<string, string> = {};
	for (const [substance, ids] of Object.entries(TARGET)) {
		const cov = coverage(
			substance,
			observations[ids.Number!]!,
			observations[ids['Crude rate']!]!,
			juris.get(substance) ?? new Map()
		);
		for (const [id, rows] of [
			[ids.Number!, observations[ids.Number!]!],
			[ids['Crude rate']!, observations[ids['Crude rate']!]!]
		] as const) {
			for (let i = 0; i < rows.length; i++) {
				const y = cov.years.get(rows[i]!.year);
				if (!y) continue;
				const note = id === ids['Crude rate'] ? [y.note, y.denominator].filter(Boolean).join('; ') : y.note;
				rows[i] = { ...rows[i]!, flag: y.partial ? 'partial' : rows[i]!.flag, note };
			}
			if (cov.caveat) caveats[id] = cov.caveat;
		}
	}
	return { observations, unplaced, caveats };
}

const SUBSTANCE_WORD: Record<string, string> = { Opioids: 'opioid', Stimulants: 'stimulant' };
const million = (n: number) => `${(n / 1e6).toFixed(1)} million`;

/**
 * Who is missing from PHAC's national figure each year, from the provincial rows: a jurisdiction whose annual Number
 * is "n/a" did not report (a suppressed small count, "Suppr.", did report). The series' usual coverage leaves out the
 * jurisdictions missing in every year; a year missing more (or fewer) is flagged `partial`. The rate's denominator is
 * read off PHAC's own figures: national count ÷ rate × 100,000; when it agrees (within 2 %) with the sum of the
 * reporting jurisdictions' own count ÷ rate, the caveat says the rate uses their population only.
 */
export function coverage(
	substance: string,
	counts: Observation[],
	rates: Observation[],
	juris: Map<string, Map<string, { number?: string; rate?: string }>>
): { years: Map<number, { note: string; partial: boolean; denominator: string }>; caveat: string } {
	const word = SUBSTANCE_WORD[substance] ?? substance.toLowerCase();
	const years = [...new Set([...counts, ...rates].map((r) => r.year))].sort((a, b) => a - b);
	const missing = new Map<number, string[]>();
	for (const y of years) {
		const regions = juris.get(String(y)) ?? new Map();
		missing.set(
			y,
			[...regions]
				.filter(([, c]) => (c.number ?? '').toLowerCase() === 'n/a')
				.map(([r]) => r)
				.sort()
		);
	}
	// Years without any provincial row say nothing about coverage (no note, no flag); the usual gaps come from the rest.
	const known = years.filter((y) => (juris.get(String(y))?.size ?? 0) > 0);
	const never = known.length
		? missing.get(known[0]!)!.filter((r) => known.every((y) => missing.get(y)!.includes(r)))
		: [];
	const implied = new Map<number, { national: number; reporting: number | null }>();
	for (const y of years) {
		const n = counts.find((r) => r.year === y)?.value;
		const rate = rates.find((r) => r.year === y)?.value;
		if (n === undefined || !rate) continue;
		let sum = 0;
		let any = false;
		for (const c of (juris.get(String(y)) ?? new Map()).values()) {
			const ni = parseNumber(c.number);
			const ri = parseNumber(c.rate);
			if (ni !== null && ri !== null && ni > 0 && ri > 0) {
				sum += (ni / ri) * 1e5;
				any = true;
			}
		}
		implied.set(y, { national: (n / rate) * 1e5, reporting: any ? sum : null });
	}
	const out = new Map<number, { note: string; partial: boolean; denominator: string }>();
	for (const y of known) {
		const m = missing.get(y)!;
		const extra = m.filter((r) => !never.includes(r));
		const back = never.length !== m.length - extra.length;
		const partial = extra.length > 0 || back;
		const usual = m.filter((r) => never.includes(r));
		const groups = [
			usual.length ? `${listAnd(usual)} (never reported)` : '',
			extra.length ? `${listAnd(extra)} (not reported for ${y})` : ''
		].filter(Boolean);
		const note = m.length
			? `Reporting provinces and territories only: no ${word} death data for ${y} from ${groups.join(' or ')}`
			: '';
		const d = implied.get(y);
		const denominator =
			d && m.length
				? `rate per 100,000 population of the reporting provinces and territories (PHAC's count ÷ rate implies ${million(d.national)} people)`
				: '';
		out.set(y, { note, partial, denominator });
	}
	// Caveat: who is missing, the denominator, and where fewer reporters make the rate rise while the count falls.
	const parts: string[] = [];
	const span = known.length ? yearRange(known[0]!, known[known.length - 1]!) : '';
	if (never.length)
		parts.push(`${listAnd(never)} ${never.length > 1 ? 'report' : 'reports'} no ${word} deaths in any year (${span}).`);
	const extraBy = new Map<string, number[]>();
	for (const y of known)
		for (const r of missing.get(y)!) if (!never.includes(r)) extraBy.set(r, [...(extraBy.get(r) ?? []), y]);
	if (extraBy.size)
		parts.push(
			`${never.length ? 'Also missing' : 'Missing from the national figure'}: ${[...extraBy].map(([r, ys]) => `${r} ${yearSpans(ys)}`).join(', ')} (flagged partial coverage).`
		);
	const withMissing = known.filter((y) => missing.get(y)!.length && implied.has(y));
	if (never.length && withMissing.length) {
		const agrees = withMissing.every((y) => {
			const d = implied.get(y)!;
			return d.reporting !== null && Math.abs(d.reporting - d.national) / d.national < 0.02;
		});
		const shown = withMissing.length > 3 ? [withMissing[0]!, ...withMissing.slice(-2)] : withMissing;
		const list = `${listAnd(shown.map((y) => `${million(implied.get(y)!.national)} in ${y}`))}${shown.length < withMissing.length ? ' (every year in the row notes)' : ''}`;
		parts.push(
			agrees
				? `The rate divides by the population of the reporting provinces and territories only: PHAC's count ÷ rate implies ${list}, which matches (within 2 %) the population implied by the reporting provinces' and territories' own counts and rates.`
				: `The rate's denominator, from PHAC's count ÷ rate: ${list}.`
		);
		for (let i = 1; i < years.length; i++) {
			const [a, b] = [years[i - 1]!, years[i]!];
			const ca = counts.find((r) => r.year === a)?.value;
			const cb = counts.find((r) => r.year === b)?.value;
			const ra = rates.find((r) => r.year === a)?.value;
			const rb = rates.find((r) => r.year === b)?.value;
			if (ca === undefined || cb === undefined || ra === undefined || rb === undefined) continue;
			if (
				cb < ca &&
				rb > ra &&
				known.includes(a) &&
				known.includes(b) &&
				missing.get(b)!.length > missing.get(a)!.length
			) {
				parts.push(
					`With fewer provinces reporting, the rate can rise while the count falls: ${b} has ${formatValue(cb, 0)} deaths (${formatValue(ca, 0)} in ${a}) but ${formatValue(rb, 1)} per 100,000 (${formatValue(ra, 1)}).`
				);
			}
		}
	}
	return { years: out, caveat: parts.length ? `Coverage: ${parts.join(' ')}` : '' };
}

function listAnd(items: string[]): string {
	return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

if (isMain(import.meta.url)) {
	const { paths, out } = cliArgs();
	if (!paths[0]) throw new Error('usage: tsx scripts/import/phac.ts <SubstanceHarmsData.csv> [--out data]');
	const result = run(readFileSync(paths[0], 'utf8'), loadPlaces(out), paths[0]);
	const failures = check(result);
	if (failures.length)
		throw new Error(
			`${paths[0]}: published figures not reproduced (wrong filter or changed file?):\n  ${failures.join('\n  ')}`
		);
	writeImport(result, out, name);
}
