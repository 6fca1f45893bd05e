/**
 * /compare: from the view state and the data slice to what the chart, table, summary and before/after panel show.
 * Pure; the page only wires this to components.
 *  - calendar mode: x = year, clipped to from/to; every policy event of each selected country on its own line
 *    (the chosen reform type labelled, other events as small markers with details on hover/focus).
 *  - aligned mode: x = years since that country's reform (reform.ts), optionally indexed (align.ts); countries
 *    without a reform under the chosen definition are left out and named.
 *  - every place keeps the colour of its position in the selected list (palette.ts `placeColourIndex`), drawn or not,
 *    and a place that is not drawn says why (`notDrawn`, words in the core catalogue's picker.notDrawn).
 *  - what the reader must know about lines not drawn is returned as codes (`problems`), put in words by the compare
 *    catalogue (`problem`); marker and trend labels are in `lang`.
 *  - before/after for the focus country (beforeAfter.ts), computed on the values as drawn (calendar or aligned,
 *    indexed or not), with the pre-reform trend continued as a dashed line.
 */
import type { Source } from '../data/types.ts';
import { alignSeries, formatYearsSince } from '../stats/align.ts';
import { beforeAfter, type BeforeAfterResult } from '../stats/beforeAfter.ts';
import { DECRIMINALISATION, type Reform, type ReformDefinition } from '../stats/reform.ts';
import { compareText } from '../strings/compare.ts';
import { coreText } from '../strings/core.ts';
import type { Lang } from '../strings/lang.ts';
import { formatTick } from './format.ts';
import type { ChartEvent, TrendInput } from './lineChartLayout.ts';
import { placeColourIndex } from './palette.ts';
import { policyMarkers, reformLabel, type MarkerEvent } from './policyMarkers.ts';
import type { Series } from '../data/series.ts';

export { reformLabel };

/** Why a selected place has no line: no value at all, no reform of the kind to align on, no base year for the index,
 * its base value is 0 or less, or no value in the years shown (calendar mode). */
export type NotDrawnReason = 'noData' | 'noReform' | 'noBase' | 'baseNotPositive' | 'noneInYears';

/** Something the reader must know about a line that is not drawn (words: compareText[lang].problem). */
export type CompareProblem =
	/** Aligned: the place has no reform of the chosen kind (`reform`: the kind's label). */
	| { code: 'noReform'; key: string; place: string; reform: string }
	/** Indexed: no value in `year`, the year before the reform. */
	| { code: 'noBase'; key: string; place: string; year: number }
	/** Indexed: the value `value` (formatted) in `year` (the year before the reform) is 0 or less. */
	| { code: 'baseNotPositive'; key: string; place: string; year: number; value: string }
	/** The place has no value at all for this indicator. */
	| { code: 'noData'; key: string; place: string };

export interface CompareModelInput {
	/** One series per selected place, in the selected order (its position decides its colour). */
	series: Series[];
	/** Policy events of the selected countries (sub-national ones are skipped: they are notes, not markers). */
	events: readonly MarkerEvent[];
	/** Readable sources of event and policy refs (never raw ids); default: none shown. */
	cite?: (refs: string[]) => string;
	/** Reforms under the chosen definition, by iso3. */
	reforms: Map<string, Reform>;
	definition: ReformDefinition;
	aligned: boolean;
	index: boolean;
	from: number | null;
	to: number | null;
	n: number;
	/** Before/after country (null = first selected country with a reform). */
	focus: string | null;
	nameOf: (iso3: string) => string;
	/** Language of the marker and trend labels (default English). */
	lang?: Lang;
	/** The data's word for an event type (reform marker labels of types without marker words; see policyMarkers.ts). */
	eventWord?: (eventType: string) => string;
}

export interface CompareModel {
	series: Series[];
	events: ChartEvent[];
	trends: TrendInput[];
	xDomain: [number, number] | undefined;
	xRule: { x: number; label: string } | null;
	/** Things the reader must know about what is not drawn (no reform, no base year, …). */
	problems: CompareProblem[];
	/** Before/after panel, or null when no selected country has a reform. */
	beforeAfter: { iso3: string; name: string; reform: Reform; result: BeforeAfterResult } | null;
	/** Countries that can be the before/after focus. */
	focusable: string[];
	/** Selected places without a line, and why. */
	notDrawn: Record<string, NotDrawnReason>;
	/** Source ids of the values drawn. */
	sourceIds: string[];
}

export function buildCompareModel(i: CompareModelInput): CompareModel {
	const lang = i.lang ?? 'en';
	const core = coreText[lang];
	const problems: CompareProblem[] = [];
	const notDrawn: Record<string, NotDrawnReason> = {};
	let series: Series[];
	const reformOf = (key: string) => i.reforms.get(key);
	const selected = i.series.map((s) => s.key);
	const coloured = (s: Series): Series => ({ ...s, colour: placeColourIndex(selected, s.key) });

	if (i.aligned) {
		series = [];
		for (const s of i.series) {
			const r = reformOf(s.key);
			if (!r) {
				problems.push({ code: 'noReform', key: s.key, place: s.label, reform: i.definition.label });
				if (s.points.length) notDrawn[s.key] = 'noReform';
				continue;
			}
			const a = alignSeries(s, r.year, i.index);
			// align.ts gives its reason as a code; the words are the catalogue's, in the page's language.
			if (a.reason === 'noBase') problems.push({ code: 'noBase', key: s.key, place: s.label, year: r.year - 1 });
			else if (a.reason === 'baseNotPositive')
				problems.push({
					code: 'baseNotPositive',
					key: s.key,
					place: s.label,
					year: r.year - 1,
					value: formatTick(s.points.find((p) => p.year === r.year - 1)?.value ?? 0, lang)
				});
			if (a.reason && s.points.length) notDrawn[s.key] = a.reason;
			series.push(coloured(a.series));
		}
	} else {
		series = i.series.map((s) =>
			coloured({
				...s,
				points: s.points.filter((p) => (i.from === null || p.year >= i.from) && (i.to === null || p.year <= i.to))
			})
		);
		for (const s of series)
			if (!s.points.length && i.series.find((x) => x.key === s.key)!.points.length) notDrawn[s.key] = 'noneInYears';
	}
	for (const s of i.series)
		if (s.points.length === 0) {
			problems.push({ code: 'noData', key: s.key, place: s.label });
			notDrawn[s.key] = 'noData';
		}

	const shift = (iso3: string) => (i.aligned ? (reformOf(iso3)?.year ?? 0) : 0);
	// Markers only on lines that are drawn (an empty series, e.g. one that cannot be indexed, gets none).
	const shown = new Set(series.filter((s) => s.points.length).map((s) => s.key));
	const decrim = i.definition.id === DECRIMINALISATION.id;
	const events: ChartEvent[] = policyMarkers({
		events: i.events,
		reforms: i.reforms,
		keys: shown,
		nameOf: i.nameOf,
		shift,
		reformLabel: (iso3, r) =>
			reformLabel(i.nameOf(iso3), decrim ? 'decriminalisation' : r.eventType, r.year, lang, i.eventWord),
		reformSuffix: ` — ${core.policy.reformUsed(i.definition.label)}`,
		tableTitle: (r) => core.policy.reformTitle(r.title),
		cite: i.cite ?? (() => '')
	});

	const focusable = series.filter((s) => reformOf(s.key) && s.points.length).map((s) => s.key);
	const focus = i.focus && focusable.includes(i.focus) ? i.focus : (focusable[0] ?? null);
	let ba: CompareModel['beforeAfter'] = null;
	const trends: TrendInput[] = [];
	if (focus) {
		const r = reformOf(focus)!;
		const s = series.find((x) => x.key === focus)!;
		// Full (unclipped) values for the statistics, so from/to never silently shorten a window.
		const full = i.aligned ? s : i.series.find((x) => x.key === focus)!;
		const result = beforeAfter(full.points, i.aligned ? 0 : r.year, i.n);
		ba = { iso3: focus, name: s.label, reform: r, result };
		if (result.trend)
			trends.push({
				key: focus,
				label: compareText[lang].trendLabel(s.label, i.n),
				points: result.trend
			});
	}

	const xs = series.flatMap((s) => s.points.map((p) => p.year));
	let xDomain: [number, number] | undefined;
	if (!i.aligned && (i.from !== null || i.to !== null) && xs.length)
		xDomain = [i.from ?? Math.min(...xs), i.to ?? Math.max(...xs)];
	return {
		series,
		events,
		trends,
		xDomain,
		// The reform markers at x = 0 carry the names; the rule itself needs no label of its own.
		xRule: i.aligned ? { x: 0, label: '' } : null,
		problems,
		beforeAfter: ba,
		focusable,
		notDrawn,
		sourceIds: [...new Set(series.flatMap((s) => s.points.map((p) => p.source_id)))].sort()
	};
}

export { formatYearsSince };

/** Sources actually drawn, in a stable order. */
export function sourcesUsed(all: Source[], ids: string[], fallback: string): Source[] {
	const want = new Set(ids.length ? ids : [fallback]);
	return all.filter((s) => want.has(s.source_id));
}
