/**
 * A policy fact as it stood in one year: the typed, sourced answer the approach rules (typology.ts, approachRules.ts)
 * stand on, instead of the raw strings of policies.csv. Pure. Each answer is `true`, `false` or `null` (unknown, with a
 * gap code saying why), the code in the data, the year it dates from, and the refs (policy_sources.csv ids) behind it.
 *
 * Rules, per fact:
 * - possession ("not a criminal offence"): possessionStatus.ts decides (reused, not copied). One addition, stated as a
 *   flag wherever it is used: when a country's first dated change is a national decriminalisation *event* of
 *   policy_events.csv (Portugal 2001), years before it count as "criminal", because that is what the event undid; the
 *   refs are the event's. The policy table's year alone (Czechia 1990: "the year of the current model") does not
 *   support this, so years before it stay unknown ("before reform").
 * - services (oat, nsp, hat): `yes` (hat: also `trial`) means available from its `<service>_since` year on and not
 *   before it (the source dates the start); with no start year, today's record applies to every year (flagged
 *   `undated`). `no` applies to every year (undated). Blank is unknown, never "no".
 * - death penalty for drug offences: the current record (`yes`/`no`), undated: applied to every year.
 * No policy row at all: every fact unknown (`no_record`).
 */
import type { Policy, PolicyEvent, PossessionStatus } from '../data/types.ts';
import {
	DECRIM_EVENTS,
	isNational,
	possessionChanges,
	possessionStatusInYear,
	refList,
	type PossessionEvent,
	type PossessionFacts
} from './possessionStatus.ts';

/** The facts the approach rules read. */
export const TYPOLOGY_FACTS = ['possession', 'oat', 'nsp', 'hat', 'death_penalty'] as const;
export type TypologyFact = (typeof TYPOLOGY_FACTS)[number];
export type ServiceFact = 'oat' | 'nsp' | 'hat';

/** Why a fact is unknown in a year. */
export type FactGap =
	/** The country has no row in policies.csv. */
	| 'no_record'
	/** The cell is blank (not found in the sources read). */
	| 'blank'
	/** A year before the dated record (a criminal regime's law year): the files do not say what held then. */
	| 'before_dated_record'
	/** A year before the first dated reform, which the files do not say was a decriminalisation event. */
	| 'before_reform'
	/** Possession differs between states or provinces (United States, Australia). */
	| 'varies_subnationally';

/** How the answer is dated. */
export type FactBasis =
	/** The record or an event dates it to this year (or, for a service, to before its start). */
	| 'dated'
	/** Today's record applied to a year it does not date. */
	| 'undated'
	/** Possession before a decriminalisation event, taken as criminal (see the module comment). */
	| 'inferred'
	/** Unknown. */
	| 'missing';

export interface FactInYear {
	fact: TypologyFact;
	/**
	 * possession: true = not a criminal offence (decriminalised de jure or de facto, or legally regulated);
	 * services: true = available; death_penalty: true = death penalty for drug offences on the statute book.
	 * null = unknown (see `gap`).
	 */
	value: boolean | null;
	/** The code in the data behind it: a possession status, `yes`/`no`/`trial`; '' when blank or unknown. */
	code: string;
	/** The year the answer dates from (a reform's, a law's or a service's start year); null when undated. */
	since: number | null;
	/** Ref ids (policy_sources.csv) behind the answer; empty when unknown. */
	refs: string[];
	basis: FactBasis;
	/** Set exactly when value is null. */
	gap: FactGap | null;
	/** Possession only: the decriminalisation event year an `inferred` "criminal" rests on. */
	reformYear?: number;
}

/** The policy fields these rules read (what a page ships to the browser for the approaches view). */
export type TypologyFacts = PossessionFacts &
	Pick<
		Policy,
		| 'oat'
		| 'oat_ref'
		| 'oat_since'
		| 'oat_since_ref'
		| 'nsp'
		| 'nsp_ref'
		| 'nsp_since'
		| 'nsp_since_ref'
		| 'hat'
		| 'hat_ref'
		| 'hat_since'
		| 'hat_since_ref'
		| 'death_penalty_drugs'
		| 'death_penalty_drugs_ref'
	>;

/** The event fields these rules read. */
export type TypologyEvent = PossessionEvent & Pick<PolicyEvent, 'jurisdiction' | 'jurisdiction_type'>;

const YEAR = /^\d{4}$/;
const yearOf = (s: string | undefined): number | null => (s && YEAR.test(s.trim()) ? Number(s.trim()) : null);
const unique = (refs: string[]): string[] => [...new Set(refs)];

function unknown(fact: TypologyFact, gap: FactGap): FactInYear {
	return { fact, value: null, code: '', since: null, refs: [], basis: 'missing', gap };
}

/** Whether a service (OAT, NSP, HAT) was available in `year`. */
export function serviceInYear(policy: TypologyFacts | undefined, service: ServiceFact, year: number): FactInYear {
	if (!policy) return unknown(service, 'no_record');
	const code = (policy[service] ?? '').trim();
	const refs = refList(policy[`${service}_ref`]);
	if (code === '') return unknown(service, 'blank');
	if (code === 'no') return { fact: service, value: false, code, since: null, refs, basis: 'undated', gap: null };
	const since = yearOf(policy[`${service}_since`]);
	if (since === null) return { fact: service, value: true, code, since: null, refs, basis: 'undated', gap: null };
	const sinceRefs = refList(policy[`${service}_since_ref`]);
	// Before its dated start the service was not there yet: the start year's source says so.
	if (year < since)
		return {
			fact: service,
			value: false,
			code,
			since,
			refs: sinceRefs.length ? sinceRefs : refs,
			basis: 'dated',
			gap: null
		};
	return { fact: service, value: true, code, since, refs: unique([...refs, ...sinceRefs]), basis: 'dated', gap: null };
}

/** Whether the statute book had the death penalty for drug offences (the current record, undated). */
export function deathPenaltyInYear(policy: TypologyFacts | undefined, year: number): FactInYear {
	void year; // the record is undated: the same answer for every year (flagged where shown)
	if (!policy) return unknown('death_penalty', 'no_record');
	const code = (policy.death_penalty_drugs ?? '').trim();
	if (code !== 'yes' && code !== 'no') return unknown('death_penalty', 'blank');
	return {
		fact: 'death_penalty',
		value: code === 'yes',
		code,
		since: null,
		refs: refList(policy.death_penalty_drugs_ref),
		basis: 'undated',
		gap: null
	};
}

/**
 * The first dated change of possession, when it is a national decriminalisation event (not only the policy table's
 * year): years before it count as criminal. Null otherwise.
 */
export function decriminalisationEventBefore(
	policy: PossessionFacts,
	events: readonly PossessionEvent[]
): { year: number; refs: string[] } | null {
	const first = possessionChanges(policy, events)[0];
	if (!first || first.kind !== 'start') return null;
	const event = events
		.filter((e) => e.iso3 === policy.iso3 && isNational(e) && e.event_type in DECRIM_EVENTS && e.year === first.year)
		.sort((a, b) => a.date.localeCompare(b.date))[0];
	return event ? { year: event.year, refs: refList(event.ref) } : null;
}

/** Whether possession for personal use was not a criminal offence in `year` (see the module comment). */
export function possessionInYear(
	policy: TypologyFacts | undefined,
	events: readonly PossessionEvent[],
	year: number
): FactInYear {
	if (!policy) return unknown('possession', 'no_record');
	const s = possessionStatusInYear(policy, events, year);
	const status: PossessionStatus = s.status;
	switch (s.class) {
		case 'not_criminal':
		case 'criminal':
			return {
				fact: 'possession',
				value: s.class === 'not_criminal',
				code: status,
				since: s.since,
				refs: s.refs,
				basis: s.dated ? 'dated' : 'undated',
				gap: null
			};
		case 'varies':
			return { ...unknown('possession', 'varies_subnationally'), code: status, since: s.since, refs: s.refs };
		case 'before_reform': {
			const reform = decriminalisationEventBefore(policy, events);
			if (reform && year < reform.year)
				return {
					fact: 'possession',
					value: false,
					code: 'criminal',
					since: null,
					refs: reform.refs,
					basis: 'inferred',
					gap: null,
					reformYear: reform.year
				};
			return unknown('possession', 'before_reform');
		}
		case 'unknown':
			return unknown('possession', s.dated ? 'before_dated_record' : 'blank');
	}
}
