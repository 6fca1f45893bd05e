/** User-facing words of the map view (English). Kept beside en.ts so a translation can follow file by file. */
import type { CannabisCategory } from '../data/cannabisModelInYear.ts';
import type { MapLayer } from '../map/mapLayer.ts';
import type { PossessionClass } from '../stats/possessionStatus.ts';
import { CANNABIS_CATEGORY_EN } from './cannabisCategoryEn.ts';
import { en } from './en.ts';
import type { MissingReason } from '../map/mapCells.ts';
import { placeInText } from './placeInText.ts';
import { labelInText } from './labelInText.ts';

/** A place and its value (already formatted, caution words included) in a summary sentence. */
export interface SummaryPlace {
	name: string;
	value: string;
}

export const mapEn = {
	title: 'Map',
	pageTitle: 'Map: drug deaths, HIV, prisons and drug laws by country',
	metaDescription:
		'World and Europe maps of drug deaths, drug use, HIV, prisons and drug-law offences, year by year, with every number’s source and the countries that decriminalised possession.',
	indicator: 'Indicator',
	changeIndicator: 'Change indicator',
	searchIndicators: 'Search indicators',
	noIndicatorMatch: (query: string) => `No indicator matches “${query}”.`,
	/** A count of places, the number already formatted: "1 place", "1,234 places" (picker, summary). */
	places: (n: string, one: boolean) => `${n} ${one ? 'place' : 'places'}`,
	/** Everyday words per topic, so search finds "incarceration" or "overdose" (see lib/data/indicatorSearch.ts). */
	topicKeywords: {
		deaths: ['overdose', 'overdoses', 'poisoning', 'mortality', 'fatal', 'died', 'dead'],
		hiv: ['HIV', 'AIDS', 'infection', 'infections', 'injecting', 'injection', 'PWID', 'blood-borne'],
		prisons: ['incarceration', 'imprisonment', 'prison', 'prisoners', 'jail', 'detention', 'custody', 'punishment'],
		offences: [
			'arrests',
			'police',
			'crime',
			'charges',
			'enforcement',
			'prosecution',
			'possession',
			'supply',
			'trafficking'
		],
		use: ['prevalence', 'users', 'consumption', 'disorder', 'addiction', 'dependence'],
		treatment: [
			'methadone',
			'buprenorphine',
			'substitution',
			'OST',
			'OAT',
			'opioid agonist',
			'maintenance',
			'heroin-assisted',
			'HAT',
			'diamorphine',
			'needle',
			'needles',
			'syringe',
			'syringes',
			'NSP',
			'needle exchange',
			'harm reduction',
			'prevention'
		]
	} as Record<string, readonly string[]>,
	/** Words for data the site does not have yet: search says so instead of a bare "no match". */
	notYetKeywords: ['naloxone'],
	noIndicatorYet: 'Naloxone figures are not on the site yet. Whether a country has take-home naloxone is on its page.',
	topics: en.topics,
	region: 'Region',
	regions: { world: 'World', europe: 'Europe', americas: 'Americas' } as Record<string, string>,
	mode: 'Show',
	modes: {
		year: 'Value in the year',
		latest: 'Latest available',
		change: 'Change between two years',
		reform: 'Change since reform'
	} as Record<string, string>,
	from: 'From',
	to: 'to',
	policyLayer: 'Policy on the map',
	/** The policy layer's choices (map/mapLayer.ts). */
	layers: {
		none: 'Nothing',
		policy: 'Possession: where it is not a crime',
		cannabis: 'Cannabis regulation models'
	} satisfies Record<MapLayer, string>,
	/** The policy layer's cannabis models (map/cannabisMapLayer.ts); category names shared with /regulation. */
	cannabis: {
		category: (c: CannabisCategory): string => CANNABIS_CATEGORY_EN[c],
		/** Tooltip line and table column: the model in the map's year. */
		label: (year: number) => `Cannabis model, ${year}`,
		/** Tooltip and table cell: "Licensed retail (since 2018)", "Licensed retail, in some states or territories only (since 2012)". */
		value: (c: CannabisCategory, since: number | null, subnational: boolean) =>
			subnational && c === 'none'
				? 'Varies by state or territory (no national model recorded)'
				: `${CANNABIS_CATEGORY_EN[c]}${subnational ? ', in some states or territories only' : ''}${since !== null ? ` (since ${since})` : ''}`,
		legendHeading: (year: number) =>
			`Outline colour: cannabis regulation model in ${year} (the most open legal route to buy)`,
		legendSubnational: 'Dotted: varies by state or territory (coloured by what some allow)',
		legendRest: 'No outline: no regulated supply recorded, or no model coded (see the tooltip)',
		/** The same in an exported image, which has no tooltip. */
		legendRestExport: 'No outline: no regulated supply recorded, or no model coded',
		legendEmpty: (year: number) => `No place on this map had a regulated cannabis route in ${year} in the data.`,
		rulesLink: 'Rules, limits and sources of each model',
		/** The summary's sentence on the layer; `groups`: category name and the places in it, in legend order. */
		summary: (year: number, groups: [string, string[]][]) =>
			groups.length
				? `Outlines show cannabis regulation models in ${year}: ${groups.map(([c, names]) => `${c.toLowerCase()}: ${names.join(', ')}`).join('; ')}.`
				: `No place on this map had a regulated cannabis route in ${year} in the data.`,
		/** A place in the summary whose model holds in some states only. */
		somePlaces: (name: string) => `${name} (some states)`,
		loadFailed:
			'Could not load the cannabis regulation models: the file is missing or damaged. Still showing the map without them.'
	},
	year: 'Year',
	play: 'Play years',
	pause: 'Pause',
	loading: 'Loading…',
	/** The requested view could not be loaded; the map went back to the one on screen. */
	loadFailed: {
		indicator: (asked: string, shown: string) =>
			`Could not load the data for “${asked}”: the file is missing or damaged. Still showing “${shown}”.`,
		years: (asked: string, year: number, shown: number) =>
			`Could not load ${year} for “${asked}”: the file is missing or damaged. Still showing ${shown}.`,
		region: (asked: string, shown: string) =>
			`Could not load the ${asked} map: the file is missing or damaged. Still showing the ${shown} map.`,
		/** The possession-policy facts (the policy layer, the reform mode) could not be loaded. */
		policy:
			'Could not load the possession-policy facts: the file is missing or damaged. Still showing the map without them.',
		retry: 'Try again, or reload the page.'
	},
	geometryFailed:
		'The map’s outlines could not be loaded (the file is missing or damaged). Reload the page to try again.',
	/** With JavaScript off, a link's view settings (in its query) cannot be applied. */
	noscript: (view: string) =>
		`JavaScript is off, so this is the default view (${view}). A link with other settings — another indicator, year or region — needs JavaScript to show them; every number here is also in the table below.`,
	skipToTable: 'Skip the map: go to the table',
	mapLabel: (what: string, where: string, when: string) =>
		`Map of ${what}, ${where}, ${when}. Each country is a link to its profile; the table below lists the same values.`,
	definition: 'Definition',
	unit: 'Unit',
	legend: 'Legend',
	noData: 'No data',
	noDataYear: (y: number) => `No value for ${y}`,
	notApplicable: 'No dated reform, or the reform came after the data end',
	binsQuantile: (n: number, a: number, b: number) =>
		`Colour bins hold about equal shares of all values ${a}–${b} (quantiles, rounded); the same bins in every year. ${n} bins.`,
	binsSteps: (a: number, b: number) =>
		`Colour bins in round steps (1, 2, 5, 10 …) because values span a wide range; built from all values ${a}–${b}, the same bins in every year.`,
	binsNice: (a: number, b: number) => `Equal-width colour bins over all values ${a}–${b}; the same bins in every year.`,
	binsDiverging:
		'Per cent change. Orange: rise; purple: fall. Bins are symmetric around zero, from the changes on this map.',
	binsNone: 'All values are equal.',
	policyLegend: {
		notCriminal: 'Possession for personal use not a criminal offence in this year (decriminalised or regulated)',
		undated: 'Same, but the start year is not recorded (current record)',
		varies: 'Varies by state or province',
		contested: 'Coded decriminalised, but a threshold model that reviewers say raised incarceration (contested)',
		rest: 'No outline: criminal, before a dated reform, or unknown (see the tooltip)',
		/** The same in an exported image, which has no tooltip. */
		restExport: 'No outline: criminal, before a dated reform, or unknown'
	},
	policyNoFacts: 'No possession-policy facts are in the data package yet, so no country is outlined.',
	possession: 'Possession',
	possessionClass: {
		not_criminal: 'not a criminal offence',
		criminal: 'criminal offence',
		varies: 'varies by state or province',
		before_reform: 'before the dated reform (earlier law not recorded here)',
		unknown: 'unknown'
	} satisfies Record<PossessionClass, string>,
	since: (y: number) => `since ${y}`,
	/** For a criminal status, the year is that of the law now in force, not when possession became a crime. */
	lawOf: (y: number) => `current law from ${y}`,
	contested:
		'Contested: a threshold model with very low limits that reviewers (IDPC, Release) say raised incarceration',
	undated: 'current record, start year not given',
	missing: {
		'no-data': 'no data',
		'no-from': 'no value for the start year',
		'no-to': 'no value for the end year',
		'no-both': 'no value for either year',
		'zero-base': 'start value is 0 (no % change)',
		'no-reform': 'no dated reform',
		'reform-after': 'the reform came after this year',
		'reform-after-data': 'reform after the data ends',
		'reform-before-data': 'the reform predates the data'
	} satisfies Record<MissingReason, string>,
	defaultYearNote: (year: number, places: number, latest: number, latestPlaces: number) =>
		`Opens on ${year} (${places} places with data): ${latest}, the latest year, has data for only ${latestPlaces} ${latestPlaces === 1 ? 'place' : 'places'}. Move the slider to see it.`,
	latestNote: (y: number) => `latest available, ${y}`,
	changeFrom: (a: number, b: number) => `change ${a}–${b}`,
	/** The view's "when", in the heading and the table's caption. */
	when: {
		latest: (y: number) => `latest available up to ${y}`,
		reform: (y: number) => `change since reform, up to ${y}`
	},
	/**
	 * The map's one-sentence summary (charts/mapSummary.ts picks the facts; these write the sentence). `measure` is the
	 * indicator's label as it reads inside a sentence (`measureInText`), `where` one of `summaryWhere`, values are
	 * formatted with their unit and caution words.
	 */
	summary: {
		measureInText: (label: string, names: Iterable<string>) => labelInText(label, names),
		place: placeInText,
		/** "+25%", "−40%", "±0%" (the number already formatted, without its sign). */
		percent: (sign: '+' | '−' | '±', n: string) => `${sign}${n}%`,
		none: (measure: string, where: string, mode: 'year' | 'latest' | 'change' | 'reform', from: number, year: number) =>
			`No place ${where} has a value of ${measure} ${mode === 'change' ? `between ${from} and ${year}` : mode === 'reform' ? `since reform, up to ${year}` : `for ${year}`}.`,
		count: (withData: number, all: string, where: string, missing: number) =>
			`${withData} of ${all} ${where} ${withData === 1 ? 'has' : 'have'} data${missing > 0 ? `; ${missing} ${missing === 1 ? 'has' : 'have'} no value` : ''}`,
		lead: (mode: 'year' | 'latest', year: number) =>
			mode === 'latest' ? `Using each place’s latest value up to ${year}` : `In ${year}`,
		only: (lead: string, measure: string, p: SummaryPlace, caution: string, count: string) =>
			`${lead}, only ${p.name} has a value of ${measure}: ${p.value}${caution ? ` (${caution})` : ''}. ${count}.`,
		highLow: (lead: string, measure: string, hi: SummaryPlace, lo: SummaryPlace, count: string) =>
			`${lead}, ${hi.name} had the highest ${measure} (${hi.value}) and ${lo.name} the lowest (${lo.value}); ${count}.`,
		change: (
			mode: 'change' | 'reform',
			from: number,
			year: number,
			measure: string,
			rise: SummaryPlace | null,
			fall: SummaryPlace | null,
			count: string
		) =>
			`${mode === 'change' ? `Between ${from} and ${year}` : `From the year before each reform to ${year}`}, ${rise ? `${rise.name} had the largest rise in ${measure} (${rise.value})` : `no place had a rise in ${measure}`} and ${fall ? `${fall.name} the largest fall (${fall.value})` : 'no place had a fall'}; ${count}.`
	},
	/** Where the summary's counts apply. */
	summaryWhere: { world: 'on the world map', region: (name: string) => `in the ${name} view` },
	/** Words after the slider's year. */
	sliderContext: {
		change: (from: number) => `change from ${from}`,
		latest: 'or latest before',
		reform: 'change since reform'
	},
	reformCaveat:
		'Change since reform: from the year before a country’s earliest dated decriminalisation (as in Compare) to the year shown. A change after a reform is not proof that the reform caused it.',
	latestCaveat:
		'Latest available: each country shows its most recent value up to the chosen year; the tooltip and the table give the year of each value. Values from different years are not strictly comparable.',
	aboutIndicator: 'About this indicator',
	sinceReform: (y: number) => `since reform (base year ${y})`,
	openProfile: 'Click or press Enter to open the country profile',
	/** The link inside the card a tap opens (touch screens). */
	openProfileOf: (name: string) => `Open the ${name} profile`,
	closeCard: 'Close',
	table: {
		heading: 'The numbers behind the map',
		caption: (what: string, when: string, unit: string) => `${what}, ${when}, ranked. Unit: ${unit}`,
		percentChange: '% change',
		search: 'Find a country',
		rank: 'Rank',
		country: 'Country',
		value: 'Value',
		change: 'Change',
		from: 'Start',
		year: 'Year',
		flag: 'Note',
		source: 'Source',
		sortBy: (c: string) => `Sort by ${c}`,
		count: (shown: number, all: number) => `${shown} of ${all} places`,
		subnational: 'listed only: no separate shape on the map',
		latest: 'latest',
		/** Above the table: the publisher most rows share. */
		sourceAll: (publisher: string) => `Source: ${publisher}, for all rows unless noted.`,
		/** Under a country's name, when its value comes from another publisher. */
		rowSource: (publishers: string) => `Source: ${publishers}`
	}
};
