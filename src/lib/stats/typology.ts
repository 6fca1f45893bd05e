/**
 * The policy typology of DESIGN.md §3, per country and year, from policies.csv and policy_events.csv. Pure. The facts
 * come from policyFactInYear.ts (possession via possessionStatus.ts); this module only combines them.
 *
 * The rule ("design"), in the order it is applied:
 *  1. death penalty for drug offences on the statute book → punitive (whatever the other facts);
 *  2. possession not a criminal offence (decriminalised de jure or de facto, or legally regulated):
 *     OAT and NSP available → health-led; otherwise → decriminalised, limited services;
 *  3. possession a criminal offence: OAT and NSP available → criminal, with harm reduction; otherwise → punitive.
 * (DESIGN.md lists "OAT unavailable" under punitive; read with row 2, that means for a criminal regime: a country that
 * decriminalised but has no OAT is "decriminalised, limited services".)
 *
 * Unknown facts are never guessed: every way of filling them in is tried, and when they do not all give the same class
 * the answer is "unknown", naming each unknown fact that would change it (`missing`, with why it is unknown). When they
 * do agree (Singapore: death penalty, so punitive even with other facts blank) the class stands. `sufficient` names the
 * fewest known facts that put the country there on their own.
 *
 * Flags state what the class rests on: a service or death-penalty record that is today's applied to an earlier year,
 * possession inferred as criminal before a decriminalisation event, de facto decriminalisation, contested threshold
 * models, and sub-national variation (possession differs by state, or a sub-national reform in force that year) —
 * stated, never folded into the class. Codes only; words are in strings/approachesEn.ts.
 */
import { subnationalSpans } from './subnationalReforms.ts';
import {
	deathPenaltyInYear,
	possessionInYear,
	serviceInYear,
	type FactGap,
	type FactInYear,
	type ServiceFact,
	type TypologyEvent,
	type TypologyFact,
	type TypologyFacts
} from './policyFactInYear.ts';
// The class ids live on their own (designClasses.ts) so a page can name and colour them without this classifier.
import { DESIGN_CLASSES, UNKNOWN, type ApproachClass, type DesignClass, type Unknown } from './designClasses.ts';
export { DESIGN_CLASSES, UNKNOWN, type ApproachClass, type DesignClass, type Unknown };

/** One country's policy record (undefined when policies.csv has no row for it) and its own events. */
export interface CountryPolicy {
	iso3: string;
	policy: TypologyFacts | undefined;
	events: readonly TypologyEvent[];
}

export type TypologyFlag =
	/** A service's availability is today's record applied to this year (no start year, or `no`). */
	| { code: 'service_start_unknown'; services: ServiceFact[] }
	/** The death-penalty record is today's, applied to this year. */
	| { code: 'death_penalty_undated' }
	/** The possession status is today's record, undated. */
	| { code: 'possession_undated' }
	/** Possession taken as criminal because a later dated event decriminalised it. */
	| { code: 'possession_inferred_before_reform'; reformYear: number }
	| { code: 'decriminalised_de_facto' }
	/** A threshold model that reviewers say raised incarceration (Russia, Mexico). */
	| { code: 'contested_threshold_model' }
	/** Heroin-assisted treatment only as a pilot or trial. */
	| { code: 'hat_trial_only' }
	| {
			code: 'subnational_variation';
			possessionVaries: boolean;
			jurisdictions: { name: string; from: number; to: number | null }[];
	  };
export type TypologyFlagCode = TypologyFlag['code'];

export interface Classification<G extends string> {
	iso3: string;
	year: number;
	group: G | Unknown;
	/** Every fact the rule read, in the rule's order, with its value, date and refs. */
	facts: FactInYear[];
	/**
	 * The facts that put the country in its group: the fewest known facts that on their own (every other fact left
	 * open) give it (Singapore: the death penalty alone); empty when unknown.
	 */
	sufficient: TypologyFact[];
	/** Unknown facts that would change the group (non-empty exactly when the group is unknown), with why each is unknown. */
	missing: { fact: TypologyFact; gap: FactGap }[];
	flags: TypologyFlag[];
}

/** Every fact a rule may read, for one country-year. */
export function factsInYear(country: CountryPolicy, year: number): Record<TypologyFact, FactInYear> {
	const { policy, events } = country;
	return {
		possession: possessionInYear(policy, events, year),
		oat: serviceInYear(policy, 'oat', year),
		nsp: serviceInYear(policy, 'nsp', year),
		hat: serviceInYear(policy, 'hat', year),
		death_penalty: deathPenaltyInYear(policy, year)
	};
}

/**
 * The group of a country-year under a rule given as a table over known facts (`true`/`false` per fact read).
 * Tries every filling-in of the unknown facts; see the module comment.
 */
export function classifyWith<G extends string>(
	country: CountryPolicy,
	year: number,
	read: readonly TypologyFact[],
	table: (v: Record<TypologyFact, boolean>) => G
): Classification<G> {
	const all = factsInYear(country, year);
	const facts = read.map((f) => all[f]);
	const unknownFacts = facts.filter((f) => f.value === null).map((f) => f.fact);
	/** Every filling-in of `open` on top of `fixed`. */
	const fillings = (
		fixed: Partial<Record<TypologyFact, boolean>>,
		open: readonly TypologyFact[]
	): Record<TypologyFact, boolean>[] => {
		const out: Record<TypologyFact, boolean>[] = [];
		for (let mask = 0; mask < 1 << open.length; mask++) {
			const v = { ...fixed } as Record<TypologyFact, boolean>;
			open.forEach((f, i) => (v[f] = (mask & (1 << i)) !== 0));
			out.push(v);
		}
		return out;
	};
	const groupsWith = (fixed: Partial<Record<TypologyFact, boolean>>, open: readonly TypologyFact[]): Set<G> =>
		new Set(fillings(fixed, open).map(table));
	const known: Partial<Record<TypologyFact, boolean>> = {};
	for (const f of facts) if (f.value !== null) known[f.fact] = f.value;
	const groups = groupsWith(known, unknownFacts);
	const flags = flagsFor(country, year, facts);
	if (groups.size === 1) {
		const group = [...groups][0]!;
		// The fewest known facts that on their own (all others left open) give this group; ties: the rule's order.
		const knownFacts = facts.filter((f) => f.value !== null).map((f) => f.fact);
		let sufficient: TypologyFact[] = knownFacts;
		for (let mask = 0; mask < 1 << knownFacts.length; mask++) {
			const subset = knownFacts.filter((_, i) => (mask & (1 << i)) !== 0);
			if (subset.length >= sufficient.length) continue;
			const fixed = Object.fromEntries(subset.map((f) => [f, known[f]]));
			const g = groupsWith(
				fixed,
				read.filter((f) => !subset.includes(f))
			);
			if (g.size === 1) sufficient = subset;
		}
		return { iso3: country.iso3, year, group, facts, sufficient, missing: [], flags };
	}
	// Unknown: name each unknown fact that, with the others filled in some way, would change the group.
	const missing = facts
		.filter((f) => f.value === null)
		.filter((f) => {
			const others = unknownFacts.filter((o) => o !== f.fact);
			return fillings(known, others).some((v) => table({ ...v, [f.fact]: true }) !== table({ ...v, [f.fact]: false }));
		})
		.map((f) => ({ fact: f.fact, gap: f.gap! }));
	return { iso3: country.iso3, year, group: UNKNOWN, facts, sufficient: [], missing, flags };
}

/** What the class rests on, for the facts a rule read (see TypologyFlag). */
export function flagsFor(country: CountryPolicy, year: number, facts: readonly FactInYear[]): TypologyFlag[] {
	const flags: TypologyFlag[] = [];
	const services = facts.filter(
		(f): f is FactInYear & { fact: ServiceFact } =>
			(f.fact === 'oat' || f.fact === 'nsp' || f.fact === 'hat') && f.basis === 'undated'
	);
	if (services.length) flags.push({ code: 'service_start_unknown', services: services.map((f) => f.fact) });
	const dp = facts.find((f) => f.fact === 'death_penalty');
	if (dp?.basis === 'undated') flags.push({ code: 'death_penalty_undated' });
	const possession = facts.find((f) => f.fact === 'possession');
	if (possession?.basis === 'undated') flags.push({ code: 'possession_undated' });
	if (possession?.basis === 'inferred' && possession.reformYear !== undefined)
		flags.push({ code: 'possession_inferred_before_reform', reformYear: possession.reformYear });
	if (possession?.value === true && possession.code === 'decriminalised_de_facto')
		flags.push({ code: 'decriminalised_de_facto' });
	if (possession?.value === true && country.policy?.possession_caveat === 'contested_threshold_model')
		flags.push({ code: 'contested_threshold_model' });
	if (facts.some((f) => f.fact === 'hat' && f.value === true && f.code === 'trial'))
		flags.push({ code: 'hat_trial_only' });
	const sub = subnationalFlag(
		country,
		year,
		possession?.gap === 'varies_subnationally' || country.policy?.possession_status === 'subnational_variation'
	);
	if (sub) flags.push(sub);
	return flags;
}

/** Sub-national variation in a year: possession coded as varying by state, or a sub-national reform in force. */
export function subnationalFlag(country: CountryPolicy, year: number, possessionVaries: boolean): TypologyFlag | null {
	const jurisdictions = subnationalSpans(country.events, country.iso3)
		.filter((s) => s.from <= year && (s.to === null || year <= s.to))
		.map((s) => ({ name: s.jurisdiction, from: s.from, to: s.to }));
	return possessionVaries || jurisdictions.length
		? { code: 'subnational_variation', possessionVaries, jurisdictions }
		: null;
}

/** The design rule on known facts (see the module comment). */
export function designClassOf(v: Record<TypologyFact, boolean>): DesignClass {
	if (v.death_penalty) return 'punitive';
	const services = v.oat && v.nsp;
	if (v.possession) return services ? 'health_led' : 'decriminalised_limited_services';
	return services ? 'criminal_with_harm_reduction' : 'punitive';
}

export const DESIGN_FACTS: readonly TypologyFact[] = ['possession', 'oat', 'nsp', 'death_penalty'];

/** The DESIGN.md §3 class of a country in a year. */
export function classifyDesign(country: CountryPolicy, year: number): Classification<DesignClass> {
	return classifyWith(country, year, DESIGN_FACTS, designClassOf);
}
