/**
 * Policy events as chart markers, built one way for every chart (country small multiples, compare): national events
 * on their country's line, the reform labelled and major, other events as small markers; a reform known only from
 * the policy table gets its own marker. Sub-national events are never drawn on a national line (pages tell them as
 * a note, see stats/subnationalReforms.ts). Pure.
 */
import type { PolicyEvent } from '../data/types.ts';
import { humaniseEventType, isReformEvent, type Reform } from '../stats/reform.ts';
import { coreText } from '../strings/core.ts';
import type { Lang } from '../strings/lang.ts';
import { labelInText } from '../strings/labelInText.ts';
import { policyText } from '../strings/policyText.ts';
import type { ChartEvent } from './lineChartLayout.ts';

export type MarkerEvent = Pick<PolicyEvent, 'iso3' | 'date' | 'year' | 'event_type' | 'title' | 'scope' | 'ref'>;

/**
 * Reform marker label, naming its country: "Portugal: decriminalised 2001", "Switzerland: HAT trial 1994". Words in
 * the core catalogue (`chart.reformMarker`, `chart.reformWords`) in `lang`; an event type without marker words of its
 * own is named by `eventWord` (the data's word for the type, data/i18n/nb/vocabulary.csv on Norwegian pages) or, by
 * default, its humanised code (charts/eventWord.ts `eventWordIn` gives the data's word in a language). The chart
 * layout keeps it inside the plot.
 */
export function reformLabel(
	place: string,
	eventType: string,
	year: number | string,
	lang: Lang = 'en',
	eventWord: (eventType: string) => string = humaniseEventType
): string {
	const chart = coreText[lang].chart;
	return chart.reformMarker(place, chart.reformWords[eventType] ?? labelInText(eventWord(eventType), [], lang), year);
}

export interface MarkerInput {
	events: readonly MarkerEvent[];
	reforms: ReadonlyMap<string, Reform>;
	/** Lines that are drawn: markers go only on these. */
	keys: ReadonlySet<string>;
	nameOf: (iso3: string) => string;
	/** x offset of a country's markers (aligned mode: its reform year). */
	shift?: (iso3: string) => number;
	/** Label of a reform marker. */
	reformLabel: (iso3: string, r: Reform) => string;
	/** Appended to the title of the reform marker (e.g. " — the reform used for …"). */
	reformSuffix?: string;
	/** Title of a reform dated only by the policy table. */
	tableTitle: (r: Reform) => string;
	/** Readable sources for refs (never raw ids). */
	cite: (refs: string[]) => string;
}

const refs = (s: string) =>
	s
		.split(';')
		.map((r) => r.trim())
		.filter(Boolean);

export function policyMarkers(i: MarkerInput): ChartEvent[] {
	const shift = i.shift ?? (() => 0);
	const out: ChartEvent[] = [];
	for (const e of i.events) {
		if (e.scope !== 'national' || !i.keys.has(e.iso3)) continue;
		const r = i.reforms.get(e.iso3);
		const isReform = isReformEvent(e, r);
		out.push({
			key: e.iso3,
			x: e.year - shift(e.iso3),
			label: isReform ? i.reformLabel(e.iso3, r!) : '',
			title: `${i.nameOf(e.iso3)}: ${policyText(e.title)}${isReform ? (i.reformSuffix ?? '') : ''}`,
			date: e.date,
			source: i.cite(refs(e.ref)),
			major: isReform
		});
	}
	// A reform year known only from the policy table still gets its marker (and says where it comes from).
	for (const [iso3, r] of i.reforms) {
		if (r.event || !i.keys.has(iso3)) continue;
		out.push({
			key: iso3,
			x: r.year - shift(iso3),
			label: i.reformLabel(iso3, r),
			title: `${i.nameOf(iso3)}: ${policyText(i.tableTitle(r))}`,
			date: r.date,
			source: i.cite(r.refs),
			major: true
		});
	}
	return out;
}
