/**
 * Sub-national possession reforms: decriminalisation that applied in one state, province or territory only
 * (Oregon 2021–2024, British Columbia 2023–2026, the ACT since 2023). Pure. They are never the country's reform
 * (reform.ts ignores them); pages tell them as a note beside the national line instead.
 *
 * A span opens at a sub-national decriminalisation event and closes at the last end event that follows it in the
 * same jurisdiction (recriminalisation, or the exemption ending), before any new start.
 */
import type { JurisdictionType, PolicyEvent } from '../data/types.ts';

export type SubnationalEvent = Pick<
	PolicyEvent,
	'iso3' | 'date' | 'year' | 'event_type' | 'scope' | 'jurisdiction' | 'jurisdiction_type'
>;

export interface SubnationalSpan {
	iso3: string;
	jurisdiction: string;
	jurisdictionType: JurisdictionType;
	from: number;
	fromDate: string;
	/** Year it ended; null while still in force in the data. */
	to: number | null;
	toDate: string | null;
}

/** Event types that start a not-criminal regime in part of a country. */
export const SUBNATIONAL_START = ['decriminalisation', 'decriminalisation_de_facto', 'decriminalisation_pilot'];
/** Event types that end it. */
export const SUBNATIONAL_END = ['recriminalisation', 'decriminalisation_ends'];

export function subnationalSpans(events: readonly SubnationalEvent[], iso3?: string): SubnationalSpan[] {
	const own = events
		.filter(
			(e) =>
				e.scope === 'subnational' &&
				(!iso3 || e.iso3 === iso3) &&
				(SUBNATIONAL_START.includes(e.event_type) || SUBNATIONAL_END.includes(e.event_type))
		)
		.sort(
			(a, b) =>
				a.iso3.localeCompare(b.iso3) || a.jurisdiction.localeCompare(b.jurisdiction) || a.date.localeCompare(b.date)
		);
	const out: SubnationalSpan[] = [];
	const last = new Map<string, SubnationalSpan>();
	for (const e of own) {
		const key = `${e.iso3}|${e.jurisdiction}`;
		const cur = last.get(key);
		if (SUBNATIONAL_START.includes(e.event_type)) {
			if (cur && cur.to === null) continue; // already in force
			const span: SubnationalSpan = {
				iso3: e.iso3,
				jurisdiction: e.jurisdiction,
				jurisdictionType: e.jurisdiction_type,
				from: e.year,
				fromDate: e.date,
				to: null,
				toDate: null
			};
			out.push(span);
			last.set(key, span);
		} else if (cur) {
			// The first end closes the span; a later end before any new start (the law in force after it was signed) moves it.
			cur.to = e.year;
			cur.toDate = e.date;
		}
	}
	return out.sort((a, b) => a.iso3.localeCompare(b.iso3) || a.fromDate.localeCompare(b.fromDate));
}
