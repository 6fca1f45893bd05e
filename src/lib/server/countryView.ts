/**
 * Build-time slice for /country/[iso3]: the place's policy facts and events with their citations, its headline
 * indicators (stats/headlineIndicators.ts), the rest grouped by topic, the indicators it has no data for, and every
 * dataset the page draws on, numbered once (charts/sourceFootnotes.ts) so each chart refers to its sources by number.
 * Ships only this place's slice: compact points ([year, value] or [year, value, flag, source_id]) per indicator.
 */
import { policyMarkers } from '$lib/charts/policyMarkers';
import { formulaSources, numberSources, type PublisherGroup } from '$lib/charts/sourceFootnotes';
import { cardWeight, timelineBeside, timelineWeight } from '$lib/charts/policyLayout';
import { sharedYears } from '$lib/charts/sharedYears';
import { groupByTopic } from '$lib/charts/topicGroups';
import { encodeObservations } from '$lib/data/compactSeries';
import type { CountryPlace, IndicatorCard, SourceLite } from '$lib/data/countryPage';
import { citation, type Citation } from '$lib/data/policySources';
import type { Indicator, PolicyCell } from '$lib/data/types';
import { headlineIndicators, type HeadlineSlot } from '$lib/stats/headlineIndicators';
import { isModelled } from '$lib/stats/modelled';
import { findPeers, type PeerCandidate } from '$lib/stats/peers';
import { refList } from '$lib/stats/possessionStatus';
import { decriminalisation, reformFor, type Reform } from '$lib/stats/reform';
import { subnationalSpans } from '$lib/stats/subnationalReforms';
import { countryText } from '$lib/strings/country';
import { coreText } from '$lib/strings/core';
import { pick, type Lang } from '$lib/strings/lang';
import {
	countries,
	indicators,
	observations,
	policies,
	policyCells,
	policyEvents,
	policySource,
	sources
} from './data';

const candidateCache = new Map<string, PeerCandidate[]>();
function candidates(indicatorId: string): PeerCandidate[] {
	let c = candidateCache.get(indicatorId);
	if (!c) {
		const byIso = new Map<string, Map<number, number>>();
		for (const r of observations(indicatorId)) {
			if (!byIso.has(r.iso3)) byIso.set(r.iso3, new Map());
			byIso.get(r.iso3)!.set(r.year, r.value);
		}
		const documented = new Set(policies().map((p) => p.iso3));
		c = countries()
			.filter((x) => byIso.has(x.iso3))
			.map((x) => ({
				iso3: x.iso3,
				name: x.name,
				region: x.region,
				subregion: x.subregion,
				kind: x.kind,
				values: byIso.get(x.iso3)!,
				documented: documented.has(x.iso3)
			}));
		candidateCache.set(indicatorId, c);
	}
	return c;
}

export interface CountryView {
	/** The language the view's words are in (the page's: `langOfPath` in the loader). */
	lang: Lang;
	place: CountryPlace;
	parent: string | null;
	policy: ReturnType<typeof policies>[number] | null;
	cells: Partial<Record<string, Pick<PolicyCell, 'status' | 'rechecked' | 'quote'>>>;
	citations: Record<string, Citation>;
	events: ReturnType<typeof policyEvents>;
	reform: Reform | null;
	subnational: ReturnType<typeof subnationalSpans>;
	markers: ReturnType<typeof policyMarkers>;
	/** The indicators the page leads with, in slot order. */
	headline: (IndicatorCard & { slot: HeadlineSlot })[];
	/** Every other indicator with data, by topic (catalogue order). */
	groups: { topic: string; cards: IndicatorCard[] }[];
	/** Indicators with no value for this place, by topic: named once, at the end. */
	noData: Pick<Indicator, 'indicator_id' | 'short_label'>[];
	/** Every dataset the page uses, by publisher, numbered. */
	sourceList: PublisherGroup<SourceLite>[];
	/** Year range shared by the page's sparklines. */
	years: [number, number] | null;
	/** Year range shared by the headline charts (reaching back to a reform shortly before the data). */
	headlineYears: [number, number] | null;
	/** Comparable places, and the indicator they were chosen on. */
	peers: IndicatorCard['peers'];
	peerIndicator: Pick<Indicator, 'indicator_id' | 'short_label'> | null;
	/** Set the timeline beside the policy card (short timeline) rather than below it (charts/policyLayout.ts). */
	timelineBeside: boolean;
	ruleText: string;
}

/**
 * The page's view in a language: its words (reform markers, region names) in `lang`; the data the same in every
 * language. `lang` defaults to English for callers that have no page language (the embed's pinned copy).
 */
export function countryView(iso3: string, lang: Lang = 'en'): CountryView | null {
	const cw = pick(coreText, lang);
	const regionName = (r: string) => (r ? (pick(countryText, lang).regions[r] ?? r) : '');
	const place = countries().find((c) => c.iso3 === iso3);
	if (!place) return null;
	const policy = policies().find((p) => p.iso3 === iso3) ?? null;
	const events = policyEvents()
		.filter((e) => e.iso3 === iso3)
		.sort((a, b) => a.date.localeCompare(b.date));
	const definition = decriminalisation(lang);
	const reform = reformFor(iso3, definition, events, policy ?? undefined);
	const parent = place.parent ? (countries().find((c) => c.iso3 === place.parent)?.name ?? place.parent) : null;

	// Every citation the policy card and timeline show, as "publisher, title (year)" + link + the host of a copy.
	const refs = new Set([
		...(policy
			? Object.entries(policy)
					.filter(([k]) => k.endsWith('_ref'))
					.flatMap(([, v]) => refList(v))
			: []),
		...events.flatMap((e) => refList(e.ref))
	]);
	const cites: Record<string, Citation> = {};
	for (const r of [...refs].sort()) {
		const s = policySource(r);
		if (s) cites[r] = citation(s);
	}
	const cite = (ids: string[]) =>
		ids
			.flatMap((r) =>
				cites[r] ? [`${cites[r]!.publisher}, ${cites[r]!.title}${cites[r]!.year ? ` (${cites[r]!.year})` : ''}`] : []
			)
			.join('; ');
	const markers = policyMarkers({
		events,
		reforms: new Map<string, Reform>(reform ? [[iso3, reform]] : []),
		keys: new Set([iso3]),
		nameOf: () => place.name,
		// One place per chart here: the label need not name it (the charts are narrow).
		reformLabel: (_, r) => cw.chart.reformMarkerOwn(cw.chart.reformWords.decriminalisation!, r.year),
		tableTitle: (r) => cw.policy.reformTitle(r.title),
		cite
	});
	const cells: CountryView['cells'] = {};
	for (const c of policyCells())
		if (c.iso3 === iso3) cells[c.field] = { status: c.status, rechecked: c.rechecked, quote: c.quote };

	// Indicators with data for the place, in indicators.csv order, each with the datasets it draws on.
	const sourceIds = sources().map((s) => s.source_id);
	const withData = indicators().flatMap((ind) => {
		const rows = observations(ind.indicator_id).filter((r) => r.iso3 === iso3);
		if (!rows.length) return [];
		const used = [...new Set(rows.map((r) => r.source_id))].sort();
		const ids = [
			...new Set([
				...(used.includes(ind.source_id) ? [ind.source_id] : []),
				...used,
				...(ind.derived ? formulaSources(ind.formula, sourceIds) : [])
			])
		];
		return [{ ind, rows, ids }];
	});
	const picks = headlineIndicators(
		withData.map((w) => w.ind.indicator_id),
		(id) => indicators().find((i) => i.indicator_id === id)?.source_id
	);
	const isHeadline = new Set(picks.map((p) => p.indicator_id));
	const headlineData = picks.map((p) => ({ pick: p, w: withData.find((w) => w.ind.indicator_id === p.indicator_id)! }));
	const topicOrder = Object.keys(cw.topics);
	const rest = groupByTopic(
		withData.filter((w) => !isHeadline.has(w.ind.indicator_id)).map((w) => ({ ...w, topic: w.ind.topic })),
		topicOrder
	);
	const notes = numberSources(
		[...headlineData.map((h) => h.w.ids), ...rest.flatMap((g) => g.items.map((w) => w.ids))],
		(id) => {
			const s = sources().find((x) => x.source_id === id);
			return (
				s && {
					source_id: s.source_id,
					publisher: s.publisher,
					title: s.title,
					year: s.year,
					licence: s.licence,
					url: s.url
				}
			);
		}
	);

	const card = ({ ind, rows, ids }: (typeof withData)[number]): IndicatorCard => {
		const own = candidates(ind.indicator_id).find((c) => c.iso3 === iso3);
		const peers = own
			? findPeers(
					{
						iso3,
						region: place.region,
						subregion: place.subregion,
						values: own.values,
						reformYear: reform?.year ?? null
					},
					candidates(ind.indicator_id),
					3,
					5
				)
			: [];
		const { indicator_id, short_label, unit, decimals, derived, source_id, topic } = ind;
		return {
			indicator: { indicator_id, short_label, unit, decimals, derived, source_id, topic },
			points: encodeObservations(rows, ind.source_id)[iso3] ?? [],
			refs: ids.flatMap((id) => (notes.number[id] ? [notes.number[id]!] : [])),
			modelled: isModelled(ind.source_id),
			peers: peers.map(({ iso3, name, match }) => ({ iso3, name, match }))
		};
	};
	const span = (w: (typeof withData)[number]): [number, number] => [
		Math.min(...w.rows.map((r) => r.year)),
		Math.max(...w.rows.map((r) => r.year))
	];
	const have = new Set(withData.map((w) => w.ind.indicator_id));
	// Comparable places: found on the first indicator (indicators.csv order, GBD 2019 for nearly every place) that
	// yields any, so every page picks them the same way whatever its headline series (a national one has no peers).
	const cards = new Map(withData.map((w) => [w.ind.indicator_id, card(w)]));
	const peerCard = withData.map((w) => cards.get(w.ind.indicator_id)!).find((c) => c.peers.length) ?? null;

	return {
		lang,
		place: {
			iso3,
			name: place.name,
			region: place.region,
			subregion: place.subregion,
			regionName: regionName(place.region),
			subregionName: regionName(place.subregion),
			kind: place.kind,
			note: place.note
		},
		parent,
		policy,
		cells,
		citations: cites,
		events,
		reform,
		subnational: subnationalSpans(events, iso3),
		markers,
		headline: headlineData.map(({ pick, w }) => ({ ...cards.get(w.ind.indicator_id)!, slot: pick.slot })),
		groups: rest.map((g) => ({ topic: g.topic, cards: g.items.map((w) => cards.get(w.ind.indicator_id)!) })),
		noData: groupByTopic(
			indicators().filter((i) => !have.has(i.indicator_id)),
			topicOrder
		).flatMap((g) => g.items.map(({ indicator_id, short_label }) => ({ indicator_id, short_label }))),
		sourceList: notes.groups,
		years: sharedYears(
			rest.flatMap((g) => g.items.map(span)),
			null
		),
		headlineYears: sharedYears(
			headlineData.map((h) => span(h.w)),
			reform?.year ?? null
		),
		peers: peerCard?.peers ?? [],
		peerIndicator: peerCard && {
			indicator_id: peerCard.indicator.indicator_id,
			short_label: peerCard.indicator.short_label
		},
		timelineBeside: timelineBeside(
			cardWeight(policy as Record<string, string> | null, cites),
			timelineWeight(events, cites)
		),
		ruleText: definition.rule
	};
}
