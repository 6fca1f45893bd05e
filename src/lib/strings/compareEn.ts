/**
 * Words of the Compare view (/compare and its embed) and of every line chart (home, country pages): the chart's title,
 * notes and axis words, the place sets offered, the controls, the page's own text, the summary sentences
 * (charts/lineSummary.ts, charts/compareSummary.ts; the caution words that travel with a value are cautionEn.ts),
 * what the compare model reports as not drawn (charts/compareModel.ts) and the before/after panel. The reference
 * language: compareNb.ts has the same keys and writes its own sentences. Values arrive formatted (number and unit);
 * place names arrive bare (English puts "the" before the names that take it, here).
 */
import type { CompareProblem } from '../charts/compareModel.ts';
import { labelInText } from './labelInText.ts';
import { placeInText } from './placeInText.ts';
import { designClassWordsEn } from './designClassWordsEn.ts';

const list = (items: readonly string[]): string =>
	items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
const place = placeInText;
const inBrackets = (w: string) => (w ? ` (${w})` : '');
const lower = (w: string) => w.charAt(0).toLowerCase() + w.slice(1);
/** "punitive until 2000; health-led from 2001", or "punitive in every year shown". */
const classRuns = (spans: readonly { name: string; from: number; to: number }[]): string =>
	spans.length === 1
		? `${lower(spans[0]!.name)} in every year shown`
		: spans
				.map((s, i) =>
					i === 0
						? `${lower(s.name)} until ${s.to}`
						: i === spans.length - 1
							? `${lower(s.name)} from ${s.from}`
							: s.from === s.to
								? `${lower(s.name)} in ${s.from}`
								: `${lower(s.name)} ${s.from}–${s.to}`
				)
				.join('; ');

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
		lastYear: 'last',
		colourBy: 'Colour lines by',
		colourCountry: 'Country',
		colourClass: 'Policy class'
	},

	/** Lines coloured by policy class in each year (colour=class; stats/classTimeline.ts, charts/classSegments.ts). */
	classes: {
		names: designClassWordsEn.names,
		legendTitle: 'Policy class in each year',
		/** Beside the chart: what the class is, the caveat it rests on, and where a line changes colour. */
		note: `The class is this site’s typology, year by year, from sourced policy facts. ${designClassWordsEn.assumeToday}. A line changes colour half-way between the last year of one class and the first year of the next.`,
		rulesLink: 'The rules behind the classes (Approaches)',
		/** Column of the table beside a place's values. */
		column: (place: string) => `${place}: policy class`,
		/**
		 * The class changes of the lines shown, for the summary: "Portugal: punitive until 2000; health-led from 2001."
		 * `spans`: each run of one class over the years shown (names as in `names`), in order.
		 */
		summary: (lines: { name: string; spans: { name: string; from: number; to: number }[] }[]): string =>
			lines.length
				? `Policy class in each year (this site’s typology). ${lines.map((l) => `${l.name}: ${classRuns(l.spans)}.`).join(' ')}`
				: ''
	},

	/** "Portugal, Spain and Norway". */
	list,

	/** Summary of any line chart (charts/lineSummary.ts). `measure` null: the chart's own values, unnamed. */
	lines: {
		noData: (places: string[]) => `No data for ${list(places)}.`,
		/** The highest and lowest line in the latest year all lines share. */
		highLow: (o: { year: number; measure: string | null; hi: string; hiValue: string; lo: string; loValue: string }) =>
			`In ${o.year}, ${place(o.hi)} had the highest ${o.measure ?? 'value'} (${o.hiValue}) and ${place(o.lo)} the lowest (${o.loValue}).`,
		/** The latest value of the only line. */
		one: (o: { year: number; measure: string | null; place: string; value: string; caution: string }) =>
			`In ${o.year}, the ${o.measure ?? 'value'} in ${place(o.place)} was ${o.value}${inBrackets(o.caution)}.`,
		/** The largest relative change from first to latest value. */
		largest: (o: {
			rise: boolean;
			place: string;
			from: string;
			fromYear: number;
			to: string;
			toYear: number;
			caution: string;
		}) =>
			`The largest relative ${o.rise ? 'rise' : 'fall'} was in ${place(o.place)}: from ${o.from} in ${o.fromYear} to ${o.to} in ${o.toYear}${inBrackets(o.caution)}.`
	},

	/** The one-sentence summary of /compare (charts/compareSummary.ts). `measure` as the sentence needs it. */
	summary: {
		noData: (measure: string, places: string[]) =>
			`No data to show for ${measure}${places.length ? ` in ${list(places)}` : ''}.`,
		/** Aligned on reform: one clause per place with a value the year before and `n` years after. */
		aligned: (o: {
			Measure: string;
			reform: string;
			n: number;
			/** `percent`: the size of the change, rounded and formatted, without sign; `change` its signed value. */
			changes: { place: string; change: number; percent: string; reformYear: number; caution: string }[];
			missing: { place: string; reformYear: number | undefined }[];
		}) => {
			const head = `${o.Measure}, aligned on each country’s ${labelInText(o.reform)}: `;
			const gap = o.missing.length
				? `${list(o.missing.map((m) => `${m.place} (reform ${m.reformYear})`))} ${o.missing.length > 1 ? 'have' : 'has'} no value for the year before or ${o.n} years after`
				: '';
			const ok = o.changes.map(
				(c) =>
					`${c.percent}% ${c.change < 0 ? 'lower' : 'higher'} than the year before in ${place(c.place)} (reform ${c.reformYear}${c.caution ? `; ${c.caution}` : ''})`
			);
			return ok.length
				? `${head}${o.n} years after the reform, the value was ${list(ok)}${gap ? `; ${gap}` : ''}.`
				: `${head}${gap}.`;
		},
		/** One value of one place (or of the only place with data when the places share no year). */
		single: (o: { Measure: string; place: string; value: string; year: number; apart: boolean }) =>
			`${o.Measure} in ${place(o.place)} was ${o.value} in ${o.year}${o.apart ? ' (the countries shown share no year with data)' : ''}.`,
		/** First to latest value of one place. */
		fromTo: (o: {
			Measure: string;
			place: string;
			from: string;
			fromYear: number;
			to: string;
			toYear: number;
			/** Sign of the change: the English sentence does not need it ("went from … to …"). */
			direction: -1 | 0 | 1;
			caution: string;
			apart: boolean;
		}) => {
			const notes = [o.caution, o.apart ? 'the countries shown share no year with data' : '']
				.filter(Boolean)
				.join('; ');
			return `${o.Measure} in ${place(o.place)} went from ${o.from} in ${o.fromYear} to ${o.to} in ${o.toYear}${inBrackets(notes)}.`;
		},
		/** Highest and lowest in the latest year every place shares. */
		ranked: (o: {
			Measure: string;
			years: string;
			year: number;
			hi: string;
			hiValue: string;
			lo: string;
			loValue: string;
			/** How many places have data, formatted. */
			count: string;
		}) =>
			`${o.Measure}, ${o.years}: in ${o.year} ${place(o.hi)} had the highest (${o.hiValue}) and ${place(o.lo)} the lowest (${o.loValue}) of the ${o.count} places shown.`
	},

	/** What the compare model found not drawn (charts/compareModel.ts), as notes under the chart. */
	problem: (p: CompareProblem): string => {
		switch (p.code) {
			case 'noReform':
				return `${p.place} has no ${labelInText(p.reform)} in our policy data, so it cannot be aligned and is not drawn.`;
			case 'noBase':
				return `${p.place} has no value for ${p.year}, the year before its reform, so it cannot be indexed (we do not fill the gap).`;
			case 'baseNotPositive':
				return `${p.place}’s value in ${p.year} is ${p.value}, so it cannot be indexed to 100.`;
			case 'noData':
				return `No data for ${p.place} on this indicator.`;
		}
	},
	/** The pre-reform trend continued, as a dashed line. */
	trendLabel: (place: string, n: number) => `${place}: trend of the ${n} years before the reform, continued`,

	/** Warnings for views that put different definitions or sources side by side (charts/comparability.ts). */
	mix: {
		definitions: (n: string, labels: string[]) =>
			`This view mixes ${n} different definitions (${list(labels)}): their levels are not comparable with each other.`,
		sources: (n: string, sources: string[]) =>
			`The values shown come from ${n} different sources (${list(sources)}): methods can differ between them, so check each value’s source in the table before comparing levels.`
	},

	/** The line chart itself (LineChart, LineChartFigure, LineTable). */
	chart: {
		/** The chart's accessible name: its title and how to read it by keyboard. */
		label: (title: string) => `${title}. Use left and right arrow keys to read values year by year.`,
		subtitle: (label: string, unit: string) => `${label}. Unit: ${unit}.`,
		tableCaption: (label: string, unit: string) => `${label} (${unit})`,
		year: 'Year'
	},

	/** Before and after a reform (components/compare/BeforeAfterPanel.svelte). */
	beforeAfter: {
		heading: (name: string) => `Before and after the reform: ${name}`,
		country: 'Country',
		years: 'Years each side',
		/** The reform the panel is about: "Reform:" <its title, as written> <date, kind, and where its year comes from>. */
		reformHead: 'Reform:',
		reformDetails: (o: { date: string; reform: string; basis: 'event' | 'policies'; dated: boolean }) =>
			`(${o.date}; ${labelInText(o.reform)}${o.basis === 'policies' ? `, year from our policy table${o.dated ? '' : ': no dated event'}` : ''}).`,
		/** Marks a text shown in English on a page in another language (never shown on English pages). */
		inEnglish: 'in English',
		reformYearLeftOut: (year: number) =>
			`The reform year ${year} itself is left out of both windows: reforms often take effect mid-year.`,
		caption: (year: number, name: string, unit: string) => `Before and after ${year} in ${placeInText(name)} (${unit})`,
		before: (span: string) => `Before (${span})`,
		after: (span: string) => `After (${span})`,
		change: 'Change',
		mean: 'Mean level',
		slope: 'Average annual change',
		slopeUnit: (unit: string) => `trend, ${unit} a year`,
		observed: 'Years with data',
		ofExpected: (observed: number, expected: number) => `${observed} of ${expected}`,
		notEnough: 'not enough data',
		/** The gap between the after-years and the pre-reform trend continued (value already formatted). */
		gap: (value: string, unit: string, below: boolean) =>
			`In the years after, the values were on average ${value} ${unit} ${below ? 'below' : 'above'} the pre-reform trend continued (the dashed line on the chart).`,
		howTitle: 'How these are computed.',
		how: 'Mean level: the average of the years that have data (missing years are skipped, never filled). Average annual change: the slope of a straight line fitted by least squares through those years. Trend continued: the before-line extended across the after-years — what the old trend would give, not a forecast.',
		caveats: 'Caveats for this comparison',
		causationTitle: 'Correlation is not causation.',
		causation:
			'A change after a reform does not show that the reform caused it; other countries without a reform changed too (compare them on the chart).',
		elseTitle: 'What else changed.',
		otherEvents: (name: string) => `Other policy events in ${placeInText(name)} in these years:`,
		noOtherEvents: (name: string) =>
			`Our policy timeline has no other event for ${placeInText(name)} in these years, but services, drug markets (e.g. fentanyl), economies and recording practices also change.`,
		breakTitle: 'Definition break.',
		breaks: (years: string) =>
			`The publisher flags a break in series in ${years}: values before and after may not be comparable.`,
		missingTitle: 'Missing years.',
		missing: 'Some years in the windows have no data; the figures use only the years observed.'
	}
};
