/**
 * Kinds of reform: the short list a reader picks "the reform" from (/compare "Reform counts as"), instead of the raw
 * event types of policy_events.csv. An explicit table: each kind names the event types it counts; an event type in no
 * kind is never offered as a reform (its events are still drawn as markers). Every event type in the data is either
 * in a kind or listed in `NOT_A_KIND` with the reason, so a new type cannot slip in unseen (tests/unit/stats/reformKinds.test.ts).
 * Labels and rule texts (which say the same types in words) are in the core catalogue (`reformKinds`), in every
 * language: `reformKindWords(id, lang)`. Pure.
 */
import { coreText } from '../strings/core.ts';
import type { Lang } from '../strings/lang.ts';
import { REFORM_KIND_IDS, REFORM_KIND_TYPES, type ReformKindId } from './reformKindTypes.ts';

export { REFORM_KIND_IDS, REFORM_KIND_TYPES, type ReformKindId } from './reformKindTypes.ts';

/** Event types deliberately in no kind, and why (they stay markers on the lines, never "the reform"). */
export const NOT_A_KIND: Record<string, string> = {
	strategy: 'a plan, not a change in law or services',
	law: 'a whole drug law: may tighten or loosen, so it is no one kind',
	penalty_change:
		'penalties changed in either direction (Denmark 2004 a fine instead of a warning, Finland 2001 lower)',
	court_ruling: 'rulings go either way (Spain 2015 against cannabis clubs, Argentina 2009 for personal use)',
	cannabis_decrim: 'cannabis only; decriminalisation counts possession of any drug',
	cannabis_medical: 'medical cannabis, not a change in how possession is treated',
	cannabis_clubs: 'clubs are tolerated without a law in some countries (Spain 2001), so not a legal supply',
	cannabis_reclassification: 'a change of class, in either direction (United Kingdom 2004 and 2009)',
	cannabis_restriction: 'a restriction of medical sales, after the reversal',
	cannabis_announcement: 'an announcement, not a law',
	bill: 'a bill, not a law',
	bill_shelved: 'a bill that did not pass',
	reform_rejected: 'a reform that did not pass',
	parliament_vote: 'a vote, not a law in force',
	referendum: 'a vote; its result is dated by the law that follows',
	directive: 'guidance to prosecutors, not a change in law',
	fine_pilot: 'a fixed fine for use is still a criminal sanction',
	fine_generalised: 'a fixed fine for use is still a criminal sanction',
	drug_checking: 'a harm-reduction service with no kind of its own yet',
	drug_checking_law: 'a harm-reduction service with no kind of its own yet',
	naloxone: 'a harm-reduction service with no kind of its own yet',
	safer_supply: 'a harm-reduction service with no kind of its own yet',
	oat_ban: 'a ban on a treatment, no kind of its own yet',
	death_penalty_reform: 'about the death penalty for trafficking, not possession',
	executions: 'about the death penalty for trafficking, not possession',
	executions_resumed: 'about the death penalty for trafficking, not possession',
	drug_war: 'a campaign, not a change in law',
	prohibition: 'a whole drug law',
	reform: 'too general to be one kind',
	decriminalisation_pilot: 'a pilot in one province only',
	decriminalisation_amended: 'an amendment to a provincial exemption',
	index: 'an international index, not a country’s reform',
	report: 'an international report, not a country’s reform'
};

/** The kind that counts this event type, or null. */
export function kindOfEventType(eventType: string): ReformKindId | null {
	for (const id of REFORM_KIND_IDS) if ((REFORM_KIND_TYPES[id] as readonly string[]).includes(eventType)) return id;
	return null;
}

/**
 * A reform id from an older link, as a kind id: kinds stay themselves; `possession_reform` (decriminalisation or a
 * threshold regime, used for Czechia's 2010 threshold regime) becomes `thresholds`; a single event type becomes the
 * kind that counts it; anything else is null (the default applies).
 */
export function kindForLegacyId(id: string): ReformKindId | null {
	if ((REFORM_KIND_IDS as string[]).includes(id)) return id as ReformKindId;
	if (id === 'possession_reform') return 'thresholds';
	return kindOfEventType(id);
}

/** A kind's words in a language: its label (pickers) and its rule (shown beside the chart). */
export function reformKindWords(id: ReformKindId, lang: Lang = 'en'): { label: string; rule: string } {
	return coreText[lang].reformKinds[id];
}
