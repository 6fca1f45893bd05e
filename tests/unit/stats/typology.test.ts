/**
 * The typology (DESIGN.md §3) and the simpler rules, on hand-made countries: each case names the facts it sets, so a
 * reader can check the expected class against the rule by hand.
 */
import { describe, expect, it } from 'vitest';
import type { PolicyEvent } from '../../../src/lib/data/types.ts';
import {
	approachClassifier,
	approachRuleFromParam,
	APPROACH_RULE_IDS,
	APPROACH_RULES,
	DEFAULT_APPROACH_RULE,
	groupsOf
} from '../../../src/lib/stats/approachRules.ts';
import { serviceInYear, type TypologyEvent, type TypologyFacts } from '../../../src/lib/stats/policyFactInYear.ts';
import { classifyDesign, designClassOf, type CountryPolicy } from '../../../src/lib/stats/typology.ts';
import { approachesEn } from '../../../src/lib/strings/approachesEn.ts';

/** A policy row: every field blank (unknown) unless given. */
function policy(iso3: string, facts: Partial<TypologyFacts>): TypologyFacts {
	const blank: TypologyFacts = {
		iso3,
		possession_status: '',
		possession_status_ref: '',
		possession_year: '',
		possession_year_ref: '',
		possession_caveat: '',
		oat: '',
		oat_ref: '',
		oat_since: '',
		oat_since_ref: '',
		nsp: '',
		nsp_ref: '',
		nsp_since: '',
		nsp_since_ref: '',
		hat: '',
		hat_ref: '',
		hat_since: '',
		hat_since_ref: '',
		death_penalty_drugs: '',
		death_penalty_drugs_ref: ''
	};
	return { ...blank, ...facts };
}

const ev = (
	iso3: string,
	date: string,
	event_type: string,
	ref: string,
	scope: PolicyEvent['scope'] = 'national',
	jurisdiction = ''
): TypologyEvent => ({
	iso3,
	date,
	year: Number(date.slice(0, 4)),
	event_type,
	scope,
	ref,
	jurisdiction,
	jurisdiction_type: jurisdiction ? 'state' : ''
});

const country = (
	p: TypologyFacts | undefined,
	events: TypologyEvent[] = [],
	iso3 = p?.iso3 ?? 'XXX'
): CountryPolicy => ({ iso3, policy: p, events });

/** OAT (dated), NSP (undated), no death penalty: the services of most of Europe in the data. */
const services = {
	oat: 'yes',
	oat_ref: 'oat-src',
	oat_since: '1977',
	oat_since_ref: 'oat-since-src',
	nsp: 'yes',
	nsp_ref: 'nsp-src',
	death_penalty_drugs: 'no',
	death_penalty_drugs_ref: 'dp-src'
} as const;

// Decriminalised by a dated national event in 2001 (like Portugal's Law 30/2000).
const reformer = country(
	policy('AAA', {
		possession_status: 'decriminalised_de_jure',
		possession_status_ref: 'law-src',
		possession_year: '2001',
		possession_year_ref: 'law-src',
		...services
	}),
	[ev('AAA', '2001-07-01', 'decriminalisation', 'event-src'), ev('AAA', '1999-04-22', 'strategy', 'plan-src')]
);

describe('design rule: a country that reforms mid-series', () => {
	it('is health-led from the year of its decriminalisation event', () => {
		const c = classifyDesign(reformer, 2002);
		expect(c.group).toBe('health_led');
		expect(c.missing).toEqual([]);
		// Every one of the four facts is needed for health-led.
		expect(c.sufficient).toEqual(['possession', 'oat', 'nsp', 'death_penalty']);
		expect(c.facts.find((f) => f.fact === 'possession')).toMatchObject({
			value: true,
			code: 'decriminalised_de_jure',
			since: 2001,
			basis: 'dated'
		});
		expect(classifyDesign(reformer, 2001).group).toBe('health_led');
	});

	it('is criminal with harm reduction before it, taken as criminal because the event decriminalised possession (flagged, with the event refs)', () => {
		const c = classifyDesign(reformer, 2000);
		expect(c.group).toBe('criminal_with_harm_reduction');
		expect(c.facts.find((f) => f.fact === 'possession')).toMatchObject({
			value: false,
			code: 'criminal',
			basis: 'inferred',
			refs: ['event-src'],
			reformYear: 2001
		});
		expect(c.flags).toContainEqual({ code: 'possession_inferred_before_reform', reformYear: 2001 });
		expect(classifyDesign(reformer, 2002).flags.map((f) => f.code)).not.toContain('possession_inferred_before_reform');
	});

	it('a service dated later is unavailable before its start: OAT since 1977 makes 1975 punitive, with the start year’s refs', () => {
		const c = classifyDesign(reformer, 1975);
		expect(c.facts.find((f) => f.fact === 'oat')).toMatchObject({
			value: false,
			since: 1977,
			basis: 'dated',
			refs: ['oat-since-src']
		});
		expect(c.group).toBe('punitive');
		// Criminal possession and no OAT are enough on their own, whatever the rest.
		expect(c.sufficient).toEqual(['possession', 'oat']);
	});

	it('only the policy table dates the reform (Czechia 1990): earlier years are unknown, not inferred', () => {
		const c = country(
			policy('CCC', {
				possession_status: 'decriminalised_de_jure',
				possession_status_ref: 'map-src',
				possession_year: '1990',
				possession_year_ref: 'map-src',
				...services
			})
		);
		expect(classifyDesign(c, 1992).group).toBe('health_led');
		const before = classifyDesign(c, 1985);
		expect(before.group).toBe('unknown');
		expect(before.missing).toEqual([{ fact: 'possession', gap: 'before_reform' }]);
	});

	it('a recriminalisation event ends it', () => {
		const c = country(reformer.policy, [
			...reformer.events,
			ev('AAA', '2010-01-01', 'recriminalisation', 'recrim-src')
		]);
		expect(classifyDesign(c, 2009).group).toBe('health_led');
		const after = classifyDesign(c, 2012);
		expect(after.group).toBe('criminal_with_harm_reduction');
		expect(after.facts[0]).toMatchObject({ value: false, refs: ['recrim-src'], since: 2010 });
	});
});

describe('design rule: unknown facts are named, never guessed', () => {
	it('NSP blank in a criminal country: unknown for lack of NSP (it decides between harm reduction and punitive)', () => {
		const c = classifyDesign(
			country(
				policy('NNN', {
					possession_status: 'criminal',
					possession_status_ref: 's',
					possession_year: '1990',
					possession_year_ref: 's',
					oat: 'yes',
					oat_ref: 's',
					death_penalty_drugs: 'no',
					death_penalty_drugs_ref: 's'
				})
			),
			2000
		);
		expect(c.group).toBe('unknown');
		expect(c.missing).toEqual([{ fact: 'nsp', gap: 'blank' }]);
		expect(c.sufficient).toEqual([]);
	});

	it('a year before a criminal regime’s law year is unknown (before_dated_record)', () => {
		const c = classifyDesign(
			country(
				policy('NNN', {
					possession_status: 'criminal',
					possession_status_ref: 's',
					possession_year: '1992',
					possession_year_ref: 's',
					...services
				})
			),
			1990
		);
		expect(c.missing).toEqual([{ fact: 'possession', gap: 'before_dated_record' }]);
	});

	it('death penalty blank where it decides (decriminalised, no OAT): unknown for lack of it alone', () => {
		const c = classifyDesign(
			country(
				policy('RRR', {
					possession_status: 'decriminalised_de_jure',
					possession_status_ref: 's',
					possession_year: '2006',
					possession_year_ref: 's',
					oat: 'no',
					oat_ref: 's'
				})
			),
			2010
		);
		expect(c.group).toBe('unknown');
		// NSP is blank too, but with no OAT it cannot change the class.
		expect(c.missing).toEqual([{ fact: 'death_penalty', gap: 'blank' }]);
	});

	it('no policy row: unknown, every fact missing for want of a record', () => {
		const c = classifyDesign(country(undefined, [], 'ZZZ'), 2010);
		expect(c.group).toBe('unknown');
		expect(c.missing).toEqual(
			['possession', 'oat', 'nsp', 'death_penalty'].map((fact) => ({ fact, gap: 'no_record' }))
		);
	});

	it('facts that decide on their own stand even when others are blank (death penalty → punitive)', () => {
		const c = classifyDesign(
			country(policy('SSS', { death_penalty_drugs: 'yes', death_penalty_drugs_ref: 'hri' })),
			2010
		);
		expect(c.group).toBe('punitive');
		expect(c.missing).toEqual([]);
		expect(c.sufficient).toEqual(['death_penalty']);
		expect(c.facts.find((f) => f.fact === 'death_penalty')).toMatchObject({
			value: true,
			refs: ['hri'],
			basis: 'undated'
		});
		expect(c.flags).toContainEqual({ code: 'death_penalty_undated' });
	});
});

describe('design rule: the table itself', () => {
	const v = (possession: boolean, oat: boolean, nsp: boolean, death_penalty: boolean) =>
		designClassOf({ possession, oat, nsp, death_penalty, hat: false });
	it.each([
		[true, true, true, false, 'health_led'],
		[true, false, true, false, 'decriminalised_limited_services'],
		[true, true, false, false, 'decriminalised_limited_services'],
		[false, true, true, false, 'criminal_with_harm_reduction'],
		[false, false, true, false, 'punitive'],
		[false, true, false, false, 'punitive'],
		[true, true, true, true, 'punitive'],
		[false, true, true, true, 'punitive']
	])('not criminal %s, OAT %s, NSP %s, death penalty %s → %s', (p, o, n, d, expected) => {
		expect(v(p, o, n, d)).toBe(expected);
	});
});

describe('design rule: flags', () => {
	it('service start year unknown: NSP with no start year, OAT with none (earlier years assume today’s services)', () => {
		const c = country(
			policy('UUU', {
				...services,
				oat_since: '',
				oat_since_ref: '',
				possession_status: 'criminal',
				possession_status_ref: 's'
			})
		);
		const r = classifyDesign(c, 1960);
		expect(r.group).toBe('criminal_with_harm_reduction');
		expect(r.flags).toContainEqual({ code: 'service_start_unknown', services: ['oat', 'nsp'] });
		expect(r.flags).toContainEqual({ code: 'possession_undated' });
		expect(approachesEn.flag(r.flags[0]!)).toBe(
			'Start year of opioid agonist treatment (OAT) and needle and syringe programmes (NSP) unknown: earlier years assume today’s services.'
		);
		// With a dated OAT start only NSP is flagged.
		expect(classifyDesign(reformer, 2002).flags).toContainEqual({ code: 'service_start_unknown', services: ['nsp'] });
	});

	it('"no" is undated too: a service recorded as absent is assumed absent in earlier years', () => {
		expect(serviceInYear(policy('X', { oat: 'no', oat_ref: 's' }), 'oat', 1990)).toMatchObject({
			value: false,
			basis: 'undated',
			refs: ['s']
		});
	});

	it('de facto decriminalisation and contested threshold models are stated', () => {
		const deFacto = country(
			policy('DDD', {
				possession_status: 'decriminalised_de_facto',
				possession_status_ref: 's',
				possession_year: '1992',
				possession_year_ref: 's',
				...services
			})
		);
		expect(classifyDesign(deFacto, 2000)).toMatchObject({ group: 'health_led' });
		expect(classifyDesign(deFacto, 2000).flags).toContainEqual({ code: 'decriminalised_de_facto' });
		const contested = country(
			policy('MMM', {
				possession_status: 'decriminalised_de_jure',
				possession_status_ref: 's',
				possession_year: '2009',
				possession_year_ref: 's',
				possession_caveat: 'contested_threshold_model',
				possession_caveat_ref: 's',
				...services
			} as Partial<TypologyFacts>)
		);
		expect(classifyDesign(contested, 2010).flags).toContainEqual({ code: 'contested_threshold_model' });
		expect(classifyDesign(contested, 2010).flags.map((f) => f.code)).not.toContain('decriminalised_de_facto');
	});
});

describe('design rule: sub-national variation is stated, not hidden in a class', () => {
	const federal = policy('FED', {
		possession_status: 'subnational_variation',
		possession_status_ref: 's',
		...services
	});
	const events = [
		ev('FED', '2021-02-01', 'decriminalisation', 'm110', 'subnational', 'Oregon'),
		ev('FED', '2024-09-01', 'recriminalisation', 'hb4002', 'subnational', 'Oregon')
	];

	it('possession varying by state leaves the class unknown, with the reason, and flags the country', () => {
		const c = classifyDesign(country(federal, events), 2019);
		expect(c.group).toBe('unknown');
		expect(c.missing).toEqual([{ fact: 'possession', gap: 'varies_subnationally' }]);
		expect(c.flags).toContainEqual({ code: 'subnational_variation', possessionVaries: true, jurisdictions: [] });
	});

	it('names a sub-national reform in force that year (Oregon 2021–2024), never as the country’s class', () => {
		const c = classifyDesign(country(federal, events), 2022);
		expect(c.flags).toContainEqual({
			code: 'subnational_variation',
			possessionVaries: true,
			jurisdictions: [{ name: 'Oregon', from: 2021, to: 2024 }]
		});
		expect(approachesEn.flag(c.flags.find((f) => f.code === 'subnational_variation')!)).toBe(
			'The law on possession differs between states or provinces. Sub-national decriminalisation: Oregon 2021–2024.'
		);
		expect(classifyDesign(country(federal, events), 2025).flags).toContainEqual({
			code: 'subnational_variation',
			possessionVaries: true,
			jurisdictions: []
		});
	});

	it('a death penalty on the statute book still decides (punitive), and the variation is still stated', () => {
		const c = classifyDesign(country({ ...federal, death_penalty_drugs: 'yes' }, events), 2022);
		expect(c.group).toBe('punitive');
		expect(c.flags.map((f) => f.code)).toContain('subnational_variation');
	});

	it('a national criminal law with a provincial pilot (British Columbia) keeps its class and states the pilot', () => {
		const c = country(
			policy('CAN', {
				possession_status: 'criminal',
				possession_status_ref: 's',
				possession_year: '1996',
				possession_year_ref: 's',
				...services
			}),
			[
				ev('CAN', '2023-01-31', 'decriminalisation_pilot', 'bc', 'subnational', 'British Columbia'),
				ev('CAN', '2026-01-31', 'decriminalisation_ends', 'bc2', 'subnational', 'British Columbia')
			]
		);
		expect(classifyDesign(c, 2024)).toMatchObject({ group: 'criminal_with_harm_reduction' });
		expect(classifyDesign(c, 2024).flags).toContainEqual({
			code: 'subnational_variation',
			possessionVaries: false,
			jurisdictions: [{ name: 'British Columbia', from: 2023, to: 2026 }]
		});
		expect(classifyDesign(c, 2020).flags.map((f) => f.code)).not.toContain('subnational_variation');
	});
});

describe('simpler rules', () => {
	const c = approachClassifier(
		[
			policy('AAA', reformer.policy!),
			policy('HHH', {
				hat: 'yes',
				hat_ref: 'h',
				hat_since: '2010',
				hat_since_ref: 'hs',
				death_penalty_drugs: 'no',
				death_penalty_drugs_ref: 'd'
			}),
			policy('TTT', {
				hat: 'trial',
				hat_ref: 't',
				hat_since: '2022',
				hat_since_ref: 'ts',
				death_penalty_drugs: 'yes',
				death_penalty_drugs_ref: 'd'
			}),
			policy('FED', { possession_status: 'subnational_variation', possession_status_ref: 's' })
		],
		reformer.events
	);

	it('decrim: not criminal from the reform on, criminal before it, unknown where possession varies or is not recorded', () => {
		expect(c.classify('decrim', 'AAA', 2002).group).toBe('not_criminal');
		expect(c.classify('decrim', 'AAA', 2000).group).toBe('criminal');
		expect(c.classify('decrim', 'FED', 2000)).toMatchObject({
			group: 'unknown',
			missing: [{ fact: 'possession', gap: 'varies_subnationally' }]
		});
		expect(c.classify('decrim', 'HHH', 2000)).toMatchObject({
			group: 'unknown',
			missing: [{ fact: 'possession', gap: 'blank' }]
		});
	});

	it('hat: from its dated start (pilots included, flagged), "no" only before a dated start, blank unknown', () => {
		expect(c.classify('hat', 'HHH', 2012)).toMatchObject({ group: 'hat', sufficient: ['hat'] });
		expect(c.classify('hat', 'HHH', 2005).group).toBe('no_hat');
		const trial = c.classify('hat', 'TTT', 2023);
		expect(trial.group).toBe('hat');
		expect(trial.flags).toContainEqual({ code: 'hat_trial_only' });
		expect(c.classify('hat', 'AAA', 2012)).toMatchObject({
			group: 'unknown',
			missing: [{ fact: 'hat', gap: 'blank' }]
		});
	});

	it('deathpenalty: yes, no, or unknown when blank', () => {
		expect(c.classify('deathpenalty', 'TTT', 2000).group).toBe('death_penalty');
		expect(c.classify('deathpenalty', 'HHH', 2000).group).toBe('no_death_penalty');
		expect(c.classify('deathpenalty', 'FED', 2000)).toMatchObject({
			group: 'unknown',
			missing: [{ fact: 'death_penalty', gap: 'blank' }]
		});
	});

	it('a country with no policy row is unknown under every rule', () => {
		for (const rule of APPROACH_RULE_IDS)
			expect(c.classify(rule, 'GB-SCT', 2010).missing.every((m) => m.gap === 'no_record')).toBe(true);
		expect(c.groupOf('design')('GB-SCT', 2010)).toBe('unknown');
	});
});

describe('rule registry', () => {
	it('ids round-trip through the URL value; anything else is the default', () => {
		for (const id of APPROACH_RULE_IDS) {
			expect(approachRuleFromParam(id)).toBe(id);
			expect(APPROACH_RULES[id].id).toBe(id);
		}
		for (const bad of [null, undefined, '', 'HAT', 'toString', 'design ', 'decrim;hat'])
			expect(approachRuleFromParam(bad)).toBe(DEFAULT_APPROACH_RULE);
		expect(DEFAULT_APPROACH_RULE).toBe('design');
	});

	it('every group of every rule has a name, and every rule its plain words', () => {
		for (const id of APPROACH_RULE_IDS) {
			expect(groupsOf(id).at(-1)).toBe('unknown');
			for (const g of groupsOf(id)) expect(approachesEn.groups[g as keyof typeof approachesEn.groups]).toBeTruthy();
			expect(approachesEn.rules[id].text.length).toBeGreaterThan(0);
		}
	});

	it('the missing facts in words', () => {
		expect(
			approachesEn.missing([
				{ fact: 'nsp', gap: 'blank' },
				{ fact: 'possession', gap: 'varies_subnationally' }
			])
		).toBe(
			'Unknown for lack of needle and syringe programmes (NSP) (not found in the sources read) and how the law treats possession for personal use (differs between states or provinces).'
		);
	});
});
