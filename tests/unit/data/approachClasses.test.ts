/**
 * The typology on the real package (data/policies.csv, data/policy_events.csv, third pass), pinned for countries whose
 * facts were read in the sources (quotes in data/policy_cells.csv). Reads the real data, like policyFacts.test.ts,
 * because these are facts about it: if a policy cell changes, the class it gives should be re-checked here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIndicators, parseObservations, parsePolicies, parsePolicyEvents, parsePolicySources } from '../../../src/lib/data/parse.ts';
import { approachClassifier, groupsOf } from '../../../src/lib/stats/approachRules.ts';
import { groupTrends } from '../../../src/lib/stats/groupTrends.ts';

const policies = parsePolicies(readFileSync('data/policies.csv', 'utf8')).rows;
const events = parsePolicyEvents(readFileSync('data/policy_events.csv', 'utf8')).rows;
const refIds = new Set(parsePolicySources(readFileSync('data/policy_sources.csv', 'utf8')).rows.map((s) => s.ref_id));
const c = approachClassifier(policies, events);
const design = (iso3: string, year: number) => c.classify('design', iso3, year);

describe('design classes on the real data', () => {
	it('Portugal 2000: criminal with harm reduction; 2002: health-led (Law 30/2000 in force 1 July 2001)', () => {
		// Possession: the national event PRT 2001-07-01 "Law 30/2000 in force" (emcdda-cdr-2019-prt-law; loc-prt-2016)
		// decriminalised possession for personal use, so 2000 counts as criminal (inferred, flagged). OAT since 1977
		// (EMCDDA Statistical Bulletin 2010, HSR-1: "Portugal 1977 (MMT)"); NSP yes (Van Hout et al. 2024: all Council of
		// Europe members provide community NSP); no death penalty (EU Charter Art. 2).
		const before = design('PRT', 2000);
		expect(before.group).toBe('criminal_with_harm_reduction');
		expect(before.facts[0]).toMatchObject({ basis: 'inferred', refs: ['emcdda-cdr-2019-prt-law', 'loc-prt-2016'] });
		expect(before.flags).toContainEqual({ code: 'possession_inferred_before_reform', reformYear: 2001 });
		const after = design('PRT', 2002);
		expect(after.group).toBe('health_led');
		expect(after.facts.map((f) => [f.fact, f.value])).toEqual([['possession', true], ['oat', true], ['nsp', true], ['death_penalty', false]]);
		expect(after.facts.find((f) => f.fact === 'oat')!.since).toBe(1977);
	});

	it('Norway: criminal with harm reduction from 1998 (OAT introduced), punitive by the rule before it', () => {
		// Possession criminal under the Act on Medicinal Products of 4 Dec 1992 (emcdda-cdr-2018-nor-law, emcdda-elad-nor: "fines or
		// imprisonment for up to six months"); OAT since 1998 (HSR-1: "Norway 1998 (MMT)"); NSP yes; no death penalty
		// (Protocol 13, wcadp-p13-2022). Before 1998 the rule reads "criminal and no OAT" as punitive.
		expect(design('NOR', 2024).group).toBe('criminal_with_harm_reduction');
		expect(design('NOR', 1998).group).toBe('criminal_with_harm_reduction');
		expect(design('NOR', 1995)).toMatchObject({ group: 'punitive', sufficient: ['possession', 'oat'] });
		// 1990 is before the 1992 law the record dates: unknown, not assumed.
		expect(design('NOR', 1990).missing).toEqual([{ fact: 'possession', gap: 'before_dated_record' }]);
	});

	it('Czechia: health-led from 1998; decriminalised with limited services 1990–1997', () => {
		// Small-quantity possession a non-criminal offence under Act No 200/1990 (emcdda-cdr-2018-cze-law, td-decrim-map; the model's
		// year, 1990, from the policy table only: earlier years stay unknown); OAT since 1998 (HSR-1: "Czech Republic
		// 1998 (MMT)"); NSP yes; no death penalty (EU Charter).
		expect(design('CZE', 2010).group).toBe('health_led');
		expect(design('CZE', 1995).group).toBe('decriminalised_limited_services');
		expect(design('CZE', 1985).missing).toEqual([{ fact: 'possession', gap: 'before_reform' }]);
	});

	it('Switzerland: health-led from 2013; unknown before the dated status', () => {
		// Narcotics Act Art. 19b (che-narca-1951; negligible quantity for own use not an offence; cannabis threshold in force 1 Oct 2013);
		// OAT legal basis since 1975 (foph-che-substitution); NSP yes; no death penalty (wcadp-p13-2022). Before 2013 the files do not say.
		expect(design('CHE', 2015).group).toBe('health_led');
		expect(design('CHE', 2010)).toMatchObject({ group: 'unknown', missing: [{ fact: 'possession', gap: 'before_reform' }] });
	});

	it('United States: marked sub-national; punitive because the death penalty for drug offences is on the statute book', () => {
		// Possession coded subnational_variation (Oregon's Measure 110, 2021–2024); death penalty "on the books for drug
		// traffickers but do not apply it in practice" (economist-2015-dp, on HRI 2015).
		const us = design('USA', 2022);
		expect(us).toMatchObject({ group: 'punitive', sufficient: ['death_penalty'] });
		expect(us.flags).toContainEqual({ code: 'subnational_variation', possessionVaries: true, jurisdictions: [{ name: 'Oregon', from: 2021, to: 2024 }] });
		expect(c.classify('decrim', 'USA', 2022)).toMatchObject({ group: 'unknown', missing: [{ fact: 'possession', gap: 'varies_subnationally' }] });
	});

	it('Australia: unknown, naming both gaps (possession varies by state; NSP not found in the sources read)', () => {
		expect(design('AUS', 2020)).toMatchObject({ group: 'unknown', missing: [{ fact: 'possession', gap: 'varies_subnationally' }, { fact: 'nsp', gap: 'blank' }] });
	});

	it('every ref a classification rests on is in policy_sources.csv', () => {
		for (const iso3 of c.countries)
			for (const year of [1990, 2000, 2010, 2024])
				for (const f of design(iso3, year).facts) for (const r of f.refs) expect(refIds.has(r), `${iso3} ${year} ${f.fact} ${r}`).toBe(true);
	});
});

describe('group trends on the real data', () => {
	const indicators = parseIndicators(readFileSync('data/indicators.csv', 'utf8')).rows;
	const indicator = indicators.find((i) => i.indicator_id === 'gbd2019_drug_disorder_death_rate')!;
	const observations = parseObservations(readFileSync('data/observations/gbd2019_drug_disorder_death_rate.csv', 'utf8'), 'gbd2019_drug_disorder_death_rate.csv').rows;
	const known = new Set(c.countries);
	const r = groupTrends([{ indicator, observations }], (iso3, year) => (known.has(iso3) ? c.groupOf('design')(iso3, year) : null), groupsOf('design'));

	it('Portugal counts in criminal with harm reduction in 2000 and in health-led in 2002; countries with no policy row are left out', () => {
		if (!r.ok) throw new Error(`refused: ${r.error.code}`);
		const yearOf = (g: string, y: number) => r.trends.find((t) => t.group === g)!.years.find((x) => x.year === y)!;
		expect(yearOf('criminal_with_harm_reduction', 2000).countries).toContain('PRT');
		expect(yearOf('health_led', 2000).countries).not.toContain('PRT');
		expect(yearOf('health_led', 2002).countries).toContain('PRT');
		// Each policy country with a value is in exactly one group per year.
		const in2002 = r.trends.flatMap((t) => t.years.filter((y) => y.year === 2002).flatMap((y) => y.countries));
		expect(new Set(in2002).size).toBe(in2002.length);
		expect(in2002.length).toBe(observations.filter((o) => o.year === 2002 && known.has(o.iso3)).length);
		expect(r.leftOut.length).toBe(observations.filter((o) => !known.has(o.iso3)).length);
	});
});
