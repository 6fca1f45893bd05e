/**
 * Words of the Compare view (/compare and its embed) that are not in en.ts: the chart's title, notes and axis words,
 * the place sets offered, the controls and the page's own text. Shaped like mapEn.ts.
 */
import { labelInText } from './labelInText.ts';

export const compareEn = {
	pageTitle: 'Compare countries',
	metaDescription:
		'Compare drug-related outcomes across countries with each country’s own policy reforms drawn on its line; align countries on their reform year.',
	lede: 'Each country’s own reforms are drawn on its own line. Align countries on their reform year to see what came before and after — and read the caveats before quoting.',
	title: {
		/** Calendar years: the measure and the places drawn. */
		calendar: (measure: string, places: string[]) => `${measure}: ${places.join(', ') || 'no place selected'}`,
		/** Aligned on each place's reform (definition label as written, e.g. "Decriminalisation"). */
		aligned: (measure: string, reform: string, indexed: boolean) =>
			`${measure}, aligned on each country’s ${labelInText(reform)}${indexed ? ' (year before = 100)' : ''}`
	},
	/** The unit when aligned lines are indexed: everywhere the indicator's unit shows. */
	indexUnit: 'index (year before the reform = 100)',
	/** The same, short (summary sentence, before/after panel). */
	indexUnitShort: 'index (year before reform = 100)',
	indexTableCaption: (label: string) => `${label}: index, year before each country’s reform = 100`,
	xLabel: { calendar: 'Year', aligned: 'Years since reform' },
	notes: {
		reformRule: (reform: string, rule: string) => `Reform years (${labelInText(reform)}): ${rule}`,
		/** One place's reform: "Portugal: 2001 — <title>" (the title already in words). */
		reformOf: (name: string, year: number, title: string) => `${name}: ${year} — ${title}`,
		causation: 'A change after a reform does not show that the reform caused it.'
	},
	/** One-click place sets of the place picker. */
	sets: {
		headline: 'Headline set',
		reform: 'Reform countries',
		nordics: 'Nordics',
		eu: 'EU',
		northAmerica: 'North America'
	},
	noBeforeAfter: (reform: string) =>
		`No selected country has a ${labelInText(reform)} in our policy data, so there is no before/after comparison. Add a reform country (e.g. Portugal) or pick another reform type.`,
	controls: {
		legend: 'View',
		scale: 'Scale',
		scaleGroup: 'Vertical scale',
		linear: 'Linear',
		log: 'Log',
		reformCounts: 'Reform counts as',
		align: 'Align on reform (x = years since the reform)',
		index: 'Index to 100 in the year before the reform',
		from: 'From',
		to: 'to',
		firstYear: 'first',
		lastYear: 'last'
	}
};
