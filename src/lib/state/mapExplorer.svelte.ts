/**
 * The map explorer's state: the requested view, the datasets and geometries loaded so far, and everything derived for
 * the view on screen (cells, bins, fills, policy status). Loading is lazy: each dataset or region arrives as its own
 * static JSON the first time it is needed. A view whose data are already loaded is shown synchronously (the slider
 * recolours in the same frame); otherwise the previous view stays on screen until the data arrive.
 *
 * Every fetched file is checked at the boundary (status, JSON, shape: see mapPayloadShapes.ts). When one cannot be
 * used — missing, truncated, an HTML page, `{}` — the request is dropped and the requested view goes back to the view
 * on screen, with `failure` saying what could not be loaded: picker, URL, heading, map and table then all agree.
 */
import { mapDataPath } from '../data/dataFiles.ts';
import { fetchPayload, type Payload, type PayloadFailureKind } from '../data/payload.ts';
import type { MapCell } from '../map/mapCells.ts';
import { YearViews } from '../map/yearViews.ts';
import { mapDataShape, mapGeometryShape } from '../map/mapPayloadShapes.ts';
import type { MapData, MapIndicator, PlaceInfo } from '../map/dataset.ts';
import type { Source } from '../data/types.ts';
import type { InEnglish } from '../data/dataWords.ts';
import type { MapGeometry } from '../map/projectRegion.ts';
import type { RegionId } from '../map/regionIds.ts';
import { decriminalisation, reformFor } from '../stats/reform.ts';
import { possessionStatusInYear, type PossessionInYear } from '../stats/possessionStatus.ts';
import { summariseMap } from '../charts/mapSummary.ts';
import { policyOutline, type Outline } from '../map/policyOutline.ts';
import { cannabisInYear, cannabisMarking, markedCategories, type MapCannabis } from '../map/cannabisMapLayer.ts';
import { mapCannabisShape, mapPolicyShape } from '../map/mapPayloadShapes.ts';
import { NO_POLICY, type MapPolicy } from '../map/mapPolicy.ts';
import type { CannabisInYear } from '../data/cannabisModelInYear.ts';
import type { Lang } from '../strings/lang.ts';
import { mapText, type MapStrings } from '../strings/map.ts';
import {
	defaultFrom,
	defaultMapState,
	MAP_SLIDER_KEYS,
	parseMapState,
	serializeMapState,
	withIndicator,
	type MapCatalogue,
	type MapViewState
} from './mapState.ts';
import type { UrlView } from './urlSync.ts';

export interface MapExplorerInit {
	catalogue: MapCatalogue;
	indicators: MapIndicator[];
	initialData: MapData;
	initialGeometry: MapGeometry;
	places: Record<string, PlaceInfo>;
	/** The window's fetch (tests pass their own). */
	fetch: (url: string) => Promise<Response>;
	/** URL of a dataset / region file. */
	dataUrl: (indicator: string) => string;
	geoUrl: (region: RegionId) => string;
	/** URL of the policy layer's cannabis models (fetched the first time that layer is shown). */
	cannabisUrl: string;
	/**
	 * URL of the possession-policy facts: fetched before the policy layer or the reform mode is first shown, and in
	 * the background once the page has its view (`enter`), for the tooltip.
	 */
	policyUrl: string;
	/** The page's language (its words: heading, summary, caption); English when not given. */
	lang?: Lang;
}

/** A request that could not be met: what was asked, which file failed and how. */
export interface MapLoadFailure {
	indicator: string;
	year: number;
	region: RegionId;
	/**
	 * data: the indicator's file; geometry: the region's; layer: the policy layer's cannabis models; policy: the
	 * possession-policy facts (the policy layer, the reform mode).
	 */
	part: 'data' | 'geometry' | 'layer' | 'policy';
	kind: PayloadFailureKind;
	/** For developers: the file and what was wrong with it. */
	reason: string;
}

/**
 * The explorer of a route's load data on this site: data and region files fetched from `<base>/map/data/` and
 * `<base>/map/geo/` (as /map and /embed/map both do).
 */
export function siteMapExplorer(
	data: Omit<MapExplorerInit, 'fetch' | 'dataUrl' | 'geoUrl' | 'cannabisUrl' | 'policyUrl' | 'lang'>,
	base: string,
	lang: Lang = 'en'
): MapExplorer {
	const { catalogue, indicators, initialData, initialGeometry, places } = data;
	return new MapExplorer({
		catalogue,
		indicators,
		initialData,
		initialGeometry,
		places,
		fetch: (url) => fetch(url),
		dataUrl: (id) => base + mapDataPath(id, lang),
		geoUrl: (region) => `${base}/map/geo/${region}.json`,
		cannabisUrl: `${base}/map/cannabis.json`,
		policyUrl: `${base}/map/policy.json`,
		lang
	});
}

export class MapExplorer implements UrlView {
	/** What the reader asked for (the URL). Views are raw state: replaced whole, never changed in place. */
	view: MapViewState = $state.raw()!;
	/**
	 * What is on screen: the latest requested view whose data are loaded. Its words (heading, summary, legend, table,
	 * tooltip) describe this view; when only the year changed, they follow `paint` one frame later (see `show`).
	 */
	shown: MapViewState = $state.raw()!;
	/**
	 * What the map's colours and outlines show: `shown`, or one frame ahead of it while a year change alone (the
	 * slider, the play button) is being painted. The frame of a year change then rewrites the fills and outlines and
	 * nothing else, as a bare page would; the words catch up right after that frame is on screen.
	 */
	paint: MapViewState = $state.raw()!;
	/** The year-only view `shown` takes after the next frame (null: none waiting). */
	private nextShown: MapViewState | null = null;
	private nextShownScheduled = false;
	playing = $state(false);
	loading = $state(false);
	/** Why the last requested view could not be shown (null when it was). */
	failure: MapLoadFailure | null = $state(null);
	/** Counts requests: only the latest one may end the loading state or change what is shown. */
	private ticket = 0;
	private datasets: Record<string, MapData> = $state.raw({});
	private geometries: Partial<Record<RegionId, MapGeometry>> = $state.raw({});
	/** The policy layer's cannabis models, once loaded (not in the prerendered page: the default layer is none). */
	private cannabisData: MapCannabis | null = $state.raw(null);
	/** The possession-policy facts, once loaded (not in the prerendered page). */
	private policyData: MapPolicy | null = $state.raw(null);
	/** The facts loaded so far: none until the file arrives. */
	get policyFacts(): MapPolicy {
		return this.policyData ?? NO_POLICY;
	}
	/** Whether the possession-policy facts have arrived (before: the tooltip says nothing of policy). */
	get policyLoaded(): boolean {
		return this.policyData !== null;
	}
	/** The policy file's request in flight or done (dropped after a failure, so that a later need tries again). */
	private policyRequest: Promise<Payload<MapPolicy>> | null = null;
	readonly init: MapExplorerInit;
	/** The language of the explorer's words (heading, summary, caption). */
	get lang(): Lang {
		return this.init.lang ?? 'en';
	}
	/** The map catalogue of that language. */
	private get mw(): MapStrings {
		return mapText[this.lang];
	}
	private timer: ReturnType<typeof setInterval> | null = null;
	/** Indicator whose full dataset is being preloaded (one request at a time). */
	private preloading: string | null = null;

	constructor(init: MapExplorerInit) {
		this.init = init;
		const v = defaultMapState(init.catalogue);
		this.view = v;
		this.shown = v;
		this.paint = v;
		this.datasets = { [init.initialData.indicator_id]: init.initialData };
		this.geometries = { [init.initialGeometry.region]: init.initialGeometry };
	}

	readonly indicator: MapIndicator = $derived.by(
		() => this.init.indicators.find((i) => i.indicator_id === this.shown.indicator) ?? this.init.indicators[0]!
	);
	readonly requestedIndicator: MapIndicator = $derived.by(
		() => this.init.indicators.find((i) => i.indicator_id === this.view.indicator) ?? this.indicator
	);
	readonly dataset: MapData = $derived(this.datasets[this.shown.indicator]!);
	readonly geometry: MapGeometry = $derived(this.geometries[this.shown.region]!);

	/** Places of the view: shapes, circles of places with data, and sub-national entities (table only) with data. */
	readonly places: string[] = $derived.by(() => {
		const g = this.geometry;
		const withData = new Set(this.dataset.withData);
		const dots = new Set(g.dots.map((d) => d.iso3));
		const shapes = new Set(g.shapes.map((s) => s.iso3));
		const inView = g.places.filter((p) => shapes.has(p) || (dots.has(p) && withData.has(p)));
		const drawn = new Set(g.places);
		const sub = this.dataset.withData.filter((p) => !drawn.has(p) && drawn.has(this.init.places[p]?.parent ?? '-'));
		return [...inView, ...sub];
	});
	/** Circles to draw: only for places that have data for this indicator (else they are not shown at all). */
	readonly dots = $derived(this.geometry.dots.filter((d) => this.dataset.withData.includes(d.iso3)));

	readonly reformYears: Map<string, number> = $derived.by(() => {
		const m = new Map<string, number>();
		const { facts, events } = this.policyFacts;
		const isos = new Set([...facts.map((f) => f.iso3), ...events.map((e) => e.iso3)]);
		// Same rule as the Compare view's "decriminalisation" reform: earliest dated event, else the policy table's year.
		for (const iso3 of isos) {
			const r = reformFor(
				iso3,
				decriminalisation(this.lang),
				events,
				facts.find((f) => f.iso3 === iso3)
			);
			if (r) m.set(iso3, r.year);
		}
		return m;
	});

	/**
	 * The years of the view on screen (map/yearViews.ts): each computed once, when first shown or painted
	 * or ahead in idle time (`warmYears`), so that a year change looks its year up in the frame that repaints the map.
	 * A new one starts whenever the data, mode, places or (change mode) start year change: the slider drags `from` along
	 * in every mode, and only change mode reads it.
	 */
	private readonly shownMode = $derived(this.shown.mode);
	private readonly changeFrom = $derived(this.shown.mode === 'change' ? this.shown.from : null);
	private readonly years: YearViews = $derived(
		new YearViews({
			dataset: this.dataset,
			mode: this.shownMode,
			from: this.changeFrom,
			places: this.places,
			reformYears: this.reformYears,
			levelBins: this.dataset.bins
		})
	);
	/** The cells of the view on screen (`shown`): what the words, tooltip and table say. */
	readonly cells: Map<string, MapCell> = $derived(this.years.get(this.shown.year).cells);
	readonly bins = $derived(this.years.get(this.shown.year).bins);
	/**
	 * The fills of the view the colours show: `paint`, which a year change reaches a frame before `shown` (see `show`;
	 * the two then differ in the year alone).
	 */
	readonly fills: Map<string, string> = $derived(this.years.get(this.paint.year).fills);
	/**
	 * Compute every year of the slider's range ahead while the browser is idle, so that dragging the slider or playing
	 * the years only looks them up. Call it from an effect: the effect runs it again for each new set of years (another
	 * indicator, mode or region; the full dataset arriving), and the cleanup it returns stops the work. Nothing while
	 * only the first year's data are loaded.
	 */
	warmYears(): () => void {
		if (this.dataset.partial) return () => {};
		const [first, last] = this.indicator.years;
		return this.years.warm(Array.from({ length: last - first + 1 }, (_, i) => first + i));
	}
	/** Whether any place has a possession-policy fact (the legend's note; the same in every year). */
	get policyKnown(): boolean {
		return this.policyFacts.facts.length > 0 || this.policyFacts.events.length > 0;
	}

	/** Possession policy in the shown year, for places with any policy fact (others: unknown). */
	readonly policy: Map<string, PossessionInYear> = $derived.by(() => {
		const m = new Map<string, PossessionInYear>();
		const { facts, events } = this.policyFacts;
		const isos = new Set([...facts.map((f) => f.iso3), ...events.map((e) => e.iso3)]);
		for (const iso3 of isos)
			m.set(
				iso3,
				possessionStatusInYear(
					facts.find((f) => f.iso3 === iso3),
					events.filter((e) => e.iso3 === iso3),
					this.paint.year
				)
			);
		return m;
	});

	nameOf = (iso3: string): string => this.init.places[iso3]?.name ?? iso3;

	// The view on screen in words, for every route drawing it (/map, /embed/map) and its export.
	/** "2021", "latest to 2021", "change 2015–2021", … */
	readonly when: string = $derived.by(() => {
		const v = this.shown;
		return v.mode === 'year'
			? String(v.year)
			: v.mode === 'latest'
				? this.mw.when.latest(v.year)
				: v.mode === 'change'
					? this.mw.changeFrom(v.from, v.year)
					: this.mw.when.reform(v.year);
	});
	readonly where: string = $derived(this.mw.regions[this.shown.region] ?? this.shown.region);
	/** The cells of the places in view, in the view's order. */
	readonly cellList: MapCell[] = $derived(this.places.map((p) => this.cells.get(p)!).filter(Boolean));
	/** One sentence on what the map shows, and one on the cannabis models when that layer is on (its description; the export's alt text). */
	readonly summary: string = $derived.by(() => {
		const v = this.shown;
		const ind = this.indicator;
		const text = summariseMap(
			{
				cells: this.cellList,
				nameOf: this.nameOf,
				mode: v.mode,
				year: v.year,
				from: v.from,
				measure: this.mw.summary.measureInText(
					ind.short_label,
					Object.values(this.init.places).map((p) => p.name)
				),
				unit: ind.unit,
				decimals: ind.decimals,
				where: v.region === 'world' ? this.mw.summaryWhere.world : this.mw.summaryWhere.region(this.where)
			},
			this.lang
		);
		return this.cannabisSummary ? `${text} ${this.cannabisSummary}` : text;
	});
	/**
	 * Cannabis regulation model of each coded place in the year on screen in words (the legend and summary), only
	 * when the policy layer shows them; places not in the map: none.
	 */
	private readonly cannabisShown: Map<string, CannabisInYear> = $derived(this.cannabisIn(this.shown));
	/** The same in the year the outlines show (`paint`; the tooltip's line too). */
	readonly cannabis: Map<string, CannabisInYear> = $derived(
		this.paint.year === this.shown.year ? this.cannabisShown : this.cannabisIn(this.paint)
	);
	private cannabisIn(v: MapViewState): Map<string, CannabisInYear> {
		return v.layer === 'cannabis' && this.cannabisData ? cannabisInYear(this.cannabisData, v.year) : new Map();
	}
	/** What the legend lists of the cannabis models marked among the places in view. */
	readonly cannabisLegend = $derived(markedCategories(this.places.flatMap((p) => this.cannabisShown.get(p) ?? [])));
	/**
	 * Policy-layer outlines of the places: possession status (`layer=policy`) or cannabis model (`layer=cannabis`);
	 * empty when the layer is off. `outlineColors`: a cannabis model's colour per place, `currentColor` (the page's
	 * ink) for a law adopted or a sub-national regime without one; possession outlines have none (the layer's ink).
	 */
	readonly outlines: Map<string, Outline> = $derived.by(() => {
		const m = new Map<string, Outline>();
		if (this.paint.layer === 'policy')
			for (const [iso3, p] of this.policy) {
				const o = policyOutline(p);
				if (o) m.set(iso3, o);
			}
		if (this.paint.layer === 'cannabis')
			for (const [iso3, c] of this.cannabis) {
				const k = cannabisMarking(c);
				if (k) m.set(iso3, k.outline);
			}
		return m;
	});
	readonly outlineColors: Map<string, string> = $derived.by(() => {
		const m = new Map<string, string>();
		for (const [iso3, c] of this.cannabis) {
			const k = cannabisMarking(c);
			if (k) m.set(iso3, k.color ?? 'currentColor');
		}
		return m;
	});
	/** The summary's sentence on the cannabis models in view ('' unless that layer is shown). */
	readonly cannabisSummary: string = $derived.by(() => {
		if (this.shown.layer !== 'cannabis' || !this.cannabisData) return '';
		const c = this.mw.cannabis;
		const inView = this.places.flatMap((p) => this.cannabisShown.get(p) ?? []);
		const groups: [string, string[]][] = this.cannabisLegend.categories.map((cat) => [
			c.category(cat),
			inView
				.filter((r) => r.category === cat)
				.map((r) => (r.subnational ? c.somePlaces(this.nameOf(r.iso3)) : this.nameOf(r.iso3)))
				.sort((a, b) => a.localeCompare(b, this.lang))
		]);
		return c.summary(this.shown.year, groups);
	});
	/** What the year slider's value means in the requested mode. */
	readonly sliderContext: string = $derived.by(() => {
		const mode = this.shown.mode;
		return mode === 'change'
			? this.mw.sliderContext.change(this.view.from)
			: mode === 'latest'
				? this.mw.sliderContext.latest
				: mode === 'reform'
					? this.mw.sliderContext.reform
					: '';
	});
	/** Caption of the ranked table of the view. */
	readonly tableCaption: string = $derived.by(() => {
		const v = this.shown;
		const ind = this.indicator;
		return this.mw.table.caption(
			ind.short_label,
			`${this.where}, ${this.when}`,
			v.mode === 'year' || v.mode === 'latest' ? ind.unit : this.mw.table.percentChange
		);
	});
	/** Every source the view draws values from (the indicator's, then its dataset's), as its data file names them. */
	readonly sources: (Source & InEnglish)[] = $derived(this.dataset.sourceInfo);
	/** Each source record of the datasets loaded so far (a table a moment behind the map may still name another's). */
	private readonly sourceRecords: Map<string, Source> = $derived(
		new Map(Object.values(this.datasets).flatMap((d) => d.sourceInfo.map((s) => [s.source_id, s] as const)))
	);
	/** The record of a source the map's data name (undefined: none loaded names it). */
	sourceOf = (id: string): Source | undefined => this.sourceRecords.get(id);

	/** Request a view change; shown at once when its data are loaded, else after loading. */
	set(next: Partial<MapViewState>): Promise<void> {
		const cat = this.init.catalogue;
		const base =
			next.indicator && next.indicator !== this.view.indicator
				? withIndicator(this.view, cat, next.indicator)
				: this.view;
		const v = { ...base, ...next };
		const years = cat.indicators.find((i) => i.indicator_id === v.indicator)?.years ?? [v.year, v.year];
		if (v.from >= v.year) v.from = defaultFrom(years, v.year);
		this.view = v;
		return this.ensure();
	}

	/** Replace the whole requested view (from the URL). */
	replace(v: MapViewState): Promise<void> {
		this.view = v;
		return this.ensure();
	}

	private usable(d: MapData | undefined, v: MapViewState): boolean {
		if (!d) return false;
		if (!d.partial) return true;
		return v.mode === 'year' && Object.values(d.places).some((pts) => pts.some((p) => p[0] === v.year));
	}

	private async ensure(): Promise<void> {
		const v = this.view;
		const ticket = ++this.ticket;
		this.failure = null;
		const needData = !this.usable(this.datasets[v.indicator], v);
		const needGeo = !this.geometries[v.region];
		const needLayer = v.layer === 'cannabis' && !this.cannabisData;
		const needPolicy = (v.layer === 'policy' || v.mode === 'reform') && !this.policyData;
		if (!needData && !needGeo && !needLayer && !needPolicy) {
			this.show(v);
			this.loading = false;
			return;
		}
		this.loading = true;
		const [d, g, c, p] = await Promise.all([
			needData ? fetchPayload(this.init.fetch, this.init.dataUrl(v.indicator), mapDataShape(v.indicator)) : null,
			needGeo ? fetchPayload(this.init.fetch, this.init.geoUrl(v.region), mapGeometryShape(v.region)) : null,
			needLayer ? fetchPayload(this.init.fetch, this.init.cannabisUrl, mapCannabisShape) : null,
			needPolicy ? this.fetchPolicy() : null
		]);
		// What arrived intact is kept even when a newer request has taken over (it will be needed again).
		if (d?.ok) this.datasets = { ...this.datasets, [v.indicator]: d.data };
		if (g?.ok) this.geometries = { ...this.geometries, [v.region]: g.data };
		if (c?.ok) this.cannabisData = c.data;
		if (ticket !== this.ticket) return;
		this.loading = false;
		const bad =
			d && !d.ok
				? { part: 'data' as const, r: d }
				: g && !g.ok
					? { part: 'geometry' as const, r: g }
					: c && !c.ok
						? { part: 'layer' as const, r: c }
						: p && !p.ok
							? { part: 'policy' as const, r: p }
							: null;
		if (bad) {
			this.pause();
			this.failure = {
				indicator: v.indicator,
				year: v.year,
				region: v.region,
				part: bad.part,
				kind: bad.r.kind,
				reason: bad.r.reason
			};
			this.view = this.shown;
			return;
		}
		this.show(v);
	}

	/**
	 * Put a loaded view on screen. A change of the year alone is painted first (`paint`: fills and outlines in this
	 * frame) and reaches `shown`, and with it every word, after that frame (a frame callback, then a task: the task
	 * runs once the frame is painted). Any other change, or no frames (the server, unit tests), is shown at once.
	 */
	private show(v: MapViewState): void {
		const p = this.shown;
		this.paint = v;
		const yearOnly =
			p.year !== v.year &&
			p.indicator === v.indicator &&
			p.region === v.region &&
			p.mode === v.mode &&
			// `from` means something only in change mode (a slider moved below it drags it along, in any mode).
			(p.from === v.from || v.mode !== 'change') &&
			p.layer === v.layer;
		if (!yearOnly || typeof requestAnimationFrame !== 'function') {
			this.nextShown = null;
			this.shown = v;
			return;
		}
		this.nextShown = v;
		if (this.nextShownScheduled) return;
		this.nextShownScheduled = true;
		requestAnimationFrame(() =>
			setTimeout(() => {
				this.nextShownScheduled = false;
				if (this.nextShown) this.shown = this.nextShown;
				this.nextShown = null;
			}, 0)
		);
	}

	/** The possession-policy facts, fetched once however many views and the tooltip ask at the same time. */
	private fetchPolicy(): Promise<Payload<MapPolicy>> {
		return (this.policyRequest ??= fetchPayload(this.init.fetch, this.init.policyUrl, mapPolicyShape).then((r) => {
			if (r.ok) this.policyData ??= r.data;
			else this.policyRequest = null;
			return r;
		}));
	}

	/**
	 * Load the possession-policy facts in the background (the tooltip's policy line). A failure is silent here (the
	 * tooltip then says nothing of policy) and told when a view needs them.
	 */
	async loadPolicy(): Promise<void> {
		await this.fetchPolicy();
	}

	/** Load the full dataset of the shown indicator in the background (the page starts with one year). */
	async preload(): Promise<void> {
		const id = this.view.indicator;
		if (!this.datasets[id]?.partial || this.preloading === id) return;
		this.preloading = id;
		const r = await fetchPayload(this.init.fetch, this.init.dataUrl(id), mapDataShape(id));
		this.preloading = null;
		// On failure the dataset stays partial; other years then load on demand (and say so if they cannot).
		if (r.ok && !r.data.partial) this.datasets = { ...this.datasets, [id]: r.data };
	}

	// The address bar (see urlSync.ts, syncUrl.svelte.ts).
	readonly replaceKeys = MAP_SLIDER_KEYS;
	/** What the address bar should say: the view on screen (nothing while another is loading); slower while playing. */
	readonly urlWrite = $derived.by(() => {
		const cat = this.init.catalogue;
		const q = serializeMapState(this.view, cat);
		if (q !== serializeMapState(this.shown, cat)) return null;
		return { query: q, delay: this.playing ? 600 : 150, allowPush: !this.failure };
	});
	/** The view on screen as a query (without "?"; empty for the default view): links, exports and embeds carry it. */
	get query(): string {
		return serializeMapState(this.shown, this.init.catalogue);
	}
	canonical(search: string): string {
		return serializeMapState(parseMapState(search, this.init.catalogue), this.init.catalogue);
	}
	/** Show the view of an address-bar query, then load the rest of its dataset in the background. */
	enter(search: string): void {
		const cat = this.init.catalogue;
		const wanted = parseMapState(search, cat);
		if (serializeMapState(this.view, cat) === serializeMapState(wanted, cat)) {
			void this.preload();
			void this.loadPolicy();
			return;
		}
		this.pause();
		void this.replace(wanted).then(() => Promise.all([this.preload(), this.loadPolicy()]));
	}

	play(): void {
		if (this.playing) return;
		const [lo, hi] = this.requestedIndicator.years;
		if (this.view.year >= hi) void this.set({ year: lo });
		this.playing = true;
		this.timer = setInterval(() => {
			if (this.loading) return;
			if (this.view.year >= hi) this.pause();
			else void this.set({ year: this.view.year + 1 });
		}, 800);
	}

	pause(): void {
		this.playing = false;
		if (this.timer) clearInterval(this.timer);
		this.timer = null;
	}
}
