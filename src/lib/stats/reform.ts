/**
 * Reform years: which year counts as "the reform" for a country, under a definition the user picks (one per kind of
 * reform: reformKinds.ts), and which timeline event (if any) is that reform. Pure; the one place these rules live (map, compare, country page and
 * timeline all call it). The definition is always shown in the UI, with the basis of each year.
 *
 * Rule (per definition):
 *  1. The EARLIEST national event in policy_events.csv whose event_type is one of the definition's types.
 *     Sub-national events (one state or province: Oregon 2021, British Columbia 2023) never count: the lines they would
 *     mark are national (see subnationalReforms.ts for how they are told instead).
 *  2. Only for definitions with `policyFallback` (decriminalisation): when no such event exists and policies.csv codes
 *     possession as decriminalised (de jure or de facto), its `possession_year`. If the timeline has a national event
 *     in that year that changed the possession law (prosecutorial discretion, depenalisation, a court ruling,
 *     thresholds …), that event is the reform's marker (Germany 1992, Malta 2015), so no year is drawn twice.
 *  A country with neither has no reform under that definition (it is drawn on calendar years only if not aligned).
 */
import type { PolicyEvent } from '../data/types.ts';
import type { Lang } from '../strings/lang.ts';
import { DECRIM_EVENTS, DECRIM_STATUSES, isNational, refList, type PossessionFacts } from './possessionStatus.ts';
import { coreText } from '../strings/core.ts';
import { REFORM_KIND_IDS, REFORM_KIND_TYPES, type ReformKindId } from './reformKinds.ts';

export type { PossessionFacts };
export { DECRIM_STATUSES };

export interface ReformDefinition {
	id: string;
	/** Short label for pickers. */
	label: string;
	/** Event types (policy_events.csv) that count as this reform. */
	eventTypes: string[];
	/** Fall back to policies.csv possession_year when possession is coded decriminalised. */
	policyFallback: boolean;
	/** The rule, in plain words, shown beside the chart. */
	rule: string;
}

/** The events the reform rule reads. */
export type ReformEvent = Pick<PolicyEvent, 'iso3' | 'date' | 'year' | 'event_type' | 'scope' | 'title' | 'ref'>;

/** Event types that changed the possession law, so may be the dated event behind the policy table's year. */
export const POSSESSION_LAW_EVENTS = [
	...Object.keys(DECRIM_EVENTS),
	'prosecutorial_discretion',
	'depenalisation',
	'court_ruling',
	'thresholds',
	'threshold_quantities',
	'cannabis_decrim',
	'penalty_change',
	'law'
];

/** The definition of a kind of reform (stats/reformKinds.ts), with its words (label, rule) in `lang`. */
function kindDefinition(id: ReformKindId, lang: Lang): ReformDefinition {
	const words = coreText[lang].reformKinds[id];
	return {
		id,
		label: words.label,
		eventTypes: [...REFORM_KIND_TYPES[id]],
		policyFallback: id === 'decriminalisation',
		rule: words.rule
	};
}

const byLang = new Map<Lang, ReformDefinition[]>();

/**
 * The definitions a user can pick in a language: one per kind of reform, in the picker's order (decriminalisation
 * first). The rules that decide the years are the same in every language; only `label` and `rule` differ.
 */
export function reformDefinitions(lang: Lang = 'en'): ReformDefinition[] {
	let defs = byLang.get(lang);
	if (!defs) {
		defs = REFORM_KIND_IDS.map((id) => kindDefinition(id, lang));
		byLang.set(lang, defs);
	}
	return defs;
}

/** Decriminalisation of possession in a language: the default definition. */
export function decriminalisation(lang: Lang = 'en'): ReformDefinition {
	return reformDefinitions(lang)[0]!;
}

/** Decriminalisation of possession (English words): the default definition (map since-reform mode, country pages, peers). */
export const DECRIMINALISATION: ReformDefinition = decriminalisation('en');

/** The definitions a user can pick, with English words (`reformDefinitions(lang)` for another language). */
export const REFORM_DEFINITIONS: ReformDefinition[] = reformDefinitions('en');

export interface Reform {
	iso3: string;
	year: number;
	/** As precise as the source: YYYY, YYYY-MM or YYYY-MM-DD. */
	date: string;
	/** `event`: a dated row of policy_events.csv; `policies`: possession_year of policies.csv. */
	basis: 'event' | 'policies';
	title: string;
	eventType: string;
	/** Ref ids (policy_sources.csv) of the event or of the policies.csv cell. */
	refs: string[];
	/** The timeline event drawn as this reform (date and type), or null when only the table dates it. */
	event: { date: string; event_type: string } | null;
}

/** Is this timeline event the country's reform? The one test used by every chart, table and timeline. */
export function isReformEvent(
	e: Pick<PolicyEvent, 'iso3' | 'date' | 'event_type'>,
	r: Reform | null | undefined
): boolean {
	return !!r?.event && e.iso3 === r.iso3 && e.date === r.event.date && e.event_type === r.event.event_type;
}

/** "threshold_quantities" -> "Threshold quantities". */
export function humaniseEventType(t: string): string {
	const s = t
		.replace(/_/g, ' ')
		.replace(/\bdcr\b/i, 'DCR')
		.replace(/\bhat\b/i, 'HAT')
		.replace(/\boat\b/i, 'OAT');
	return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The definition for an id (a kind of reform) in `lang`, or null for anything else (older ids are migrated in the URL codec). */
export function definitionFor(id: string, lang: Lang = 'en'): ReformDefinition | null {
	return reformDefinitions(lang).find((d) => d.id === id) ?? null;
}

/**
 * The definitions worth offering, given the events at hand: every kind with at least one national event of its types
 * (decriminalisation always: it also reads the policy table), in the picker's order.
 */
export function availableDefinitions(
	events: Pick<PolicyEvent, 'iso3' | 'event_type' | 'scope'>[],
	lang: Lang = 'en'
): ReformDefinition[] {
	const types = new Set(events.filter(isNational).map((e) => e.event_type));
	return reformDefinitions(lang).filter((d) => d.policyFallback || d.eventTypes.some((t) => types.has(t)));
}

const byDate = (a: ReformEvent, b: ReformEvent) => a.date.localeCompare(b.date);

/** The reform of one country under a definition, or null when it has none. */
export function reformFor(
	iso3: string,
	def: ReformDefinition,
	events: readonly ReformEvent[],
	policy?: PossessionFacts
): Reform | null {
	const national = events.filter((e) => e.iso3 === iso3 && isNational(e) && Number.isFinite(e.year));
	const first = national.filter((e) => def.eventTypes.includes(e.event_type)).sort(byDate)[0];
	if (first)
		return {
			iso3,
			year: first.year,
			date: first.date,
			basis: 'event',
			title: first.title,
			eventType: first.event_type,
			refs: refList(first.ref),
			event: { date: first.date, event_type: first.event_type }
		};
	if (
		def.policyFallback &&
		policy &&
		DECRIM_STATUSES.includes(policy.possession_status as never) &&
		/^\d{4}$/.test(policy.possession_year ?? '')
	) {
		const year = Number(policy.possession_year);
		const behind = national
			.filter((e) => e.year === year && POSSESSION_LAW_EVENTS.includes(e.event_type))
			.sort(byDate)[0];
		return {
			iso3,
			year,
			date: behind?.date ?? policy.possession_year,
			basis: 'policies',
			title: behind?.title ?? '',
			eventType: behind?.event_type ?? 'decriminalisation',
			refs: refList(policy.possession_year_ref || policy.possession_status_ref),
			event: behind ? { date: behind.date, event_type: behind.event_type } : null
		};
	}
	return null;
}

/** Reforms of many countries at once (countries without one are left out). */
export function reformsFor(
	iso3s: string[],
	def: ReformDefinition,
	events: readonly ReformEvent[],
	policies: PossessionFacts[]
): Map<string, Reform> {
	const byIso = new Map(policies.map((p) => [p.iso3, p]));
	const out = new Map<string, Reform>();
	for (const iso3 of iso3s) {
		const r = reformFor(iso3, def, events, byIso.get(iso3));
		if (r) out.set(iso3, r);
	}
	return out;
}
