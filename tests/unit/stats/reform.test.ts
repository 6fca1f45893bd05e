import { describe, expect, it } from 'vitest';
import type { EventScope } from '../../../src/lib/data/types.ts';
import {
	availableDefinitions,
	DECRIMINALISATION,
	definitionFor,
	isReformEvent,
	reformFor,
	reformsFor,
	type PossessionFacts,
	type ReformEvent
} from '../../../src/lib/stats/reform.ts';

const ev = (
	iso3: string,
	date: string,
	event_type: string,
	title = event_type,
	scope: EventScope = 'national'
): ReformEvent => ({
	iso3,
	date,
	year: Number(date.slice(0, 4)),
	event_type,
	title,
	scope,
	ref: `ref-${iso3}-${date}`
});
const pol = (iso3: string, status: string, year: string): PossessionFacts => ({
	iso3,
	possession_status: status,
	possession_status_ref: 'td-map',
	possession_year: year,
	possession_year_ref: year ? 'emcdda-law' : '',
	possession_caveat: ''
});

const events = [
	ev('PRT', '2001-07-01', 'decriminalisation', 'Law 30/2000 in force'),
	ev('PRT', '2019', 'dcr_opened'),
	ev('CZE', '2010-01-01', 'threshold_quantities'),
	ev('DEU', '1992', 'prosecutorial_discretion', 'Narcotics Act s.31a'),
	ev('POL', '2011', 'prosecutorial_discretion'),
	ev('NOR', '2021-06-03', 'reform_rejected', 'Storting rejects government decriminalisation bill'),
	ev('USA', '2021-02-01', 'decriminalisation', 'Oregon Measure 110 in force', 'subnational'),
	ev('USA', '2024-09-01', 'recriminalisation', 'Oregon HB 4002 in force', 'subnational'),
	ev('CAN', '2023-01-31', 'decriminalisation_pilot', 'British Columbia CDSA exemption in force', 'subnational')
];
const policies = [
	pol('PRT', 'decriminalised_de_jure', '2001'),
	pol('CZE', 'decriminalised_de_jure', '1990'),
	pol('DEU', 'decriminalised_de_facto', '1992'),
	pol('POL', 'criminal', '2011'),
	pol('NOR', 'criminal', '1992'),
	pol('USA', 'subnational_variation', ''),
	pol('CAN', 'criminal', '1996')
];
const facts = (iso3: string) => policies.find((p) => p.iso3 === iso3);

describe('reformFor (decriminalisation)', () => {
	it('uses the dated national event when there is one (Portugal 2001), with its refs', () => {
		const r = reformFor('PRT', DECRIMINALISATION, events, facts('PRT'));
		expect(r).toMatchObject({
			year: 2001,
			date: '2001-07-01',
			basis: 'event',
			title: 'Law 30/2000 in force',
			refs: ['ref-PRT-2001-07-01']
		});
		expect(r!.event).toEqual({ date: '2001-07-01', event_type: 'decriminalisation' });
	});
	it('falls back to the policy table year when there is no dated event, and says so (Czechia 1990)', () => {
		expect(reformFor('CZE', DECRIMINALISATION, events, facts('CZE'))).toMatchObject({
			year: 1990,
			basis: 'policies',
			refs: ['emcdda-law'],
			event: null,
			title: ''
		});
	});
	it('takes the possession-law event of the table year as the marker (Germany 1992: prosecutorial discretion, coded de facto)', () => {
		const r = reformFor('DEU', DECRIMINALISATION, events, facts('DEU'))!;
		expect(r).toMatchObject({
			year: 1992,
			basis: 'policies',
			title: 'Narcotics Act s.31a',
			event: { date: '1992', event_type: 'prosecutorial_discretion' }
		});
		expect(isReformEvent(events[3]!, r)).toBe(true);
	});
	it('gives no reform to a country whose possession is criminal (Poland, Norway: 2021 was a rejected bill)', () => {
		expect(reformFor('POL', DECRIMINALISATION, events, facts('POL'))).toBeNull();
		expect(reformFor('NOR', DECRIMINALISATION, events, facts('NOR'))).toBeNull();
	});
	it('never takes a sub-national event as the country’s reform (Oregon 2021, British Columbia 2023)', () => {
		expect(reformFor('USA', DECRIMINALISATION, events, facts('USA'))).toBeNull();
		expect(reformFor('CAN', DECRIMINALISATION, events, facts('CAN'))).toBeNull();
		expect(reformFor('USA', definitionFor('recriminalisation')!, events, facts('USA'))).toBeNull();
		// The same event, were it national, would be the reform: the scope alone decides.
		const national = events.map((e) => (e.iso3 === 'USA' ? { ...e, scope: 'national' as const } : e));
		expect(reformFor('USA', DECRIMINALISATION, national, facts('USA'))!.year).toBe(2021);
	});
	it('does not fall back to the table for other kinds (Czechia 2010 under thresholds or depenalisation)', () => {
		const def = definitionFor('thresholds')!;
		expect(reformFor('CZE', def, events, facts('CZE'))).toMatchObject({
			year: 2010,
			basis: 'event',
			eventType: 'threshold_quantities'
		});
		expect(reformFor('DEU', def, events, facts('DEU'))).toMatchObject({
			year: 1992,
			eventType: 'prosecutorial_discretion'
		});
		// Portugal decriminalised: no threshold or depenalisation event, and no fallback to its table year.
		expect(reformFor('PRT', def, events, facts('PRT'))).toBeNull();
	});
	it('counts every event type of a kind, earliest first (consumption rooms: a trial approved before the first room)', () => {
		const def = definitionFor('consumption_rooms')!;
		const fra = [
			ev('FRA', '2016-10-11', 'dcr_opened'),
			ev('FRA', '2015-04', 'dcr_trial'),
			ev('FRA', '2001', 'strategy')
		];
		expect(reformFor('FRA', def, fra)).toMatchObject({ year: 2015, eventType: 'dcr_trial' });
		expect(reformFor('FRA', definitionFor('heroin_assisted_treatment')!, fra)).toBeNull();
	});
	it('takes the earliest event of the type', () => {
		const r = reformFor('X', DECRIMINALISATION, [
			ev('X', '2015', 'decriminalisation'),
			ev('X', '2003-05', 'decriminalisation')
		]);
		expect(r!.date).toBe('2003-05');
	});
});

describe('isReformEvent', () => {
	const prt = reformFor('PRT', DECRIMINALISATION, events, facts('PRT'));
	it('is true only for the event the reform names (same country, date and type)', () => {
		expect(isReformEvent(events[0]!, prt)).toBe(true);
		expect(isReformEvent(events[1]!, prt)).toBe(false);
		expect(isReformEvent({ ...events[0]!, iso3: 'ESP' }, prt)).toBe(false);
		expect(isReformEvent(events[0]!, null)).toBe(false);
	});
	it('is false for every event of a reform dated only by the table', () => {
		const cze = reformFor('CZE', DECRIMINALISATION, events, facts('CZE'));
		expect(events.some((e) => isReformEvent(e, cze))).toBe(false);
	});
});

describe('definitions', () => {
	it('are the six kinds of reform, and nothing else (no raw event type, no script)', () => {
		expect(definitionFor('heroin_assisted_treatment')!.eventTypes).toEqual([
			'hat_trial',
			'hat_law',
			'hat_opened',
			'hat'
		]);
		expect(definitionFor('dcr_opened')).toBeNull();
		expect(definitionFor('possession_reform')).toBeNull();
		expect(definitionFor('<script>')).toBeNull();
		expect(DECRIMINALISATION.policyFallback).toBe(true);
		expect(definitionFor('thresholds')!.policyFallback).toBe(false);
	});
	it('offers the kinds that have a national event at hand, decriminalisation always', () => {
		expect(availableDefinitions(events).map((d) => d.id)).toEqual([
			'decriminalisation',
			'thresholds',
			'consumption_rooms'
		]);
		// Oregon's recriminalisation is sub-national: no national event, so the kind is not offered.
		expect(availableDefinitions([]).map((d) => d.id)).toEqual(['decriminalisation']);
	});
	it('reformsFor leaves out countries without a reform', () => {
		const m = reformsFor(['PRT', 'CZE', 'NOR', 'USA', 'DEU'], DECRIMINALISATION, events, policies);
		expect([...m.keys()]).toEqual(['PRT', 'CZE', 'DEU']);
	});
});
