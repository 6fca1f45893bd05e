/**
 * /country/[iso3]: prerendered for every place in data/countries.csv (the map links to each one), so a place with
 * no data still gets a page that says so. Ships only this place's slice: its policy facts, events, one series per
 * indicator with data, and peer codes.
 */
import { error } from '@sveltejs/kit';
import { reformLabel } from '$lib/charts/compareModel';
import { policyMarkers } from '$lib/charts/policyMarkers';
import { encodeObservations } from '$lib/data/compactSeries';
import { citation, type Citation } from '$lib/data/policySources';
import type { PolicyCell, Source } from '$lib/data/types';
import { countries, indicators, observations, policies, policyCells, policyEvents, policySource, source } from '$lib/server/data';
import { findPeers, type PeerCandidate } from '$lib/stats/peers';
import { refList } from '$lib/stats/possessionStatus';
import { DECRIMINALISATION, reformFor, type Reform } from '$lib/stats/reform';
import { subnationalSpans } from '$lib/stats/subnationalReforms';
import { en } from '$lib/strings/en';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => countries().map((c) => ({ iso3: c.iso3 }));

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
			.map((x) => ({ iso3: x.iso3, name: x.name, region: x.region, subregion: x.subregion, kind: x.kind, values: byIso.get(x.iso3)!, documented: documented.has(x.iso3) }));
		candidateCache.set(indicatorId, c);
	}
	return c;
}

export const load: PageServerLoad = ({ params }) => {
	const place = countries().find((c) => c.iso3 === params.iso3);
	if (!place) error(404, `No place with code ${params.iso3}`);
	const iso3 = place.iso3;
	const policy = policies().find((p) => p.iso3 === iso3) ?? null;
	const events = policyEvents()
		.filter((e) => e.iso3 === iso3)
		.sort((a, b) => a.date.localeCompare(b.date));
	const definition = DECRIMINALISATION;
	const reform = reformFor(iso3, definition, events, policy ?? undefined);
	const parent = place.parent ? (countries().find((c) => c.iso3 === place.parent)?.name ?? place.parent) : null;

	// Every citation the page shows, as "publisher, title (year)" + link + the host of a copy (never a path).
	const refs = new Set([...(policy ? Object.entries(policy).filter(([k]) => k.endsWith('_ref')).flatMap(([, v]) => refList(v)) : []), ...events.flatMap((e) => refList(e.ref))]);
	const cites: Record<string, Citation> = {};
	for (const r of [...refs].sort()) {
		const s = policySource(r);
		if (s) cites[r] = citation(s);
	}
	const cite = (ids: string[]) =>
		ids
			.flatMap((r) => (cites[r] ? [`${cites[r]!.publisher}, ${cites[r]!.title}${cites[r]!.year ? ` (${cites[r]!.year})` : ''}`] : []))
			.join('; ');
	const markers = policyMarkers({
		events,
		reforms: new Map<string, Reform>(reform ? [[iso3, reform]] : []),
		keys: new Set([iso3]),
		nameOf: () => place.name,
		reformLabel: (_, r) => reformLabel(place.name, 'decriminalisation', r.year),
		tableTitle: (r) => en.policy.reformTitle(r.title),
		cite
	});
	const cells: Partial<Record<string, Pick<PolicyCell, 'status' | 'rechecked' | 'quote'>>> = {};
	for (const c of policyCells()) if (c.iso3 === iso3) cells[c.field] = { status: c.status, rechecked: c.rechecked, quote: c.quote };

	// The page ships compact points ([year, value] or [year, value, flag, source_id]) and each source once:
	// ~40 indicators for a well-covered country would otherwise repeat long notes and licence texts.
	const sourcesUsed: Record<string, Source> = {};
	const multiples = indicators().flatMap((ind) => {
		const rows = observations(ind.indicator_id).filter((r) => r.iso3 === iso3);
		if (!rows.length) return [];
		const sourceIds = [...new Set(rows.map((r) => r.source_id))].sort();
		for (const id of sourceIds) sourcesUsed[id] ??= source(id);
		const own = candidates(ind.indicator_id).find((c) => c.iso3 === iso3);
		const peers = own
			? findPeers({ iso3, region: place.region, subregion: place.subregion, values: own.values, reformYear: reform?.year ?? null }, candidates(ind.indicator_id), 3, 5)
			: [];
		const { indicator_id, label, short_label, unit, decimals, derived, formula, source_id, topic } = ind;
		return [
			{
				indicator: { indicator_id, label, short_label, unit, decimals, derived, formula, source_id, topic },
				points: encodeObservations(rows, ind.source_id)[iso3] ?? [],
				sourceIds,
				peers: peers.map(({ iso3, name, match }) => ({ iso3, name, match }))
			}
		];
	});

	return {
		place: { iso3, name: place.name, region: place.region, subregion: place.subregion, kind: place.kind, note: place.note },
		parent,
		policy,
		cells,
		citations: cites,
		events,
		reform,
		subnational: subnationalSpans(events, iso3),
		markers,
		multiples,
		sources: sourcesUsed,
		ruleText: definition.rule
	};
};
