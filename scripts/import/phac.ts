/**
 * Public Health Agency of Canada: Opioid- and stimulant-related harms in Canada (Health Infobase, SubstanceHarmsData.csv).
 * Usage: tsx scripts/import/phac.ts <SubstanceHarmsData.csv> [--out data]
 * Download: https://health-infobase.canada.ca/substance-related-harms/opioids-stimulants/ (the "Download the data" CSV).
 *
 * Takes only the national annual overall figures for apparent toxicity deaths:
 * Source=Deaths, Region=Canada, Time_Period=By year, Specific_Measure=Overall numbers, Aggregator and Disaggregator empty.
 * The partial year "2025 (Jan to Sep)" is never an annual value (reported as skipped).
 */
import { readFileSync } from 'node:fs';
import { parseCsv } from '../../src/lib/data/csv.ts';
import type { Indicator, Observation, Source } from '../../src/lib/data/types.ts';
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
		label: 'Apparent stimulant toxicity deaths, Canada, crude rate (PHAC)',
		short_label: 'Canada stimulant toxicity deaths (PHAC)',
		unit: 'deaths per 100,000 people (crude)',
		topic: 'deaths',
		description:
			'Apparent stimulant toxicity deaths in Canada (deaths from intoxication or toxicity in which at least one stimulant, such as cocaine or methamphetamine, was involved) per 100,000 population, crude, by calendar year, from 2018.',
		source_id: SOURCE_ID,
		better: 'lower',
		comparability: 'ca-phac-apparent-stimulant-toxicity-deaths-crude-rate',
		decimals: 1,
		derived: false,
		formula: '',
		caveat: `${CAVEAT_COMMON} ${OVERLAP} Not all provinces and territories report stimulant deaths in every year; see the technical notes.`
	},
	{
		indicator_id: 'phac_stimulant_deaths',
		label: 'Apparent stimulant toxicity deaths, Canada, number (PHAC)',
		short_label: 'Canada stimulant toxicity deaths, number (PHAC)',
		unit: 'deaths',
		topic: 'deaths',
		description: 'Number of apparent stimulant toxicity deaths in Canada by calendar year, from 2018, as published by the Public Health Agency of Canada.',
		source_id: SOURCE_ID,
		better: 'lower',
		comparability: 'ca-phac-apparent-stimulant-toxicity-deaths-count',
		decimals: 0,
		derived: false,
		formula: '',
		caveat: `${CAVEAT_COMMON} ${OVERLAP} Not all provinces and territories report stimulant deaths in every year; see the technical notes.`
	}
];

const COLUMNS = ['Substance', 'Source', 'Specific_Measure', 'Region', 'Time_Period', 'Year_Quarter', 'Aggregator', 'Disaggregator', 'Unit', 'Value'];
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
		if (got?.value !== c.value) failures.push(`${c.indicator} ${c.year}: expected ${c.value}, got ${got ? got.value : 'no row'}`);
	}
	return failures;
}

export function run(text: string, places: Places, file = 'SubstanceHarmsData.csv'): ImportResult {
	const can = places.byCode('CAN');
	if (!can) throw new Error('CAN is not in data/countries.csv');
	const table = parseCsv(text, file);
	const missing = COLUMNS.filter((c) => !table.header.includes(c));
	if (missing.length) throw new Error(`${file}: expected columns missing: ${missing.join(', ')} (header: ${table.header.join(',')})`);
	const unplaced: string[] = table.problems.map((p) => `${p.file}:${p.line}: ${p.reason}`);
	const observations: Record<string, Observation[]> = Object.fromEntries(indicators.map((i) => [i.indicator_id, []]));
	const seen = new Map<string, number>();
	const skipped = { otherSource: 0, subnational: 0, quarterly: 0, breakdown: 0 };
	const otherRegions = new Set<string>();

	for (const { line, cells: c } of table.rows) {
		if (c.Source !== 'Deaths') {
			skipped.otherSource++;
			continue;
		}
		if (c.Region !== 'Canada') {
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
			unplaced.push(`${where}: period "${period}" is not a full calendar year (value ${c.Value}); skipped, never used as an annual value`);
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
	if (skipped.otherSource) unplaced.push(`${file}: ${skipped.otherSource} rows not imported by design (hospitalisations, emergency department visits, EMS responses)`);
	if (skipped.subnational)
		unplaced.push(`${file}: ${skipped.subnational} death rows for provinces, territories and cities not imported by design (national only; no place codes for them): ${[...otherRegions].sort().join(', ')}`);
	if (skipped.quarterly) unplaced.push(`${file}: ${skipped.quarterly} quarterly national death rows not imported by design (annual values only)`);
	if (skipped.breakdown) unplaced.push(`${file}: ${skipped.breakdown} national annual death rows broken down by sex, age, drug type, manner of death etc. not imported by design (overall totals only)`);
	for (const rows of Object.values(observations)) rows.sort((a, b) => a.year - b.year);
	return { observations, unplaced };
}

if (isMain(import.meta.url)) {
	const { paths, out } = cliArgs();
	if (!paths[0]) throw new Error('usage: tsx scripts/import/phac.ts <SubstanceHarmsData.csv> [--out data]');
	const result = run(readFileSync(paths[0], 'utf8'), loadPlaces(out), paths[0]);
	const failures = check(result);
	if (failures.length) throw new Error(`${paths[0]}: published figures not reproduced (wrong filter or changed file?):\n  ${failures.join('\n  ')}`);
	writeImport(result, out, name);
}
