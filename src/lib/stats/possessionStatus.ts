/**
 * How the law treated possession of drugs for personal use in a given year, from `policies.csv` (the current record)
 * and the dated events of `policy_events.csv`. Nothing is guessed:
 * - a decriminalisation applies from its year on (policy `possession_year`, or a dated `decriminalisation` event);
 * - a `recriminalisation` event ends it;
 * - before the first dated reform the files do not say the country treated possession as a crime, so the answer is
 *   "before reform", not "criminal";
 * - a blank status with no events stays unknown; `subnational_variation` stays "varies by state or province".
 * Every answer carries the source it rests on.
 */
import type { Policy, PolicyEvent, PossessionStatus } from '../data/types.ts';

/** The policy fields this logic reads (what the map ships to the browser). */
export type PossessionFacts = Pick<Policy, 'iso3' | 'possession_status' | 'possession_status_source' | 'possession_year' | 'possession_year_source'>;
/** The events this logic reads. */
export type PossessionEvent = PolicyEvent;

export type PossessionClass =
	/** Decriminalised (de jure or de facto) or legally regulated in that year. */
	| 'not_criminal'
	| 'criminal'
	/** Differs between states or provinces (United States, Canada, Australia). */
	| 'varies'
	/** A year before the first dated reform: the files do not say what the law was. */
	| 'before_reform'
	| 'unknown';

export interface PossessionInYear {
	class: PossessionClass;
	/** The status code of the record or event behind the answer (e.g. decriminalised_de_jure); '' when unknown. */
	status: PossessionStatus;
	/** Year the status began, when dated. */
	since: number | null;
	/** Source text (citation or URL) behind the answer; '' when unknown. */
	source: string;
	/** False when the answer is the current record applied to a year it does not date (e.g. "criminal", no year). */
	dated: boolean;
}

/** Event types that start a not-criminal regime (same types as the "decriminalisation" reform definition in reform.ts). */
export const DECRIM_EVENTS: Record<string, PossessionStatus> = { decriminalisation: 'decriminalised_de_jure', decriminalisation_de_facto: 'decriminalised_de_facto' };
export const RECRIM_EVENT = 'recriminalisation';
export const POSSESSION_EVENT_TYPES = [...Object.keys(DECRIM_EVENTS), RECRIM_EVENT];

const NOT_CRIMINAL: PossessionStatus[] = ['decriminalised_de_jure', 'decriminalised_de_facto', 'legal_regulated'];

interface Change {
	year: number;
	date: string;
	kind: 'start' | 'end';
	status: PossessionStatus;
	source: string;
}

function parseYear(s: string | undefined): number | null {
	return s && /^\d{4}$/.test(s.trim()) ? Number(s.trim()) : null;
}

/** Dated starts and ends of a not-criminal regime, in time order. */
export function possessionChanges(policy: PossessionFacts | undefined, events: readonly PossessionEvent[]): Change[] {
	const out: Change[] = [];
	for (const e of events) {
		if (policy && e.iso3 !== policy.iso3) continue;
		const start = DECRIM_EVENTS[e.event_type];
		if (start) out.push({ year: e.year, date: e.date, kind: 'start', status: start, source: e.source });
		else if (e.event_type === RECRIM_EVENT) out.push({ year: e.year, date: e.date, kind: 'end', status: 'criminal', source: e.source });
	}
	const status = (policy?.possession_status ?? '') as PossessionStatus;
	const year = parseYear(policy?.possession_year);
	if (policy && year !== null && NOT_CRIMINAL.includes(status)) {
		const same = out.find((c) => c.kind === 'start' && c.year === year);
		const source = policy.possession_year_source || policy.possession_status_source;
		if (same) same.status = status;
		else out.push({ year, date: String(year), kind: 'start', status, source });
	}
	return out.sort((a, b) => a.date.localeCompare(b.date) || a.year - b.year);
}

export function possessionStatusInYear(policy: PossessionFacts | undefined, events: readonly PossessionEvent[], year: number): PossessionInYear {
	const status = (policy?.possession_status ?? '') as PossessionStatus;
	const source = policy?.possession_status_source ?? '';
	const statusYear = parseYear(policy?.possession_year);
	const changes = possessionChanges(policy, events);
	const lastBefore = changes.filter((c) => c.year <= year).pop();

	if (status === 'subnational_variation') {
		if (statusYear !== null && year < statusYear) return { class: 'before_reform', status: '', since: null, source: '', dated: true };
		return { class: 'varies', status, since: statusYear, source, dated: statusYear !== null };
	}
	if (lastBefore) {
		if (lastBefore.kind === 'start') return { class: 'not_criminal', status: lastBefore.status, since: lastBefore.year, source: lastBefore.source, dated: true };
		return { class: 'criminal', status: 'criminal', since: lastBefore.year, source: lastBefore.source, dated: true };
	}
	if (changes.length > 0) return { class: 'before_reform', status: '', since: null, source: '', dated: true };
	// No dated change at all: only the current record.
	if (status === 'criminal') {
		if (statusYear !== null && year < statusYear) return { class: 'unknown', status: '', since: null, source: '', dated: true };
		return { class: 'criminal', status, since: statusYear, source, dated: statusYear !== null };
	}
	if (NOT_CRIMINAL.includes(status)) return { class: 'not_criminal', status, since: null, source, dated: false };
	return { class: 'unknown', status: '', since: null, source: '', dated: false };
}
