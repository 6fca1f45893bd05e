/**
 * IHME GBD 2017 via Our World in Data: age-standardised death rates by drug (opioids, cocaine, amphetamines),
 * all drug use disorders, and the age-standardised share of the population with a drug use disorder.
 * Usage: tsx scripts/import/gbd2017.ts <folder holding the OWID exports> [--out data]
 * Download: the OWID grapher charts death-rate-from-opioid-use, death-rates-cocaine, death-rate-amphetamine,
 * death-rates-from-drug-use-disorders, share-with-drug-use-disorders (CSV); GBD 2017 itself from https://vizhub.healthdata.org/gbd-results/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Indicator, Source } from '../../src/lib/data/types.ts';
import { readGrapher } from './lib/owidGrapher.ts';
import { cliArgs, isMain, writeImport, type ImportResult } from './lib/output.ts';
import { loadPlaces, type Places } from './lib/places.ts';

export const name = 'gbd2017';

export const sources: Source[] = [
	{
		source_id: 'ihme-gbd2017',
		publisher: 'Institute for Health Metrics and Evaluation (IHME), via Our World in Data',
		title: 'Global Burden of Disease Study 2017 (GBD 2017) Results',
		url: 'https://ourworldindata.org/illicit-drug-use',
		download_url: 'https://vizhub.healthdata.org/gbd-results/',
		licence: 'IHME free-of-charge non-commercial user agreement, attribution required (OWID charts CC BY 4.0)',
		year: '2018',
		citation:
			'Global Burden of Disease Collaborative Network. Global Burden of Disease Study 2017 (GBD 2017) Results. Seattle: IHME, 2018. Via Our World in Data.',
		notes: 'Modelled estimates, 1990–2017. An older GBD round than GBD 2019: never one line with it.'
	}
];

const GBD2017_CAVEAT =
	'GBD 2017 modelled estimates, an older round than GBD 2019: each round revises the whole history, so never compare these with GBD 2019 values on one line. Not registry counts.';

function rate(id: string, drug: string, label: string): Indicator {
	return {
		indicator_id: id,
		label: `Deaths from ${drug} use disorders (GBD 2017), age-standardised rate`,
		short_label: label,
		unit: 'deaths per 100,000 people, age-standardised',
		topic: 'deaths',
		description: `Modelled deaths whose underlying cause is a ${drug} use disorder, both sexes, age-standardised, Global Burden of Disease Study 2017.`,
		source_id: 'ihme-gbd2017',
		better: 'lower',
		comparability: `gbd2017-${drug}-use-disorder-deaths`,
		decimals: 2,
		derived: false,
		formula: '',
		caveat: GBD2017_CAVEAT
	};
}

export const indicators: Indicator[] = [
	rate('gbd2017_opioid_death_rate', 'opioid', 'Opioid use disorder deaths (GBD 2017)'),
	rate('gbd2017_cocaine_death_rate', 'cocaine', 'Cocaine use disorder deaths (GBD 2017)'),
	rate('gbd2017_amphetamine_death_rate', 'amphetamine', 'Amphetamine use disorder deaths (GBD 2017)'),
	{
		...rate('gbd2017_drug_disorder_death_rate', 'drug', 'Drug use disorder deaths (GBD 2017)'),
		label: 'Deaths from drug use disorders (GBD 2017), age-standardised rate',
		description:
			'Modelled deaths whose underlying cause is any drug use disorder, both sexes, age-standardised, Global Burden of Disease Study 2017.',
		comparability: 'gbd2017-drug-use-disorder-deaths'
	},
	{
		indicator_id: 'gbd2017_drug_disorder_prevalence',
		label: 'Share of the population with a drug use disorder (GBD 2017), age-standardised',
		short_label: 'Drug use disorder prevalence (GBD 2017)',
		unit: '% of population, age-standardised',
		topic: 'use',
		description:
			'Modelled share of the population meeting diagnostic criteria for a drug use disorder (dependence), both sexes, age-standardised. Not the share of people who use drugs.',
		source_id: 'ihme-gbd2017',
		better: 'lower',
		comparability: 'gbd2017-drug-use-disorder-prevalence',
		decimals: 2,
		derived: false,
		formula: '',
		caveat: 'Dependence, not use: most people who use drugs do not have a disorder. ' + GBD2017_CAVEAT
	}
];

export const FILES: { file: string; header: string; indicatorId: string }[] = [
	{
		file: 'death-rate-from-opioid-use.csv',
		header: 'Deaths - Opioid use disorders - Sex: Both - Age: Age-standardized (Rate) (deaths per 100,000)',
		indicatorId: 'gbd2017_opioid_death_rate'
	},
	{
		file: 'death-rates-cocaine.csv',
		header: 'Deaths - Cocaine use disorders - Sex: Both - Age: Age-standardized (Rate) (deaths per 100,000)',
		indicatorId: 'gbd2017_cocaine_death_rate'
	},
	{
		file: 'death-rate-amphetamine.csv',
		header: 'Deaths - Amphetamine use disorders - Sex: Both - Age: Age-standardized (Rate) (deaths per 100,000)',
		indicatorId: 'gbd2017_amphetamine_death_rate'
	},
	{
		file: 'death-rates-from-drug-use-disorders.csv',
		header: 'Deaths - Drug use disorders - Sex: Both - Age: Age-standardized (Rate) (deaths per 100,000 individuals)',
		indicatorId: 'gbd2017_drug_disorder_death_rate'
	},
	{
		file: 'share-with-drug-use-disorders.csv',
		header: 'Prevalence - Drug use disorders - Sex: Both - Age: Age-standardized (Percent) (%)',
		indicatorId: 'gbd2017_drug_disorder_prevalence'
	}
];

/** @param read returns the text of a file of the folder by name (lets tests pass fixtures). */
export function run(read: (file: string) => string, places: Places): ImportResult {
	const result: ImportResult = { observations: {}, unplaced: [] };
	for (const f of FILES) {
		const r = readGrapher(
			read(f.file),
			f.file,
			[{ header: f.header, indicatorId: f.indicatorId, sourceId: 'ihme-gbd2017' }],
			places
		);
		Object.assign(result.observations, r.observations);
		result.unplaced.push(...r.unplaced);
	}
	return result;
}

if (isMain(import.meta.url)) {
	const { paths, out } = cliArgs();
	if (!paths[0])
		throw new Error('usage: tsx scripts/import/gbd2017.ts <folder with the OWID GBD 2017 exports> [--out data]');
	writeImport(
		run((f) => readFileSync(join(paths[0]!, f), 'utf8'), loadPlaces(out)),
		out,
		name
	);
}
