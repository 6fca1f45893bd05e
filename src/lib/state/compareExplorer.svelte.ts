/**
 * The Compare view's state: the view the reader asked for (the URL), the indicator payloads loaded so far, and
 * everything derived for the chart (model, title, notes, summary, sources, before/after panel, place sets). Used by
 * /compare and by anything else that draws the same figure (an embed, an export): construct it from the route's load
 * data, then draw `figure` with LineChartFigure.
 *
 * Loading: the page carries the default indicator for the default places; any other indicator, or another place,
 * needs that indicator's full file, fetched once. Every file is checked at the boundary (status, JSON, shape). One
 * that cannot be used — missing, truncated, an HTML page, `{}` — puts the view back to the last one whose data were
 * at hand, with `failure` saying so: picker, URL, title, chart and table then all show the same view. Only the latest
 * request may end the loading state or send the view back (a slow answer to an older choice is kept for later, never
 * shown over a newer choice).
 */
import { unitShort } from '../data/units.ts';
import type { CaveatItem } from '../charts/caveatItem.ts';
import { buildCompareModel, formatYearsSince, sourcesUsed, type CompareModel } from '../charts/compareModel.ts';
import { summariseCompare } from '../charts/compareSummary.ts';
import { mixWarning } from '../charts/comparability.ts';
import { endSentence } from '../charts/format.ts';
import { eventWordIn } from '../charts/eventWord.ts';
import { compareDataPath } from '../data/dataFiles.ts';
import { decodeSeries, type IndicatorPayload } from '../data/compactSeries.ts';
import { indicatorPayloadShape } from '../data/indicatorPayloadShape.ts';
import { fetchPayload, type Payload, type PayloadFailureKind } from '../data/payload.ts';
import { shortCitations } from '../data/policySources.ts';
import type { Indicator, PolicyEvent } from '../data/types.ts';
import type { IndicatorLite, PlaceLite } from '../data/lite.ts';
import type { PossessionFacts as PolicyLite } from '../stats/possessionStatus.ts';
import {
	availableDefinitions,
	decriminalisation,
	definitionFor,
	isReformEvent,
	reformsFor,
	type ReformDefinition
} from '../stats/reform.ts';
import { subnationalSpans } from '../stats/subnationalReforms.ts';
import { classesIn, classInYear, classSpans, type ClassSpan, type ClassTimelines } from '../stats/classTimeline.ts';
import type { ApproachClass } from '../stats/designClasses.ts';
import { compareText, type CompareStrings } from '../strings/compare.ts';
import { coreText, type CoreStrings } from '../strings/core.ts';
import { activeLang, type Lang } from '../strings/lang.ts';
import {
	N_MAX,
	N_MIN,
	parseCompareView,
	serializeCompareView,
	YEAR_MAX,
	YEAR_MIN,
	type CompareContext,
	type CompareView,
	type LineColour
} from './compareState.ts';
import { nullable, year } from './urlFields.ts';
import type { UrlView } from './urlSync.ts';

/** Policy events as /compare ships them (international ones left out). */
export type CompareEvent = Pick<
	PolicyEvent,
	'iso3' | 'date' | 'year' | 'event_type' | 'title' | 'scope' | 'jurisdiction' | 'jurisdiction_type' | 'ref'
>;

/** What the server slice gives the page (src/lib/server/slices/compare.ts): all an explorer is built from. */
export interface CompareData {
	defaults: CompareView;
	indicators: IndicatorLite[];
	places: PlaceLite[];
	events: CompareEvent[];
	policies: PolicyLite[];
	/** Short citation of each ref the events and policies cite. */
	citations: Record<string, string>;
	/** The default indicator for the default places. */
	payload: IndicatorPayload;
	/** Every country's policy class in each year (colour=class), from the approaches view's design rule. */
	classes: ClassTimelines;
}

/**
 * What the compare islands (ComparePage.svelte, CompareEmbedPage.svelte) render from: the route's load data and the
 * build's data version (the root layout's, which the page data includes).
 */
export interface CompareIslandData extends CompareData {
	dataVersion: { id: string; asOf: string; hash: string };
}

export interface CompareExplorerInit extends CompareData {
	/** The window's fetch (tests pass their own). */
	fetch: (url: string) => Promise<Response>;
	/** URL of an indicator's full file. */
	dataUrl: (indicator: string) => string;
	/** Language of every word and number (default: the document's language). */
	lang?: Lang;
	/** The data's word for an event type in `lang` (reform marker labels; data/i18n/nb/vocabulary.csv), if known. */
	eventWord?: (eventType: string) => string;
}

/** A requested view that could not be shown. */
export interface CompareLoadFailure {
	indicator: string;
	kind: PayloadFailureKind;
	/** For the reader: what could not be loaded and what is shown instead. */
	message: string;
	/** For developers: the file and what was wrong with it. */
	reason: string;
}

/** Query keys of controls that only rewrite the history entry (year inputs, before/after years). */
export const COMPARE_REPLACE_KEYS = ['from', 'to', 'n'] as const;

const yearInput = nullable(year(YEAR_MIN, YEAR_MAX));

export class CompareExplorer implements UrlView {
	/** What the reader asked for (and what is drawn, with the data at hand while more loads). Replaced whole, never mutated. */
	view: CompareView = $state.raw()!;
	/** The request for the view's data is under way. */
	loading = $state(false);
	/** Why the last requested view could not be shown (null when it was). */
	failure: CompareLoadFailure | null = $state(null);
	/** The place whose chip is hovered or focused: its line is emphasised when many are drawn. */
	highlight: string | null = $state(null);
	readonly init: CompareExplorerInit;
	/** Indicator payloads by id; `complete` marks those holding every place (fetched), not only the default slice. */
	private payloads: Record<string, IndicatorPayload> = $state.raw({});
	private complete: Record<string, boolean> = $state.raw({});
	/** The latest view whose data were at hand: where a view that cannot be loaded goes back to. */
	private lastGood: CompareView;
	private ticket = 0;
	private inflight = new Map<string, Promise<Payload<IndicatorPayload>>>();

	/** The language of the explorer's words and numbers, and its catalogues. */
	readonly lang: Lang;
	private readonly kw: CompareStrings;
	private readonly cw: CoreStrings;

	constructor(init: CompareExplorerInit) {
		this.init = init;
		this.lang = init.lang ?? activeLang();
		this.kw = compareText[this.lang];
		this.cw = coreText[this.lang];
		this.view = structuredClone(init.defaults);
		this.lastGood = structuredClone(init.defaults);
		this.payloads = { [init.defaults.indicator]: init.payload };
	}

	readonly definitions: ReformDefinition[] = $derived.by(() => availableDefinitions(this.init.events, this.lang));
	readonly context: CompareContext = $derived.by(() => ({
		indicators: this.init.indicators.map((i) => i.indicator_id),
		places: this.init.places.map((p) => p.iso3),
		alignments: this.definitions.map((d) => d.id),
		defaults: this.init.defaults
	}));
	private readonly names = $derived.by(() => new Map(this.init.places.map((p) => [p.iso3, p.name])));
	nameOf = (iso3: string): string => this.names.get(iso3) ?? iso3;
	labelOf = (id: string): string => this.init.indicators.find((i) => i.indicator_id === id)?.short_label ?? id;

	/** The view as a query (without "?"; empty for the default view). */
	readonly query: string = $derived.by(() => serializeCompareView(this.view, this.init.defaults));
	/** The view's data need a fetch not yet done. */
	readonly needsFetch: boolean = $derived.by(() => this.needsFetchFor(this.view));

	readonly payload: IndicatorPayload | undefined = $derived.by(() => this.payloads[this.view.indicator]);
	readonly aligned: boolean = $derived.by(() => this.view.align !== 'none');
	readonly indexed: boolean = $derived.by(() => this.aligned && this.view.index);
	readonly definition: ReformDefinition = $derived.by(
		() => definitionFor(this.aligned ? this.view.align : this.view.reform, this.lang) ?? decriminalisation(this.lang)
	);
	readonly reforms = $derived.by(() =>
		reformsFor(this.view.countries, this.definition, this.init.events, this.init.policies)
	);
	readonly series = $derived.by(() =>
		this.payload ? decodeSeries(this.payload, this.view.countries, this.nameOf) : []
	);
	readonly model: CompareModel = $derived.by(() =>
		buildCompareModel({
			series: this.series,
			events: this.init.events,
			cite: (refs) => shortCitations(refs, this.init.citations),
			reforms: this.reforms,
			definition: this.definition,
			aligned: this.aligned,
			index: this.indexed,
			from: this.view.from,
			to: this.view.to,
			n: this.view.n,
			focus: this.view.focus,
			nameOf: this.nameOf,
			lang: this.lang,
			eventWord: this.init.eventWord
		})
	);
	private readonly baseIndicator: Indicator = $derived.by(() => this.payload?.indicator ?? this.init.payload.indicator);
	/** The indicator as drawn: when indexed, the values are index points, not the indicator's unit. */
	readonly indicator: Indicator = $derived.by(() =>
		this.indexed ? { ...this.baseIndicator, unit: this.kw.indexUnit, decimals: 1 } : this.baseIndicator
	);
	/** The unit, short ("per 100,000", "%"), as the summary and the before/after panel say it. */
	readonly unit: string = $derived.by(() =>
		this.indexed ? this.kw.indexUnitShort : unitShort(this.baseIndicator.unit)
	);
	readonly sources = $derived.by(() =>
		this.payload
			? sourcesUsed(this.payload.sources, this.model.sourceIds, this.indicator.source_id)
			: this.init.payload.sources
	);
	readonly warning: string | null = $derived.by(() => mixWarning([this.indicator], this.sources, this.lang));
	readonly summary: string = $derived.by(() =>
		summariseCompare({
			series: this.model.series,
			measure: this.indicator.short_label,
			names: this.init.places.map((p) => p.name),
			unit: this.unit,
			decimals: this.indicator.decimals,
			aligned: this.aligned,
			index: this.indexed,
			reforms: this.reforms,
			reformLabel: this.definition.label,
			n: this.view.n,
			lang: this.lang
		})
	);
	readonly title: string = $derived.by(() =>
		this.aligned
			? this.kw.title.aligned(this.indicator.short_label, this.definition.label, this.indexed)
			: this.kw.title.calendar(
					this.indicator.short_label,
					this.model.series.map((s) => s.label)
				)
	);
	readonly notes: CaveatItem[] = $derived.by(() => [
		this.kw.notes.reformRule(this.definition.label, this.definition.rule),
		// An event's title is the policy table's own text (English only): marked as such on other pages.
		...[...this.reforms.values()].map((r) => ({
			text: endSentence(this.kw.notes.reformOf(this.nameOf(r.iso3), r.year, this.cw.policy.reformTitle(r.title))),
			english: this.lang === 'en' ? '' : r.title
		})),
		// Sub-national decriminalisations of the selected places: notes, never markers on national lines.
		...subnationalSpans(this.init.events)
			.filter((sp) => this.view.countries.includes(sp.iso3))
			.map((sp) => this.cw.policy.subnationalChartNote(this.nameOf(sp.iso3), this.cw.policy.spanWords(sp))),
		// "No data" is only said once the full file is at hand, not while it loads.
		...this.model.problems.filter((p) => !(this.needsFetch && p.code === 'noData')).map((p) => this.kw.problem(p)),
		...(this.model.series.length > 8 ? [this.cw.compare.manyLines] : []),
		this.kw.notes.causation
	]);
	/** Why a chip's place has no line, in words ("no data" only once the full file is at hand). */
	readonly notDrawn: Record<string, string> = $derived.by(() =>
		Object.fromEntries(
			Object.entries(this.model.notDrawn)
				.filter(([, r]) => !(this.needsFetch && r === 'noData'))
				.map(([iso3, r]) => [iso3, this.cw.picker.notDrawn[r]])
		)
	);

	/** Lines are coloured by policy class in each year (colour=class). */
	readonly byClass: boolean = $derived.by(() => this.view.colour === 'class');
	/**
	 * The policy class of a line's point at x: x is the calendar year, or years since the place's reform when aligned
	 * (the class is always that of the calendar year).
	 */
	readonly classAt: (key: string, x: number) => ApproachClass = $derived.by(() => {
		const t = this.init.classes;
		const aligned = this.aligned;
		const reforms = this.reforms;
		return (key, x) => classInYear(t, key, aligned ? x + (reforms.get(key)?.year ?? 0) : x);
	});
	/** Each drawn line's classes over its calendar years shown, first value to last (gaps included: the class is known). */
	readonly classSpans: { key: string; name: string; spans: ClassSpan[] }[] = $derived.by(() =>
		this.model.series
			.filter((s) => s.points.length)
			.map((s) => {
				const shift = this.aligned ? (this.reforms.get(s.key)?.year ?? 0) : 0;
				const first = s.points[0]!.year + shift;
				const last = s.points[s.points.length - 1]!.year + shift;
				return {
					key: s.key,
					name: s.label,
					spans: classSpans((y) => classInYear(this.init.classes, s.key, y), first, last)
				};
			})
	);
	/** The classes the lines show, in legend order. */
	readonly classesShown: ApproachClass[] = $derived.by(() => classesIn(this.classSpans.flatMap((c) => c.spans)));
	/** The class changes in words, for the summary (empty unless coloured by class). */
	readonly classSummary: string = $derived.by(() =>
		this.byClass
			? this.kw.classes.summary(
					this.classSpans.map((c) => ({
						name: c.name,
						spans: c.spans.map((sp) => ({ name: this.kw.classes.names[sp.cls], from: sp.from, to: sp.to }))
					}))
				)
			: ''
	);

	/** The before/after panel's facts, or null when no selected place has a reform of this kind. */
	readonly beforeAfter = $derived.by(() => {
		const b = this.model.beforeAfter;
		if (!b) return null;
		const r = b.reform;
		const lo = r.year - this.view.n;
		const hi = r.year + this.view.n;
		const other = this.init.events.filter(
			(e) => e.iso3 === b.iso3 && e.scope === 'national' && e.year >= lo && e.year <= hi && !isReformEvent(e, r)
		);
		const raw = this.series.find((s) => s.key === b.iso3)?.points ?? [];
		const breaks = raw.filter((p) => p.flag === 'break' && p.year >= lo && p.year <= hi).map((p) => p.year);
		return { ...b, other, breaks, choices: this.model.focusable.map((iso3) => ({ iso3, name: this.nameOf(iso3) })) };
	});
	/** Said instead of the before/after panel when there is none. */
	readonly noBeforeAfter: string = $derived.by(() => this.kw.noBeforeAfter(this.definition.label));

	/** One-click place sets for the picker (only places with data, once the indicator's full file is at hand). */
	readonly placeSets: { label: string; iso3s: string[] }[] = $derived.by(() => {
		const { places, events, policies, defaults } = this.init;
		const payload = this.payload;
		const withData = payload && this.complete[this.view.indicator] ? new Set(Object.keys(payload.data)) : null;
		const has = (iso3: string) => !withData || withData.has(iso3);
		const reformAll = reformsFor(
			places.map((p) => p.iso3),
			decriminalisation(this.lang),
			events,
			policies
		);
		const s = this.kw.sets;
		return [
			{ label: s.headline, iso3s: defaults.countries },
			{
				label: s.reform,
				iso3s: [...reformAll.values()]
					.filter((r) => has(r.iso3))
					.sort((a, b) => a.year - b.year)
					.map((r) => r.iso3)
					.slice(0, 10)
			},
			{ label: s.nordics, iso3s: ['DNK', 'FIN', 'ISL', 'NOR', 'SWE'] },
			{ label: s.eu, iso3s: places.filter((p) => p.eu_member && has(p.iso3)).map((p) => p.iso3) },
			{ label: s.northAmerica, iso3s: ['USA', 'CAN', 'MEX'] }
		];
	});

	/** Everything LineChartFigure draws, as its props (spread it: `<LineChartFigure id="…" {...ex.figure} />`). */
	readonly figure = $derived.by(() => ({
		title: this.title,
		indicator: this.indicator,
		series: this.model.series,
		events: this.model.events,
		sources: this.sources,
		yScale: this.view.scale,
		notes: this.notes,
		warning: this.warning,
		summary: this.classSummary ? `${this.summary} ${this.classSummary}` : this.summary,
		trends: this.model.trends,
		xDomain: this.model.xDomain,
		xRule: this.model.xRule,
		xFormat: this.aligned ? formatYearsSince : undefined,
		xLabel: this.aligned ? this.kw.xLabel.aligned : this.kw.xLabel.calendar,
		tableCaption: this.indexed ? this.kw.indexTableCaption(this.indicator.label) : undefined,
		emphasis: this.highlight,
		classAt: this.byClass ? this.classAt : null,
		classesShown: this.byClass ? this.classesShown : []
	}));

	/** The default view in words, for readers without JavaScript. */
	get defaultViewText(): string {
		const d = this.init.defaults;
		return this.kw.title.calendar(this.init.payload.indicator.short_label, d.countries.map(this.nameOf));
	}

	/** The places chosen in the picker (an empty choice keeps the places shown); the before/after country is re-picked. */
	setCountries(iso3s: string[]): Promise<void> {
		return this.set({ countries: iso3s.length ? iso3s : this.view.countries, focus: null });
	}

	/** The kind of reform that counts (the alignment too, when aligned). */
	setReform(id: string): Promise<void> {
		return this.set(this.aligned ? { align: id, reform: id, focus: null } : { reform: id, focus: null });
	}

	/** Align the lines on each place's reform of the chosen kind, or go back to calendar years. */
	setAligned(on: boolean): Promise<void> {
		return this.set({ align: on ? this.definition.id : 'none' });
	}

	/** Colour lines by place or by policy class in each year. */
	setColour(colour: LineColour): Promise<void> {
		return this.set({ colour });
	}

	/** The first or last year shown, as typed: empty or not a year in range is the data's extent (null). */
	setYear(key: 'from' | 'to', typed: string): Promise<void> {
		return this.set({ [key]: yearInput.parse(typed) ?? null });
	}

	/** Years before/after the reform in the panel; anything but a whole number in range is the default. */
	setN(n: number): Promise<void> {
		return this.set({ n: Number.isInteger(n) && n >= N_MIN && n <= N_MAX ? n : this.init.defaults.n });
	}

	// The address bar (see urlSync.ts, syncUrl.svelte.ts).
	readonly replaceKeys = COMPARE_REPLACE_KEYS;
	/** What the address bar should say: the view, once its data are at hand (a failure goes back without a new entry). */
	readonly urlWrite = $derived.by(() =>
		this.loading ? null : { query: this.query, delay: 150, allowPush: !this.failure }
	);
	canonical(search: string): string {
		return serializeCompareView(this.parse(search), this.init.defaults);
	}
	enter(search: string): void {
		const v = this.parse(search);
		if (serializeCompareView(v, this.init.defaults) !== this.query) void this.replace(v);
	}

	/** Change part of the view (a control). */
	set(patch: Partial<CompareView>): Promise<void> {
		this.view = { ...this.view, ...patch };
		return this.ensure();
	}

	/** Show the whole view (from the URL). */
	replace(v: CompareView): Promise<void> {
		this.view = structuredClone(v);
		return this.ensure();
	}

	/** The view an address-bar query stands for. */
	parse(search: string): CompareView {
		return parseCompareView(search, this.context);
	}

	private needsFetchFor(v: CompareView): boolean {
		const d = this.init.defaults;
		return (
			!this.complete[v.indicator] && (v.indicator !== d.indicator || v.countries.some((c) => !d.countries.includes(c)))
		);
	}

	private async ensure(): Promise<void> {
		const v = this.view;
		const ticket = ++this.ticket;
		this.failure = null;
		if (!this.needsFetchFor(v)) {
			this.loading = false;
			this.lastGood = v;
			return;
		}
		this.loading = true;
		const id = v.indicator;
		let request = this.inflight.get(id);
		if (!request) {
			request = fetchPayload(this.init.fetch, this.init.dataUrl(id), indicatorPayloadShape(id));
			this.inflight.set(id, request);
		}
		const r = await request;
		this.inflight.delete(id);
		// An intact file is kept even when a newer request has taken over (it will be needed again).
		if (r.ok) {
			this.payloads = { ...this.payloads, [id]: r.data };
			this.complete = { ...this.complete, [id]: true };
		}
		if (ticket !== this.ticket) return;
		this.loading = false;
		if (r.ok) {
			this.lastGood = v;
			return;
		}
		const back = this.lastGood;
		this.failure = {
			indicator: id,
			kind: r.kind,
			reason: r.reason,
			message: this.cw.compare.loadFailed(this.labelOf(id), back.indicator === id ? null : this.labelOf(back.indicator))
		};
		this.view = structuredClone(back);
	}
}

/**
 * The explorer as the site's /compare and /embed/compare build it: the window's fetch, the language's data files
 * (/compare/data[/nb]/<id>.json) and the language's event words. Tests build CompareExplorer themselves.
 */
export function siteCompareExplorer(data: CompareData, base: string, lang: Lang): CompareExplorer {
	return new CompareExplorer({
		...data,
		lang,
		fetch: (url) => fetch(url),
		dataUrl: (id) => base + compareDataPath(id, lang),
		eventWord: eventWordIn(lang)
	});
}
