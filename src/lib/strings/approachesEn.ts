/**
 * User-facing words of the approaches view (English): rule and group names, the rules in plain words, why a fact is
 * unknown, what a flag means, and why a band is not drawn. The codes come from stats/approachRules.ts, typology.ts,
 * policyFactInYear.ts and groupTrends.ts; `satisfies` makes a missing or misspelt code a type error.
 */
import type { ApproachRuleId } from '../stats/approachRules.ts';
import type { BandOmitted, GroupTrendsError } from '../stats/groupTrends.ts';
import type { FactGap, TypologyFact } from '../stats/policyFactInYear.ts';
import type { DesignClass, TypologyFlag, TypologyFlagCode } from '../stats/typology.ts';
import type { HarmReductionService, XMeasure } from '../stats/approachScatter.ts';
import { designClassWordsEn } from './designClassWordsEn.ts';

const listJoin = (xs: readonly string[]): string =>
	xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;

const countries = (n: number) => `${n} ${n === 1 ? 'country' : 'countries'}`;

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
		...designClassWordsEn.names,
		not_criminal: 'Not a criminal offence',
		criminal: 'Criminal offence',
		hat: 'Heroin-assisted treatment',
		no_hat: 'No heroin-assisted treatment',
		death_penalty: 'Death penalty for drug offences',
		no_death_penalty: 'No death penalty for drug offences'
	} satisfies Record<
		DesignClass | 'unknown' | 'not_criminal' | 'criminal' | 'hat' | 'no_hat' | 'death_penalty' | 'no_death_penalty',
		string
	>,
	facts: factNames as Record<TypologyFact, string>,
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
				return 'The death-penalty records are current: earlier years assume them.';
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
		'Median and interquartile range (quartiles by R’s default method, type 7). Each country counts in its class of that year.',
	page: {
		title: 'Approaches: punitive and health-led',
		metaTitle: 'Approaches · Drug Policy Explorer',
		intro:
			'Do countries that treat drug use as a health issue do better than those that punish it? Here countries are grouped by a rule you can read and change, year by year, from sourced facts; a country is unknown when the facts are not enough. The groups are compared on outcomes, and each chart has its numbers in a table. What it cannot show: that a policy caused an outcome.',
		jump: 'On this page',
		sections: {
			rules: 'The rule and the groups',
			trends: 'Group trends',
			scatter: 'Policy against outcome',
			narratives: 'Headline comparisons'
		}
	},
	controls: {
		rule: 'Group countries by',
		year: 'Year',
		outcome: 'Outcome (one definition)',
		x: 'Policy measure (x axis)',
		loading: 'Loading the indicator…',
		loadFailed: (id: string) => `Could not load ${id}: the previous indicator is still shown.`
	},
	ruleHeading: 'The rule in plain words',
	counts: (year: number) => `Countries in each group in ${year}`,
	unknownCount: (n: number, year: number) =>
		n === 0
			? `No country is unknown in ${year}.`
			: `${countries(n)} ${n === 1 ? 'is' : 'are'} unknown in ${year} for lack of sourced facts (the table names the missing fact).`,
	noRecord: (n: number) =>
		`${countries(n)} in our country list have no policy record yet and are not classified (not shown).`,
	assumeToday: (n: number, year: number) =>
		`${designClassWordsEn.assumeToday}: that applies to ${countries(n)} in ${year} (marked in the table).`,
	subnational: (names: string[]) =>
		`Sub-national variation: in ${listJoin(names)} the law differs between states or provinces. It is stated beside the class, not folded into it.`,
	table: {
		show: (n: number) => `Every country’s group and the facts behind it (${n} countries)`,
		caption: (rule: string, year: number) => `Every country with a policy record, grouped by “${rule}”, ${year}`,
		country: 'Country',
		group: 'Group',
		facts: 'Facts that put it there',
		notes: 'Notes',
		source: 'Source'
	},
	factValue(fact: TypologyFact, value: boolean, since: number | null): string {
		const from = since !== null ? ` (since ${since})` : '';
		switch (fact) {
			case 'possession':
				return value ? `Possession not a criminal offence${from}` : `Possession a criminal offence${from}`;
			case 'death_penalty':
				return value ? 'Death penalty for drug offences' : 'No death penalty for drug offences';
			default: {
				const name = factNames[fact];
				const cap = name.charAt(0).toUpperCase() + name.slice(1);
				return value
					? `${cap} available${from}`
					: since !== null
						? `${cap} not yet (from ${since})`
						: `${cap} not available`;
			}
		}
	},
	trends: {
		title: (label: string) => `${label}: median by group`,
		subtitle: (unit: string) => `${unit}. Line: median; band: middle half of countries (interquartile range).`,
		howCounted:
			'A country counts in the group it is in each year: when a country changes group (Portugal in 2001), its values move with it from that year. It is never in two groups in one year. Years with no value are gaps; nothing is interpolated.',
		bandRule: (min: number) =>
			`The band is not drawn in a year when fewer than ${min} countries contribute: a middle half of three or four countries says little. The median is still drawn, and the number of countries is shown under the chart.`,
		nRow: 'Countries contributing each year (bar height; the number is the latest year’s)',
		summary(
			label: string,
			groups: {
				name: string;
				first: { year: number; median: string; n: number } | null;
				last: { year: number; median: string; n: number } | null;
			}[]
		): string {
			const parts = groups
				.filter((g) => g.first && g.last)
				.map(
					(g) =>
						`${g.name}: median ${g.first!.median} in ${g.first!.year} (${countries(g.first!.n)}), ${g.last!.median} in ${g.last!.year} (${countries(g.last!.n)})`
				);
			return parts.length ? `${label}. ${parts.join('; ')}.` : `${label}: no group has values.`;
		},
		tableCaption: (label: string) => `${label}: median, interquartile range and number of countries per group and year`,
		year: 'Year',
		median: 'Median',
		q1: 'Q1',
		q3: 'Q3',
		n: 'Countries',
		noBand: 'no band',
		leftOut: (n: number) =>
			`${countries(n)} with values are unknown under this rule in some or all years: those years are in no group.`,
		excluded: (n: number) =>
			`${n} part-year ${n === 1 ? 'value is' : 'values are'} left out (not comparable with full years).`,
		flagged: (n: number) =>
			`${n} included ${n === 1 ? 'value carries' : 'values carry'} a flag (estimate, break in series, …): see the country pages.`
	},
	scatter: {
		title: (x: string, y: string, year: number) => `${y} against ${x}, ${year}`,
		measures: {
			class: 'Group under the chosen rule',
			services: 'Harm-reduction services recorded (of 6)',
			ost: 'Opioid substitution treatment clients per 1,000 aged 15–64',
			needles: 'Needles and syringes per person who injects drugs',
			gdpi: 'Global Drug Policy Index 2021 score (0–100)'
		} satisfies Record<XMeasure, string>,
		measureNotes: {
			class: 'Each column is a group; points are spread within it so every label can be read.',
			services:
				'Counted from our policy table: opioid agonist treatment, needle and syringe programmes, heroin-assisted treatment, drug consumption rooms, drug checking, take-home naloxone. A blank cell (not found in the sources read) counts as not recorded, not as absent. A dated start counts from that year; an undated one is today’s record.',
			ost: 'EMCDDA Statistical Bulletin 2019: clients in opioid substitution treatment ÷ population aged 15–64 × 1,000 (our arithmetic on published figures). Europe only.',
			needles:
				'UNAIDS Global AIDS Monitoring 2019: needles and syringes distributed per person who injects drugs per year.',
			gdpi: 'Global Drug Policy Index 2021 (Harm Reduction Consortium): an independent score of drug policy, 2021 only. A second view, never merged into our groups.'
		} satisfies Record<XMeasure, string>,
		services: {
			oat: 'opioid agonist treatment',
			nsp: 'needle and syringe programmes',
			hat: 'heroin-assisted treatment',
			dcr: 'drug consumption rooms',
			drug_checking: 'drug checking',
			naloxone: 'take-home naloxone'
		} satisfies Record<HarmReductionService, string>,
		lag: (n: number) =>
			`A value from up to ${n} years before the chosen year is used when that year has none; the year used is in the card and the table.`,
		caveatsTitle: 'Read before quoting',
		caveats: [
			'Definitions differ between countries: what counts as a drug death, a person held for a drug offence or a person who injects is not recorded the same way everywhere.',
			'Correlation is not causation: a pattern here does not show that a policy caused an outcome.',
			'Confounders: the fentanyl supply (North America), HIV outbreaks (Greece, Romania around 2011), reporting quality and the size of the drug market all move outcomes independently of policy.'
		],
		summary: (n: number, groups: { name: string; n: number }[]) =>
			n === 0
				? 'No country has both values.'
				: `${countries(n)} with both values: ${groups
						.filter((g) => g.n)
						.map((g) => `${g.name} ${g.n}`)
						.join(', ')}.`,
		missing: (noX: string[], noY: string[]) =>
			[
				noX.length ? `No policy value for ${listJoin(noX)}.` : '',
				noY.length ? `No outcome value for ${listJoin(noY)}.` : ''
			]
				.filter(Boolean)
				.join(' '),
		cardYear: (year: number) => ` (${year})`,
		hint: 'Hover a point, or Tab to it, for its numbers.',
		tableCaption: (x: string, y: string, year: number) => `${y} and ${x}, ${year}, by country`,
		servicesList: (s: string[]) => (s.length ? listJoin(s) : 'none recorded'),
		pointLabel: (name: string, group: string, x: string, y: string) => `${name}, ${group}: ${x}; ${y}`
	},
	narratives: {
		intro:
			'Three countries often cited for health-led policy, each against Norway, Sweden, Estonia and the United States on one measure, from the year of its policy change. The numbers are read from the data when the site is built.',
		title: (name: string, kind: 'decrim' | 'hat', year: number) =>
			kind === 'decrim' ? `${name}: decriminalised in ${year}` : `${name}: heroin-assisted treatment since ${year}`,
		body(
			name: string,
			start: number,
			end: number,
			subject: { start: string | null; end: string | null; change: string | null },
			peers: { name: string; start: string | null; end: string | null; change: string | null }[]
		): string {
			const one = (n: string, v: { start: string | null; end: string | null; change: string | null }) =>
				v.start !== null && v.end !== null
					? `${n} ${v.start} → ${v.end}${v.change !== null ? ` (${v.change})` : ''}`
					: `${n}: no value for ${v.start === null ? start : end}`;
			return `${one(name, subject)} between ${start} and ${end}. Over the same years: ${peers.map((p) => one(p.name, p)).join('; ')}.`;
		},
		measure: (label: string, unit: string) => `Measure: ${label} (${unit}).`,
		dated: 'Year of the change from',
		compare: (name: string) => `Open ${name} and the four in Compare`,
		notCausal:
			'These are levels and changes side by side, not an effect of the policy: many things changed in these countries over the same years.',
		compareClassNote:
			'The link opens Compare with each country’s line coloured by its group in each year, so a reform shows as a change of colour.'
	},
	serviceLabel: (s: HarmReductionService) => approachesEn.scatter.services[s]
};
