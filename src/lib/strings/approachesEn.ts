/**
 * User-facing words of the approaches view (English): rule and group names, the rules in plain words, why a fact is
 * unknown, what a flag means, and why a band is not drawn. The codes come from stats/approachRules.ts, typology.ts,
 * policyFactInYear.ts and groupTrends.ts; `satisfies` makes a missing or misspelt code a type error.
 */
import type { ApproachRuleId } from '../stats/approachRules.ts';
import type { BandOmitted, GroupTrendsError } from '../stats/groupTrends.ts';
import type { FactGap, TypologyFact } from '../stats/policyFactInYear.ts';
import type { DesignClass, TypologyFlag, TypologyFlagCode } from '../stats/typology.ts';

const listJoin = (xs: readonly string[]): string =>
	xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;

const factNames = {
	possession: 'how the law treats possession for personal use',
	oat: 'opioid agonist treatment (OAT)',
	nsp: 'needle and syringe programmes (NSP)',
	hat: 'heroin-assisted treatment',
	death_penalty: 'death penalty for drug offences'
} as const satisfies Record<TypologyFact, string>;

export const approachesEn = {
	rules: {
		design: {
			label: 'Health-led to punitive (four classes)',
			text: [
				'A country with the death penalty for drug offences is punitive.',
				'Otherwise, where possession for personal use is not a criminal offence (decriminalised in law or in practice, or legally regulated): health-led if opioid agonist treatment (OAT) and needle and syringe programmes (NSP) are both available, else decriminalised with limited services.',
				'Where possession is a criminal offence: criminal with harm reduction if OAT and NSP are both available, else punitive.',
				'A country is unknown when the sourced facts are not enough to decide; the missing fact is named.'
			]
		},
		decrim: {
			label: 'Decriminalised or not',
			text: [
				'Possession for personal use is not a criminal offence (decriminalised in law or in practice, or legally regulated), or it is.'
			]
		},
		hat: {
			label: 'Heroin-assisted treatment or not',
			text: [
				'Heroin-assisted treatment (including pilots and trials) was provided that year, or not.',
				'The sources say where it exists, not where it does not: "not" is known only for years before a dated start; elsewhere the country is unknown.'
			]
		},
		deathpenalty: {
			label: 'Death penalty for drug offences or not',
			text: [
				'The death penalty for drug offences is on the statute book (including countries that do not carry it out), or it is not. The record is current and applied to every year.'
			]
		}
	} satisfies Record<ApproachRuleId, { label: string; text: string[] }>,
	groups: {
		health_led: 'Health-led',
		decriminalised_limited_services: 'Decriminalised, limited services',
		criminal_with_harm_reduction: 'Criminal, with harm reduction',
		punitive: 'Punitive',
		not_criminal: 'Not a criminal offence',
		criminal: 'Criminal offence',
		hat: 'Heroin-assisted treatment',
		no_hat: 'No heroin-assisted treatment',
		death_penalty: 'Death penalty for drug offences',
		no_death_penalty: 'No death penalty for drug offences',
		unknown: 'Unknown'
	} satisfies Record<
		DesignClass | 'unknown' | 'not_criminal' | 'criminal' | 'hat' | 'no_hat' | 'death_penalty' | 'no_death_penalty',
		string
	>,
	facts: factNames,
	gaps: {
		no_record: 'no policy record for this country',
		blank: 'not found in the sources read',
		before_dated_record: 'the sources date the current law later; what held before is not recorded',
		before_reform: 'before the first dated reform; the sources do not say what the law was',
		varies_subnationally: 'differs between states or provinces'
	} satisfies Record<FactGap, string>,
	/** "Unknown: no sourced fact on needle and syringe programmes (NSP) (not found in the sources read)." */
	missing: (missing: readonly { fact: TypologyFact; gap: FactGap }[]): string =>
		`Unknown for lack of ${listJoin(missing.map((m) => `${factNames[m.fact]} (${approachesEn.gaps[m.gap]})`))}.`,
	flag(flag: TypologyFlag): string {
		switch (flag.code) {
			case 'service_start_unknown':
				return `Start year of ${listJoin(flag.services.map((s) => factNames[s]))} unknown: earlier years assume today’s services.`;
			case 'death_penalty_undated':
				return 'The death-penalty record is current: earlier years assume it.';
			case 'possession_undated':
				return 'The possession status is undated: earlier years assume today’s law.';
			case 'possession_inferred_before_reform':
				return `Before ${flag.reformYear}, possession is taken as a criminal offence, because the ${flag.reformYear} reform decriminalised it; the sources do not say since when.`;
			case 'decriminalised_de_facto':
				return 'Decriminalised de facto: still an offence in law, by rule not prosecuted.';
			case 'contested_threshold_model':
				return 'Contested: reviewers say this threshold model raised incarceration.';
			case 'hat_trial_only':
				return 'Heroin-assisted treatment as a pilot or trial only.';
			case 'subnational_variation': {
				const where = flag.jurisdictions.map((j) =>
					j.to === null ? `${j.name} since ${j.from}` : `${j.name} ${j.from}–${j.to}`
				);
				const varies = flag.possessionVaries ? 'The law on possession differs between states or provinces.' : '';
				const reforms = where.length ? `Sub-national decriminalisation: ${listJoin(where)}.` : '';
				return [varies, reforms].filter(Boolean).join(' ');
			}
		}
	},
	flagCodes: {
		service_start_unknown: 'Service start year unknown',
		death_penalty_undated: 'Death penalty undated',
		possession_undated: 'Possession status undated',
		possession_inferred_before_reform: 'Criminal before the reform (inferred)',
		decriminalised_de_facto: 'De facto',
		contested_threshold_model: 'Contested threshold model',
		hat_trial_only: 'Trial only',
		subnational_variation: 'Sub-national variation'
	} satisfies Record<TypologyFlagCode, string>,
	bandOmitted: {
		too_few_countries: (n: number, min: number) =>
			`Only ${n} ${n === 1 ? 'country' : 'countries'} this year: no interquartile band below ${min}.`
	} satisfies Record<BandOmitted, (n: number, min: number) => string>,
	trendsError(e: GroupTrendsError): string {
		switch (e.code) {
			case 'no_series':
				return 'No indicator chosen.';
			case 'mixed_indicators':
				return `One indicator at a time: ${listJoin(e.ids)} cannot share one group chart.`;
			case 'mixed_definitions':
				return `These series use different definitions (${listJoin(e.ids)}): their levels are not comparable, so they are not pooled.`;
			case 'mixed_sources':
				return `The values come from ${e.ids.length} different sources (${listJoin(e.ids)}): methods may differ, so they are not pooled.`;
			case 'duplicate_observation':
				return `Two values for ${e.iso3} in ${e.year}: the series is not one definition.`;
		}
	},
	quantileNote:
		'Median and interquartile range (quartiles by R’s default method, type 7). Each country counts in its class of that year.'
};
