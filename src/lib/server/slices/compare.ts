/**
 * The build-time slice of /compare (and of its embed): the default view, the pickers' lists, policy events and facts
 * the reform rule reads, their short citations, and the default indicator's payload for the default places. Other
 * indicators and places load on demand from /compare/data/<indicator>.json. Server-only (prerender).
 */
import { DECRIM_STATUSES, refList } from '$lib/stats/possessionStatus';
import { approachClassifier } from '$lib/stats/approachRules';
import { encodeClassTimelines, type ClassTimelines } from '$lib/stats/classTimeline';
import type { ApproachClass } from '$lib/stats/typology';
import type { CompareView } from '$lib/state/compareState';
import type { CompareData } from '$lib/state/compareExplorer.svelte';
import {
	countryEvents,
	indicatorList,
	indicatorPayload,
	pickerPlaces,
	policyLites,
	shortCitationsOf
} from '$lib/server/compareData';
import { indicators, observations, policies as policyRows, policyEvents } from '$lib/server/data';
import type { Lang } from '$lib/strings/lang';

/** The headline set: Portugal (2001 decriminalisation), Czechia (decriminalised, threshold regime 2010), two Nordic
 * criminal-law countries and Estonia (2002 misdemeanour model). */
const DEFAULT_COUNTRIES = ['PRT', 'CZE', 'NOR', 'SWE', 'EST'];
/** Default indicator: GBD 2019 (same as the home page; tests/e2e/compare.e2e.ts reads its CSV). Switch to the EMCDDA
 * per-million series once it is imported — and update the e2e constant with it. */
const PREFERRED = ['gbd2019_drug_disorder_death_rate'];

/** Everything /compare (and its embed) is built from, at build time; the data's words in `lang`. */
export function compareSlice(lang: Lang = 'en'): CompareData {
	const ids = indicators().map((i) => i.indicator_id);
	const indicator = PREFERRED.find((p) => ids.includes(p)) ?? ids[0]!;
	const defaults: CompareView = {
		countries: DEFAULT_COUNTRIES,
		indicator,
		from: null,
		to: null,
		scale: 'linear',
		align: 'none',
		reform: 'decriminalisation',
		index: false,
		n: 5,
		focus: null,
		colour: 'country'
	};
	const events = countryEvents().map(
		({ iso3, date, year, event_type, title, scope, jurisdiction, jurisdiction_type, ref }) => ({
			iso3,
			date,
			year,
			event_type,
			title,
			scope,
			jurisdiction,
			jurisdiction_type,
			ref
		})
	);
	// The reform rule reads the table only for decriminalised rows (the fallback year).
	const policies = policyLites().filter((p) => DECRIM_STATUSES.includes(p.possession_status as never));
	return {
		defaults,
		indicators: indicatorList(lang),
		places: pickerPlaces(lang),
		events,
		policies,
		citations: shortCitationsOf([
			...events.flatMap((e) => refList(e.ref)),
			...policies.flatMap((p) => refList(p.possession_year_ref || p.possession_status_ref))
		]),
		payload: indicatorPayload(indicator, DEFAULT_COUNTRIES, lang),
		classes: lineClasses(ids)
	};
}

/**
 * The policy class (DESIGN.md §3, the approaches view's "design" rule) of every country with a policy record, in each
 * year any indicator has data: only the class, in runs (stats/classTimeline.ts), not the facts behind it — those are
 * on /approaches. Countries without a record are unknown in every year and are left out.
 */
function lineClasses(indicatorIds: string[]): ClassTimelines {
	const rows = policyRows();
	const classifier = approachClassifier(rows, policyEvents());
	let lo = Infinity;
	let hi = -Infinity;
	for (const id of indicatorIds)
		for (const r of observations(id)) {
			if (r.year < lo) lo = r.year;
			if (r.year > hi) hi = r.year;
		}
	const groupOf = classifier.groupOf('design') as (iso3: string, year: number) => ApproachClass;
	return encodeClassTimelines(
		rows.map((p) => p.iso3),
		groupOf,
		[lo, hi]
	);
}
