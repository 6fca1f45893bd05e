/**
 * The kinds of reform and the event types each counts (stats/reformKinds.ts has the rest: words, legacy ids). Apart
 * so that Node scripts (scripts/check-data.ts) can read the ids without loading the message catalogues. Pure.
 */
import { DECRIM_EVENTS } from './possessionStatus.ts';

/** Event types counted by each kind, in the order the picker lists the kinds. */
export const REFORM_KIND_TYPES = {
	/** Possession for personal use no longer a crime (the default; also falls back on the policy table's year). */
	decriminalisation: Object.keys(DECRIM_EVENTS) as string[],
	/** Possession still an offence, but with statutory thresholds, no prison, or cases dropped by prosecutors. */
	thresholds: ['threshold_quantities', 'thresholds', 'depenalisation', 'prosecutorial_discretion'],
	heroin_assisted_treatment: ['hat_trial', 'hat_law', 'hat_opened', 'hat'],
	consumption_rooms: ['dcr_opened', 'dcr_trial', 'dcr_law'],
	/** A legal supply of cannabis for adults (not medical cannabis, not cannabis-only decriminalisation). */
	cannabis_regulation: [
		'cannabis_legalisation',
		'cannabis_regulation',
		'cannabis_sales',
		'cannabis_home_grow',
		'cannabis_pilot',
		'cannabis_pilot_law',
		'cannabis_delisting'
	],
	/** Possession or use made (again) a crime. */
	recriminalisation: ['criminalisation', 'recriminalisation', 'decriminalisation_ends', 'cannabis_reversal']
} as const satisfies Record<string, readonly string[]>;

export type ReformKindId = keyof typeof REFORM_KIND_TYPES;
export const REFORM_KIND_IDS = Object.keys(REFORM_KIND_TYPES) as ReformKindId[];
