/**
 * IHME GBD 2019 via Our World in Data: age-standardised death rate from drug use disorders.
 * Usage: tsx scripts/import/gbd2019.ts <path to death-rates-from-drug-use-disorders.csv> [--out data]
 * Download: https://ourworldindata.org/grapher/death-rates-from-drug-use-disorders (the chart's "Download" → CSV;
 * OWID now shows a newer GBD round, so for GBD 2019 use the IHME results tool https://vizhub.healthdata.org/gbd-results/).
 */
import { readFileSync } from 'node:fs';
import type { Indicator, Source } from '../../src/lib/data/types.ts';
import { readGrapher } from './lib/owidGrapher.ts';
import { cliArgs, isMain, writeImport, type ImportResult } from './lib/output.ts';
import { loadPlaces, type Places } from './lib/places.ts';

export const name = 'gbd2019';

export const sources: Source[] = [
	{
		source_id: 'ihme-gbd2019',
		publisher: 'Institute for Health Metrics and Evaluation (IHME), via Our World in Data',
		title: 'Global Burden of Disease Study 2019 (GBD 2019) Results',
		url: 'https://ourworldindata.org/grapher/death-rates-from-drug-use-disorders',
		download_url: 'https://vizhub.healthdata.org/gbd-results/',
		licence: 'IHME free-of-charge non-commercial user agreement, attribution required (OWID charts CC BY 4.0)',
		year: '2020',
		citation:
			'Global Burden of Disease Collaborative Network. Global Burden of Disease Study 2019 (GBD 2019) Results. Seattle: IHME, 2020. Via Our World in Data.',
		notes:
			'Modelled estimates, 1990–2019, every year; uncertainty intervals not included in the export. Rate rounded to 2 decimals.'
	}
];

export const indicators: Indicator[] = [
	{
		indicator_id: 'gbd2019_drug_disorder_death_rate',
		label: 'Deaths from drug use disorders (GBD 2019), age-standardised rate',
		short_label: 'Drug use disorder deaths (GBD 2019)',
		unit: 'deaths per 100,000 people, age-standardised',
		topic: 'deaths',
		description:
			'Modelled deaths whose underlying cause is a drug use disorder (opioids, cocaine, amphetamines, cannabis, other drugs), both sexes, age-standardised, from the Global Burden of Disease Study 2019.',
		source_id: 'ihme-gbd2019',
		better: 'lower',
		comparability: 'gbd2019-drug-use-disorder-deaths',
		decimals: 2,
		derived: false,
		formula: '',
		caveat:
			'Modelled estimates, not registry counts: GBD "drug use disorders" is narrower than national drug-induced or overdose death statistics, and levels can differ a lot from them. Each GBD round revises the whole history, so do not mix with GBD 2017 figures.'
	}
];

const COLUMN = 'Deaths - Drug use disorders - Sex: Both - Age: Age-standardized (Rate)';

export function run(text: string, places: Places, file = 'death-rates-from-drug-use-disorders.csv'): ImportResult {
	return readGrapher(
		text,
		file,
		[{ header: COLUMN, indicatorId: 'gbd2019_drug_disorder_death_rate', sourceId: 'ihme-gbd2019' }],
		places
	);
}

if (isMain(import.meta.url)) {
	const { paths, out } = cliArgs();
	if (!paths[0])
		throw new Error('usage: tsx scripts/import/gbd2019.ts <death-rates-from-drug-use-disorders.csv> [--out data]');
	writeImport(run(readFileSync(paths[0], 'utf8'), loadPlaces(out), paths[0]), out, name);
}
