/**
 * English words of the country profile (/country/<ISO3>) and the country embed's page: the page's sentences, the
 * policy card and timeline, the headline cards' value lines, region names. The reference for countryNb.ts.
 * Shared words stay in the core catalogue (en.ts): sources, licence, topics, flags, policy vocabulary, reform titles
 * and sub-national notes (the map and Compare use them too).
 */
import { policyDate } from './policyDate.ts';

export const countryEn = {
	title: (name: string) => `${name}: drug policy and outcomes · Drug Policy Explorer`,
	description: (name: string) =>
		`${name}: drug deaths, HIV among people who inject drugs and prison, drug policy facts with sources, a timeline of reforms, and every indicator we hold.`,
	crumbMap: 'Map',
	crumbPlace: 'Place',
	/** UN M49 regions and subregions of data/countries.csv; a name not listed is shown as it is. */
	regions: {} as Record<string, string>,
	partOf: (parent: string) => `Part of ${parent}.`,
	empty: (name: string) =>
		`No data in this package yet for ${name}: no indicator values, no policy facts and no policy events. The policy card below is all unknown — not “no”.`,
	headline: 'Key numbers',
	/** What the markers on the headline charts mean. */
	chartHelp: (reform: boolean) =>
		`${reform ? 'The filled marker is the decriminalisation year, small markers are other national policy events' : 'Small markers are national policy events'}; a dashed triangle under the axis marks an event in a year with no value, and a double slash a break in series.`,
	slot: {
		deaths: 'Drug deaths',
		hiv: 'HIV among people who inject drugs',
		prison: 'Prison',
		prisonDrugs: 'Prison: drug offences'
	} as Record<string, string>,
	/** Accessible name of a place's chart of one indicator. */
	chartLabel: (indicator: string, place: string) => `${indicator} in ${place}`,
	modelled: 'modelled estimate',
	modelledExplain:
		'A modelled estimate (IHME, Global Burden of Disease), not a count of registered deaths: made to compare countries, including those without death registration.',
	derivedExplain: 'Computed by Drug Policy Explorer from published figures; the formula is on the Data page.',
	rest: (name: string, any: boolean) => (any ? `More indicators for ${name}` : `Every indicator for ${name}`),
	restHelp:
		'One line per indicator, with its latest value and a sparkline (zero at the bottom, gaps where a year has no value). Open a line for its numbers, sources and Compare.',
	noIndicatorData: (name: string) => `No indicator data for ${name} in this package yet.`,
	openCompare: 'Open in Compare →',
	compareWith: (names: string) => `Compare with ${names} →`,
	/** Indicators without a value for the place: one line of names at the end. */
	noData: (name: string) => `No data for ${name} in this package:`,
	sourcesIntro:
		'Every dataset the charts above draw on; the numbers in brackets refer to this list (policy facts and events cite their own sources where they stand).',
	licenceOfAll: (licence: string) => `Licence of each: ${licence}`,
	/** "Licence: CC BY 4.0." after one dataset. */
	licenceOfOne: (licence: string) => `Licence: ${licence}`,
	sourceRef: (n: string) => `source ${n}`,
	sourceRefs: (ns: string) => `sources ${ns}`,
	onData: 'Definitions, caveats and how to cite: Data and sources',
	peers: 'Comparable places',
	peerMatch: { subregion: 'same subregion', region: 'same region' } as Record<string, string>,
	compareThem: (name: string) => `Compare ${name} with them`,
	peerRuleSummary: 'How peers are chosen',
	noPeers: (name: string) => `No comparable places: ${name} has no indicator data in this package yet.`,
	peerRule: (o: { name: string; subregion: string; region: string; indicator: string; reformYear: number | null }) =>
		`Places in the same UN subregion (${o.subregion || 'none'}) with data for ${o.indicator} — topped up from the same region (${o.region || 'none'}) if fewer than three — ranked first by whether their drug policy is documented here, then by how close their average level was to ${o.name}’s in the five years ${o.reformYear !== null ? `before its ${o.reformYear} reform` : 'up to its latest year with data'}. Peers are a starting point, not a matched control group.`,
	/**
	 * The lede of a page with a reform, around the reform's title (free text, shown by the page in its own language):
	 * from a dated event, or from the policy table (with that year's law, or none).
	 */
	reformLede: (year: number, fromTable: boolean, hasTitle: boolean): [string, string] =>
		fromTable
			? hasTitle
				? [`Possession for personal use coded decriminalised since ${year} in our policy table; that year’s law: `, '.']
				: [`Possession for personal use coded decriminalised since ${year} in our policy table (no dated event).`, '']
			: [`Possession for personal use decriminalised: ${year} (`, ').'],

	/** The policy card (policies.csv). Blank in the data = unknown, never "no". */
	card: {
		heading: 'Policy',
		law: 'Law',
		services: 'Harm-reduction services',
		unknown: 'Unknown (not found in the sources we read)',
		noFacts: (name: string) => `No policy facts for ${name} in this package yet: every item below is unknown.`,
		notes: 'Notes',
		fine: '“Available” means at least one service existed at the source’s date; it says nothing about coverage. Classifications such as “decriminalised” are contested and sources disagree on some years. Everything here was read in stored copies of the sources: check the live source before publishing.',
		/** possession_year means the start of the decriminalised model, or the law that sets a criminal regime. */
		possessionYear: (status: string, year: string) =>
			status === 'criminal' ? `current law from ${year}` : `since ${year}`,
		since: (v: string, year: string) => `${v} (since ${year})`,
		gdpi: (score: string, rank: string) =>
			[score ? `${score} of 100` : '', rank ? `rank ${rank} of 30` : ''].filter(Boolean).join(', '),
		fields: {
			possession_status: 'Possession for personal use',
			possession_model: 'How it works',
			possession_caveat: 'Read before quoting',
			cannabis_status: 'Cannabis',
			cannabis_model: 'Cannabis model (non-medical adult use)',
			oat: 'Opioid agonist treatment (OAT)',
			nsp: 'Needle and syringe programmes (NSP)',
			hat: 'Heroin-assisted treatment (HAT)',
			hat_model: 'How heroin-assisted treatment works',
			dcr: 'Drug consumption rooms',
			drug_checking: 'Drug checking',
			naloxone: 'Take-home naloxone',
			death_penalty_drugs: 'Death penalty for drug offences',
			gdpi2021_score: 'Global Drug Policy Index 2021'
		} as Record<string, string>,
		source: 'Source',
		sources: 'Sources',
		readVia: (where: string) => `read via ${where}`,
		aCopy: 'a copy',
		undated: 'undated',
		secondary: 'secondary source',
		/** When only a part of a combined fact (its year) rests on a secondary source: "year: secondary source". */
		secondaryPart: (part: string) => `${part}: secondary source`,
		part: {
			possession_year: 'year',
			cannabis_year: 'year',
			cannabis_model_year: 'year',
			hat_since: 'year',
			oat_since: 'year',
			nsp_since: 'year',
			dcr_since: 'year',
			gdpi2021_rank: 'rank'
		} as Record<string, string>,
		secondaryExplain:
			'This fact rests only on a secondary source (news, an encyclopedia, an aggregator) or on a copy of the original: check the original before quoting.',
		carried: 'not re-checked',
		carriedExplain: 'Carried over from an earlier pass of our table: the source was not re-opened.',
		quote: 'What the source says'
	},

	/** The timeline of policy events (policy_events.csv). */
	timeline: {
		heading: 'Timeline of policy events',
		noEvents: (name: string) => `No dated policy events for ${name} in this package yet.`,
		onlyIn: (name: string) => `${name} only`,
		date: (date: string) => policyDate(date, 'en')
	}
};
