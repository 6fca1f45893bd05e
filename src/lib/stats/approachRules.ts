/**
 * The rules a reader can group countries by on the approaches view, one registry with ids fit for a URL
 * (`?rule=design|decrim|hat|deathpenalty`). Each rule is a pure function country-year → group (or "unknown", with the
 * missing facts named); the facts and their dating are policyFactInYear.ts, the combining typology.ts. Pure; names and
 * plain-words texts are in strings/approachesEn.ts.
 *
 * - design: DESIGN.md §3 (typology.ts).
 * - decrim: possession for personal use not a criminal offence (decriminalised de jure or de facto, or legally
 *   regulated) or a criminal offence.
 * - hat: heroin-assisted treatment provided that year (including pilots and trials) or not. The data only ever say
 *   "yes" or "trial" (blank = not found, never "no"), so "no" is known only for years before a dated start.
 * - deathpenalty: death penalty for drug offences on the statute book or not (the current record, every year).
 */
import {
	classifyDesign,
	classifyWith,
	DESIGN_CLASSES,
	UNKNOWN,
	type Classification,
	type CountryPolicy
} from './typology.ts';
import type { TypologyEvent, TypologyFacts } from './policyFactInYear.ts';

export interface ApproachRule<G extends string = string> {
	id: ApproachRuleId;
	/** The groups in the order a page lists them; "unknown" is not among them but may always occur. */
	groups: readonly G[];
	classify(country: CountryPolicy, year: number): Classification<G>;
}

const decrim: ApproachRule<'not_criminal' | 'criminal'> = {
	id: 'decrim',
	groups: ['not_criminal', 'criminal'],
	classify: (c, y) => classifyWith(c, y, ['possession'], (v) => (v.possession ? 'not_criminal' : 'criminal'))
};

const hat: ApproachRule<'hat' | 'no_hat'> = {
	id: 'hat',
	groups: ['hat', 'no_hat'],
	classify: (c, y) => classifyWith(c, y, ['hat'], (v) => (v.hat ? 'hat' : 'no_hat'))
};

const deathpenalty: ApproachRule<'death_penalty' | 'no_death_penalty'> = {
	id: 'deathpenalty',
	groups: ['death_penalty', 'no_death_penalty'],
	classify: (c, y) =>
		classifyWith(c, y, ['death_penalty'], (v) => (v.death_penalty ? 'death_penalty' : 'no_death_penalty'))
};

export const APPROACH_RULE_IDS = ['design', 'decrim', 'hat', 'deathpenalty'] as const;
export type ApproachRuleId = (typeof APPROACH_RULE_IDS)[number];
export const DEFAULT_APPROACH_RULE: ApproachRuleId = 'design';

export const APPROACH_RULES = {
	design: { id: 'design', groups: DESIGN_CLASSES, classify: classifyDesign },
	decrim,
	hat,
	deathpenalty
} as const satisfies Record<ApproachRuleId, ApproachRule>;

/** Every group id a rule can give, "unknown" last. */
export function groupsOf(id: ApproachRuleId): string[] {
	return [...APPROACH_RULES[id].groups, UNKNOWN];
}

/** A URL's `rule` value as a rule id; anything else (missing, misspelt, another case) is the default. */
export function approachRuleFromParam(value: string | null | undefined): ApproachRuleId {
	return (APPROACH_RULE_IDS as readonly string[]).includes(value ?? '')
		? (value as ApproachRuleId)
		: DEFAULT_APPROACH_RULE;
}

/**
 * A classifier over the whole policy package: indexes rows and events by country once, then classifies any
 * country-year under any rule. A country with no policy row is "unknown" (every fact `no_record`).
 */
export function approachClassifier(
	policies: readonly (TypologyFacts & { iso3: string })[],
	events: readonly TypologyEvent[]
) {
	const policyOf = new Map(policies.map((p) => [p.iso3, p]));
	const eventsOf = new Map<string, TypologyEvent[]>();
	for (const e of events) {
		const list = eventsOf.get(e.iso3);
		if (list) list.push(e);
		else eventsOf.set(e.iso3, [e]);
	}
	const countryOf = (iso3: string): CountryPolicy => ({
		iso3,
		policy: policyOf.get(iso3),
		events: eventsOf.get(iso3) ?? []
	});
	return {
		/** Countries with a policy row, in file order. */
		countries: policies.map((p) => p.iso3),
		classify(rule: ApproachRuleId, iso3: string, year: number): Classification<string> {
			return (APPROACH_RULES[rule] as ApproachRule).classify(countryOf(iso3), year);
		},
		/** The group only (what groupTrends.ts reads). */
		groupOf(rule: ApproachRuleId): (iso3: string, year: number) => string {
			return (iso3, year) => (APPROACH_RULES[rule] as ApproachRule).classify(countryOf(iso3), year).group;
		}
	};
}
