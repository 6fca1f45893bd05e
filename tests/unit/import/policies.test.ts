import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run, sources, indicators, splitSources } from '../../../scripts/import/policies.ts';
import { loadPlaces } from '../../../scripts/import/lib/places.ts';
import { POLICY_FIELDS } from '../../../src/lib/data/types.ts';

const places = loadPlaces('data');
// PRT and NLD rows of the reference table; NLD's `hat:` source was removed on purpose; XXX is an unknown code.
const policies = readFileSync('tests/fixtures/import/policies/policies.csv', 'utf8');
const events = readFileSync('tests/fixtures/import/policies/policy_events.csv', 'utf8');

describe('policy reference importer', () => {
	const result = run(policies, events, places, 'fx');
	const problems = result.problems.join('\n');
	const prt = result.policies.find((p) => p.iso3 === 'PRT')!;
	const nld = result.policies.find((p) => p.iso3 === 'NLD')!;

	it('splits the sources column into per-field source columns', () => {
		expect(prt.possession_status).toBe('decriminalised_de_jure');
		expect(prt.possession_status_source).toMatch(/^http:\/\/loc\.gov\/law\/help\/decriminalization-of-narcotics\/portugal\.php; https:\/\/www\.talkingdrugs\.org/);
		expect(prt.gdpi2021_score).toBe('70');
		expect(prt.gdpi2021_score_source).toMatch(/Global Drug Policy Index 2021/);
		for (const f of POLICY_FIELDS) if (prt[f]) expect(prt[`${f}_source`]).not.toBe('');
	});

	it('keeps blank as blank (unknown), never "no"', () => {
		expect(prt.hat).toBe('');
		expect(prt.hat_source).toBe('');
		expect(prt.naloxone).toBe('');
		expect(nld.naloxone).toBe('');
	});

	it('reports a filled field without a source', () => {
		expect(nld.hat).toBe('yes');
		expect(nld.hat_source).toBe('');
		expect(problems).toMatch(/fx\/policies\.csv:3: NLD: field hat = "yes" has no source/);
		expect(problems).not.toMatch(/PRT: field/);
	});

	it('reports unknown country codes', () => {
		expect(result.policies.map((p) => p.iso3)).toEqual(['PRT', 'NLD']);
		expect(problems).toMatch(/fx\/policies\.csv:4: unknown country code "XXX"/);
	});

	it('derives the event year from the date and keeps international events', () => {
		const law = result.events.find((e) => e.iso3 === 'PRT' && e.title === 'Law 30/2000 in force')!;
		expect(law.date).toBe('2001-07-01');
		expect(law.year).toBe(2001);
		expect(result.events.find((e) => e.iso3 === 'INT')?.year).toBe(2021);
	});

	it('reports bad dates and unsourced events', () => {
		expect(problems).toMatch(/fx\/policy_events\.csv:5: PRT: date "July 2001"/);
		expect(result.events.some((e) => e.title === 'Bad date event')).toBe(false);
		expect(problems).toMatch(/fx\/policy_events\.csv:6: PRT 2002: event "Unsourced event" has no source/);
	});

	it('does not split inside URLs', () => {
		const { map } = splitSources('dcr: A https://x.org | B | hat: http://y.org/a');
		expect(map.get('dcr')).toBe('A https://x.org | B');
		expect(map.get('hat')).toBe('http://y.org/a');
	});

	it('exports metadata for the compilation and no indicators', () => {
		expect(sources[0]!.source_id).toBe('dpe-policy-reference');
		expect(indicators).toEqual([]);
	});
});
