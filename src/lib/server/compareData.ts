/**
 * Build-time slices for /compare and /country/[iso3]: compact indicator payloads, the places with any fact,
 * policy events and the few policy fields the reform rule needs. Server-only (prerender).
 */
import { encodeObservations, type IndicatorPayload } from '$lib/data/compactSeries';
import { shortCitation } from '$lib/data/policySources';
import type { IndicatorLite, PlaceLite } from '$lib/data/lite';
import type { PolicyEvent } from '$lib/data/types';
import { possessionFacts, type PossessionFacts } from '$lib/stats/possessionStatus';
import { indicatorInLang, placeInLang, sourceInLang, type InEnglish } from '$lib/data/dataWords';
import { sortByName } from '$lib/data/nameOrder';
import type { Lang } from '$lib/strings/lang';
import { countries, indicator, indicators, observations, policies, policyEvents, policySources, sources } from './data';
import { dataWords } from './dataWords';

/**
 * Full payload of one indicator (all places), or only the listed places, with its words and its sources' titles in
 * `lang` (/compare/data/<id>.json, /compare/data/nb/<id>.json).
 */
export function indicatorPayload(id: string, places?: string[], lang: Lang = 'en'): IndicatorPayload {
	const words = dataWords(lang);
	const ind = indicator(id);
	const rows = places ? observations(id).filter((r) => places.includes(r.iso3)) : observations(id);
	const used = new Set(rows.map((r) => r.source_id));
	used.add(ind.source_id);
	return {
		indicator: indicatorInLang(ind, words),
		sources: sources()
			.filter((s) => used.has(s.source_id))
			.map((s) => sourceInLang(s, words)),
		data: encodeObservations(rows, ind.source_id)
	};
}

/** Places that have at least one observation, per indicator. */
export function placesWithData(): Map<string, Set<string>> {
	const out = new Map<string, Set<string>>();
	for (const ind of indicators()) {
		for (const r of observations(ind.indicator_id)) {
			let s = out.get(r.iso3);
			if (!s) out.set(r.iso3, (s = new Set()));
			s.add(ind.indicator_id);
		}
	}
	return out;
}

export type { IndicatorLite, PlaceLite };

/**
 * Places a picker offers: those with data or policy facts (every country page exists regardless), named in `lang`
 * and sorted by that name as the language sorts (Norwegian: Æ, Ø, Å after Z).
 */
export function pickerPlaces(lang: Lang = 'en'): (PlaceLite & InEnglish)[] {
	const words = dataWords(lang);
	const withData = placesWithData();
	const withPolicy = new Set([...policies().map((p) => p.iso3), ...policyEvents().map((e) => e.iso3)]);
	return sortByName(
		countries()
			.filter((c) => withData.has(c.iso3) || withPolicy.has(c.iso3))
			.map(({ iso3, name, region, subregion, eu_member, kind }) =>
				placeInLang({ iso3, name, region, subregion, eu_member, kind }, words)
			),
		lang
	);
}

/** Every indicator with its coverage, words in `lang`. */
export const indicatorList = (lang: Lang = 'en'): (IndicatorLite & InEnglish)[] =>
	indicators().map(({ indicator_id, short_label, label, topic, comparability, source_id, description, unit }) => {
		const rows = observations(indicator_id);
		const ys = rows.map((r) => r.year);
		return indicatorInLang(
			{
				indicator_id,
				short_label,
				label,
				topic,
				comparability,
				source_id,
				description,
				unit,
				years: ys.length ? ([Math.min(...ys), Math.max(...ys)] as [number, number]) : null,
				places: new Set(rows.map((r) => r.iso3)).size
			},
			dataWords(lang)
		);
	});

/** Only what the reform rule reads from policies.csv. */
export type PolicyLite = PossessionFacts;
export const policyLites = (): PolicyLite[] => policies().map(possessionFacts);

/** National and sub-national events (international ones, iso3 INT, are not on any country's line). */
export const countryEvents = (): PolicyEvent[] => policyEvents().filter((e) => e.iso3 !== 'INT');

/** Short citation ("EMCDDA 2019") of each ref among `refs`, for tooltips and tables (never the raw id). */
export function shortCitationsOf(refs: Iterable<string>): Record<string, string> {
	const want = new Set(refs);
	const out: Record<string, string> = {};
	for (const s of policySources()) if (want.has(s.ref_id)) out[s.ref_id] = shortCitation(s);
	return out;
}
