/**
 * How the law treated possession of drugs for personal use in a given year, from `policies.csv` (the current record)
 * and the dated events of `policy_events.csv`. Nothing is guessed:
 * - a decriminalisation applies from its year on (policy `possession_year`, or a dated `decriminalisation` event);
 * - a `recriminalisation` event ends it;
 * - before the first dated reform the files do not say the country treated possession as a crime, so the answer is
 *   "before reform", not "criminal";
 * - a blank status with no events stays unknown; `subnational_variation` stays "varies by state or province";
 * - only national events count: a sub-national one (Oregon's Measure 110, British Columbia's exemption) never changes
 *   the country's status (see subnationalReforms.ts for how those are told).
 * Every answer carries the refs (policy_sources.csv ids) it rests on, and whether the coding is contested.
 */
import type { Policy, PolicyEvent, PossessionStatus } from '../data/types.ts';

/** The policy fields the possession and reform rules read (what the map and compare views ship to the browser). */
export type PossessionFacts = Pick<
	Policy,
	| 'iso3'
	| 'possession_status'
	| 'possession_status_ref'
	| 'possession_year'
	| 'possession_year_ref'
	| 'possession_caveat'
>;
/** Only the possession facts of a policy row (what the reform rule and the map's policy layer read). */
export function possessionFacts({
	iso3,
	possession_status,
	possession_status_ref,
	possession_year,
	possession_year_ref,
	possession_caveat
}: PossessionFacts): PossessionFacts {
	return { iso3, possession_status, possession_status_ref, possession_year, possession_year_ref, possession_caveat };
}
/** The event fields these rules read. */
export type PossessionEvent = Pick<PolicyEvent, 'iso3' | 'date' | 'year' | 'event_type' | 'scope' | 'ref'>;

/** Possession coded decriminalised (in law or in practice): the statuses the reform rule falls back on. */
export const DECRIM_STATUSES: readonly PossessionStatus[] = ['decriminalised_de_jure', 'decriminalised_de_facto'];

/** The `;`-separated refs of a cell as a list. */
export const refList = (refs: string | undefined): string[] =>
	(refs ?? '')
		.split(';')
		.map((r) => r.trim())
		.filter(Boolean);

/** Only events that apply to the whole country can change its status or be its reform. */
export const isNational = (e: Pick<PolicyEvent, 'scope'>): boolean => e.scope === 'national';

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
	/** Ref ids (policy_sources.csv) behind the answer; empty when unknown. */
	refs: string[];
	/** False when the answer is the current record applied to a year it does not date (e.g. "criminal", no year). */
	dated: boolean;
	/** Not criminal under a threshold model that reviewers say raised incarceration (policies.csv possession_caveat). */
	contested: boolean;
}

/** Event types that start a not-criminal regime (same types as the "decriminalisation" reform definition in reform.ts). */
export const DECRIM_EVENTS: Record<string, PossessionStatus> = {
	decriminalisation: 'decriminalised_de_jure',
	decriminalisation_de_facto: 'decriminalised_de_facto'
};
export const RECRIM_EVENT = 'recriminalisation';
export const POSSESSION_EVENT_TYPES = [...Object.keys(DECRIM_EVENTS), RECRIM_EVENT];

const NOT_CRIMINAL: PossessionStatus[] = [...DECRIM_STATUSES, 'legal_regulated'];

interface Change {
	year: number;
	date: string;
	kind: 'start' | 'end';
	status: PossessionStatus;
	refs: string[];
}

function parseYear(s: string | undefined): number | null {
	return s && /^\d{4}$/.test(s.trim()) ? Number(s.trim()) : null;
}

/** Dated starts and ends of a not-criminal regime, in time order. */
export function possessionChanges(policy: PossessionFacts | undefined, events: readonly PossessionEvent[]): Change[] {
	const out: Change[] = [];
	for (const e of events) {
		if ((policy && e.iso3 !== policy.iso3) || !isNational(e)) continue;
		const start = DECRIM_EVENTS[e.event_type];
		if (start) out.push({ year: e.year, date: e.date, kind: 'start', status: start, refs: refList(e.ref) });
		else if (e.event_type === RECRIM_EVENT)
			out.push({ year: e.year, date: e.date, kind: 'end', status: 'criminal', refs: refList(e.ref) });
	}
	const status = (policy?.possession_status ?? '') as PossessionStatus;
	const year = parseYear(policy?.possession_year);
	if (policy && year !== null && NOT_CRIMINAL.includes(status)) {
		const same = out.find((c) => c.kind === 'start' && c.year === year);
		const refs = refList(policy.possession_year_ref || policy.possession_status_ref);
		if (same) same.status = status;
		else out.push({ year, date: String(year), kind: 'start', status, refs });
	}
	return out.sort((a, b) => a.date.localeCompare(b.date) || a.year - b.year);
}

export function possessionStatusInYear(
	policy: PossessionFacts | undefined,
	events: readonly PossessionEvent[],
	year: number
): PossessionInYear {
	const status = (policy?.possession_status ?? '') as PossessionStatus;
	const refs = refList(policy?.possession_status_ref);
	const statusYear = parseYear(policy?.possession_year);
	const changes = possessionChanges(policy, events);
	const lastBefore = changes.filter((c) => c.year <= year).pop();
	const contested = !!policy?.possession_caveat;
	const none = (dated: boolean, cls: PossessionClass = 'unknown'): PossessionInYear => ({
		class: cls,
		status: '',
		since: null,
		refs: [],
		dated,
		contested: false
	});

	if (status === 'subnational_variation') {
		if (statusYear !== null && year < statusYear) return none(true, 'before_reform');
		return { class: 'varies', status, since: statusYear, refs, dated: statusYear !== null, contested: false };
	}
	if (lastBefore) {
		if (lastBefore.kind === 'start')
			return {
				class: 'not_criminal',
				status: lastBefore.status,
				since: lastBefore.year,
				refs: lastBefore.refs,
				dated: true,
				contested
			};
		return {
			class: 'criminal',
			status: 'criminal',
			since: lastBefore.year,
			refs: lastBefore.refs,
			dated: true,
			contested: false
		};
	}
	if (changes.length > 0) return none(true, 'before_reform');
	// No dated change at all: only the current record.
	if (status === 'criminal') {
		if (statusYear !== null && year < statusYear) return none(true);
		return { class: 'criminal', status, since: statusYear, refs, dated: statusYear !== null, contested: false };
	}
	if (NOT_CRIMINAL.includes(status))
		return { class: 'not_criminal', status, since: null, refs, dated: false, contested };
	return none(false);
}
