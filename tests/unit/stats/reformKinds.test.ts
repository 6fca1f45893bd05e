import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { humaniseEventType, REFORM_DEFINITIONS } from '../../../src/lib/stats/reform.ts';
import {
	kindForLegacyId,
	kindOfEventType,
	NOT_A_KIND,
	REFORM_KIND_IDS,
	REFORM_KIND_TYPES
} from '../../../src/lib/stats/reformKinds.ts';
import { DECRIM_EVENTS } from '../../../src/lib/stats/possessionStatus.ts';

describe('kinds of reform', () => {
	it('are the six kinds of issue 8, in that order', () => {
		expect(REFORM_KIND_IDS).toEqual([
			'decriminalisation',
			'thresholds',
			'heroin_assisted_treatment',
			'consumption_rooms',
			'cannabis_regulation',
			'recriminalisation'
		]);
		expect(REFORM_DEFINITIONS.map((d) => d.id)).toEqual(REFORM_KIND_IDS);
	});
	it('count each event type in at most one kind, and never a type set aside in NOT_A_KIND', () => {
		const all = REFORM_KIND_IDS.flatMap((id) => [...REFORM_KIND_TYPES[id]]);
		expect(new Set(all).size).toBe(all.length);
		for (const t of all) expect(NOT_A_KIND[t], t).toBeUndefined();
	});
	it('decriminalisation counts exactly the event types that start a not-criminal regime (possessionStatus.ts)', () => {
		expect([...REFORM_KIND_TYPES.decriminalisation].sort()).toEqual(Object.keys(DECRIM_EVENTS).sort());
	});
	it('place every event type of data/policy_events.csv in a kind or, with a reason, in none', () => {
		const rows = Papa.parse<{ event_type: string }>(readFileSync('data/policy_events.csv', 'utf8'), {
			header: true,
			skipEmptyLines: true
		}).data;
		const unplaced = [...new Set(rows.map((r) => r.event_type))].filter((t) => !kindOfEventType(t) && !NOT_A_KIND[t]);
		expect(unplaced).toEqual([]);
	});
	it('say in their rule text every event type they count', () => {
		for (const d of REFORM_DEFINITIONS)
			for (const t of d.eventTypes)
				expect(d.rule.toLowerCase(), `${d.id}: ${t}`).toContain(`“${humaniseEventType(t).toLowerCase()}”`);
	});
	it('map the example types of the issue to their kinds', () => {
		expect(kindOfEventType('threshold_quantities')).toBe('thresholds');
		expect(kindOfEventType('depenalisation')).toBe('thresholds');
		expect(kindOfEventType('hat_trial')).toBe('heroin_assisted_treatment');
		expect(kindOfEventType('dcr_opened')).toBe('consumption_rooms');
		expect(kindOfEventType('cannabis_legalisation')).toBe('cannabis_regulation');
		expect(kindOfEventType('criminalisation')).toBe('recriminalisation');
		expect(kindOfEventType('cannabis_medical')).toBeNull();
		expect(kindOfEventType('strategy')).toBeNull();
	});
});

describe('kindForLegacyId (old links)', () => {
	it('keeps kinds, maps possession_reform to thresholds and a single event type to its kind', () => {
		for (const id of REFORM_KIND_IDS) expect(kindForLegacyId(id)).toBe(id);
		expect(kindForLegacyId('possession_reform')).toBe('thresholds');
		expect(kindForLegacyId('dcr_opened')).toBe('consumption_rooms');
		expect(kindForLegacyId('hat')).toBe('heroin_assisted_treatment');
		expect(kindForLegacyId('decriminalisation_de_facto')).toBe('decriminalisation');
	});
	it('gives null for a type in no kind and for anything else', () => {
		expect(kindForLegacyId('strategy')).toBeNull();
		expect(kindForLegacyId('<b>')).toBeNull();
		expect(kindForLegacyId('')).toBeNull();
	});
});
