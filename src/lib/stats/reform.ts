/**
 * Reform years: which year counts as "the reform" for a country, under a definition the user picks.
 * Pure. The definition is always shown in the UI, with the basis of each year (a dated event or the policy table).
 *
 * Rule (per definition):
 *  1. The EARLIEST event in policy_events.csv whose event_type is one of the definition's types.
 *  2. Only for definitions with `policyFallback` (decriminalisation): when no such event exists and policies.csv codes
 *     possession as decriminalised (de jure or de facto), its `possession_year`. The result says which basis was used.
 *  A country with neither has no reform under that definition (it is drawn on calendar years only if not aligned).
 */
import type { Policy, PolicyEvent } from '../data/types.ts';

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

export const DECRIM_STATUSES = ['decriminalised_de_jure', 'decriminalised_de_facto'];

/** Named definitions; any other event type present in the data is also a valid definition (see `definitionFor`). */
export const REFORM_DEFINITIONS: ReformDefinition[] = [
	{
		id: 'decriminalisation',
		label: 'Decriminalisation of possession',
		eventTypes: ['decriminalisation', 'decriminalisation_de_facto'],
		policyFallback: true,
		rule: 'the earliest dated decriminalisation event in our policy timeline; where there is none, the decriminalisation year in our policy table (possession coded decriminalised de jure or de facto). Sources disagree on some years: Czechia is 1990 in the Release/TalkingDrugs map that our table follows, while its threshold-quantity regime came into force in 2010 (pick “Possession law reform” to use 2010).'
	},
	{
		id: 'possession_reform',
		label: 'Possession law reform (decriminalisation or threshold regime)',
		eventTypes: ['decriminalisation', 'decriminalisation_de_facto', 'threshold_quantities'],
		policyFallback: false,
		rule: 'the earliest dated event in our policy timeline that decriminalised possession or put a statutory threshold-quantity regime in force (Czechia: 2010). Dated events only; no fallback to the policy table.'
	}
];

/** The policy-table fields the rule reads. */
export type PossessionFacts = Pick<Policy, 'iso3' | 'possession_status' | 'possession_status_source' | 'possession_year' | 'possession_year_source'>;

export interface Reform {
	iso3: string;
	year: number;
	/** As precise as the source: YYYY, YYYY-MM or YYYY-MM-DD. */
	date: string;
	/** `event`: a dated row of policy_events.csv; `policies`: possession_year of policies.csv (no dated event). */
	basis: 'event' | 'policies';
	title: string;
	eventType: string;
	/** Source text of the event or of the policies.csv field. */
	source: string;
	/** The country's possession model varies below national level (the reform may be one state or province). */
	subnational: boolean;
}

/** "threshold_quantities" -> "Threshold quantities". */
export function humaniseEventType(t: string): string {
	const s = t.replace(/_/g, ' ').replace(/\bdcr\b/i, 'DCR').replace(/\bhat\b/i, 'HAT').replace(/\boat\b/i, 'OAT');
	return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The definition for an id: a named one, or a single event type found in the data; null for anything else. */
export function definitionFor(id: string, eventTypes: Iterable<string>): ReformDefinition | null {
	const named = REFORM_DEFINITIONS.find((d) => d.id === id);
	if (named) return named;
	for (const t of eventTypes)
		if (t === id)
			return { id, label: humaniseEventType(id), eventTypes: [id], policyFallback: false, rule: `the earliest dated “${humaniseEventType(id).toLowerCase()}” event in our policy timeline.` };
	return null;
}

/** All definitions a user can pick, given the event types in the data (named ones first, then types A–Z). */
export function availableDefinitions(events: PolicyEvent[]): ReformDefinition[] {
	const types = [...new Set(events.filter((e) => e.iso3 !== 'INT').map((e) => e.event_type))].sort();
	const named = new Set(REFORM_DEFINITIONS.flatMap((d) => [d.id]));
	return [...REFORM_DEFINITIONS, ...types.filter((t) => !named.has(t)).map((t) => definitionFor(t, types)!)];
}

/** The reform of one country under a definition, or null when it has none. */
export function reformFor(iso3: string, def: ReformDefinition, events: PolicyEvent[], policy?: PossessionFacts): Reform | null {
	const subnational = policy?.possession_status === 'subnational_variation';
	const own = events
		.filter((e) => e.iso3 === iso3 && def.eventTypes.includes(e.event_type) && Number.isFinite(e.year))
		.sort((a, b) => a.date.localeCompare(b.date));
	const first = own[0];
	if (first) return { iso3, year: first.year, date: first.date, basis: 'event', title: first.title, eventType: first.event_type, source: first.source, subnational };
	if (def.policyFallback && policy && DECRIM_STATUSES.includes(policy.possession_status) && /^\d{4}$/.test(policy.possession_year ?? '')) {
		return {
			iso3,
			year: Number(policy.possession_year),
			date: policy.possession_year,
			basis: 'policies',
			title: `Possession ${policy.possession_status === 'decriminalised_de_facto' ? 'decriminalised de facto' : 'decriminalised'} (year from our policy table; no dated event)`,
			eventType: 'decriminalisation',
			source: policy.possession_year_source || policy.possession_status_source,
			subnational
		};
	}
	return null;
}

/** Reforms of many countries at once (countries without one are left out). */
export function reformsFor(iso3s: string[], def: ReformDefinition, events: PolicyEvent[], policies: PossessionFacts[]): Map<string, Reform> {
	const byIso = new Map(policies.map((p) => [p.iso3, p]));
	const out = new Map<string, Reform>();
	for (const iso3 of iso3s) {
		const r = reformFor(iso3, def, events, byIso.get(iso3));
		if (r) out.set(iso3, r);
	}
	return out;
}
