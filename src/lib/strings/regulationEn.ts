/**
 * English words of /regulation and the country profile's regulation block (the reference; regulationNb.ts says the
 * same in bokmål). Data words (jurisdictions, substances, model names) come from the data and its Norwegian file,
 * never from here; the model TYPES are this site's classification (src/lib/data/regulationModelType.ts), so their
 * names live here.
 */
import type { CannabisCategory } from '../data/cannabisModelInYear.ts';
import { CANNABIS_CATEGORY_EN } from './cannabisCategoryEn.ts';
import type { RegulationModelType } from '../data/regulationModelType.ts';

const TYPE: Record<RegulationModelType, { name: string; gist: string }> = {
	state_pharmacy: { name: 'State pharmacy', gist: 'Sale in pharmacies under state control, to registered adults.' },
	licensed_retail: {
		name: 'Licensed retail',
		gist: 'Shops licensed by the state, with an age limit and rules on products and advertising.'
	},
	tolerated_retail: {
		name: 'Tolerated retail',
		gist: 'Sale in shops that prosecutors leave alone under a written policy; the supply behind them stays illegal.'
	},
	social_clubs: { name: 'Social clubs', gist: 'Non-profit members’ associations that grow for their members.' },
	home_grow_private: { name: 'Home growing', gist: 'Adults may grow a few plants for their own use; no sale.' },
	pilot_trial: {
		name: 'Pilot trials',
		gist: 'Time-limited scientific trials of legal supply to registered participants.'
	},
	unregulated_sale: { name: 'Legal sale without rules', gist: 'Sale became legal before rules for it were written.' },
	hat: {
		name: 'Prescription supply: heroin-assisted treatment',
		gist: 'Pharmaceutical heroin (diacetylmorphine) prescribed to people with opioid dependence, usually taken under supervision at a clinic.'
	},
	safer_supply: {
		name: 'Prescription supply: safer supply',
		gist: 'Prescribed pharmaceutical alternatives to the street supply (hydromorphone and others).'
	}
};

export const regulationEn = {
	title: 'Regulation models',
	metaDescription:
		'Where cannabis and heroin are supplied under state control: pharmacies, licensed shops, clubs, home growing, trials and prescription supply, with rules, start years and sources.',
	intro:
		'Beside prohibition, some countries let drugs be supplied under rules: state pharmacies, licensed or tolerated shops, non-profit clubs, home growing, trials, and prescription for people with dependence. Each model below sets who may sell, how much an adult may buy and from what age, as its sources describe it. Every cell comes from a named source.',
	onThisPage: 'On this page',
	comparisonHeading: 'The models side by side',
	comparisonIntro:
		'One group per model type. Each card is one place where the model exists, with its rules as the source describes them.',
	mapHeading: 'Cannabis models on the map, year by year',
	timelineHeading: 'When each model started',
	timelineIntro: 'Start years per country, earliest first. The country name leads to its profile.',
	hatHeading: 'Prescription supply: heroin-assisted treatment',
	hatIntro:
		'Some countries prescribe pharmaceutical heroin to people with long-term opioid dependence whom other treatment has not helped. Here is where, since when and in which form, with links to what this site has on outcomes there.',
	caveatsHeading: 'Read before quoting',
	caveats: [
		'Models with the same name differ in detail: limits, who may buy and how sellers are licensed vary from place to place. Read the cards, not only the type.',
		'Start years are the year of the first sales or licences as each source gives it, which can be later than the law (Uruguay: law 2013, pharmacy sales 2017).',
		'Outcome data cannot show that a model caused a change: deaths, HIV and treatment numbers move for many reasons, and many of these models are recent.',
		'Each row of the source table cites its sources for the whole row; a card’s sources support all of its cells.'
	],

	typeName: (t: RegulationModelType): string => TYPE[t].name,
	typeGist: (t: RegulationModelType): string => TYPE[t].gist,
	categoryName: (c: CannabisCategory): string => CANNABIS_CATEGORY_EN[c],
	places: (n: number): string => (n === 1 ? '1 place' : `${n} places`),

	where: 'Where',
	since: 'Since',
	substance: 'Substance',
	model: 'Model',
	whoSells: 'Who may sell',
	purchaseLimit: 'Purchase limit',
	ageLimit: 'Age limit',
	notes: 'Notes',
	sources: 'Sources',
	notGiven: 'not given',
	inEnglish: '',
	sourceLink: (i: number, of: string): string => `Source ${i}: ${of}`,
	sinceYear: (y: string): string => (y ? `since ${y}` : 'start year not given'),

	// Map
	mapLabel: (year: number): string => `Map of cannabis regulation models in ${year}`,
	mapIntro:
		'The colour is the most open legal route to buy in that year. A dotted outline marks countries where the model varies by state or territory: the colour then shows what some states allow, not the whole country. A dashed outline marks a law adopted before sales began.',
	legendHeading: 'Legend',
	legendSubnational: 'Dotted outline: sub-national regimes (varies by state or territory)',
	legendAdopted: 'Dashed outline: law adopted, sales not started',
	mapSummary: (year: number, counts: [string, number][], subnational: string[]): string => {
		const parts = counts.map(([name, n]) => `${name}: ${n}`);
		const sub = subnational.length ? ` Varies by state or territory: ${subnational.join(', ')}.` : '';
		return parts.length
			? `In ${year}, countries with a regulated cannabis route, by the most open one — ${parts.join('; ')}.${sub}`
			: `In ${year}, no country in the data had a regulated cannabis route.${sub}`;
	},
	tableCaption: (year: number): string => `Cannabis regulation model per country in ${year}`,
	showTable: 'Table of the map',
	country: 'Country',
	modelInYear: 'Model that year',
	allChannels: 'All routes that year',
	subnational: 'Sub-national',
	subnationalYes: 'yes: varies by state or territory',
	noSources: 'none',

	// Timeline
	timelineChartLabel: 'Start years of regulation models per country',
	timelineYearAxis: 'Year',
	timelineNoYear: 'year not given',

	// HAT
	status: 'Status',
	statusYes: 'in regular care',
	statusTrial: 'trial or pilot',
	form: 'Form',
	outcomes: 'Outcomes on this site',
	outcomeDeaths: 'Drug-induced deaths',
	outcomeHiv: 'HIV among people who inject drugs',
	outcomeOst: 'Clients in opioid substitution treatment',
	outcomeHatClients: 'Clients in heroin-assisted treatment',
	noOutcomes: 'No outcome series on this site yet',
	compareLinkLabel: (what: string, country: string): string => `${what} in ${country} (compare view)`,

	// Country profile
	countryHeading: 'Regulation models',
	countryIntro: (name: string): string => `Models of state-controlled supply recorded for ${name}:`,
	countryMore: 'All regulation models side by side',
	countryNone: (name: string): string =>
		`No model of regulated supply (cannabis retail, clubs, home growing, trials or prescribed heroin) is recorded for ${name}.`
};
