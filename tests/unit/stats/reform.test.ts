import { describe, expect, it } from 'vitest';
import type { PolicyEvent } from '../../../src/lib/data/types.ts';
import { availableDefinitions, definitionFor, reformFor, reformsFor, REFORM_DEFINITIONS, type PossessionFacts } from '../../../src/lib/stats/reform.ts';

const ev = (iso3: string, date: string, event_type: string, title = event_type): PolicyEvent => ({ iso3, date, year: Number(date.slice(0, 4)), event_type, title, description: '', source: `src ${iso3} ${date}` });
const pol = (iso3: string, status: string, year: string): PossessionFacts => ({ iso3, possession_status: status, possession_status_source: 'TD', possession_year: year, possession_year_source: 'TD map' });

const events = [
	ev('PRT', '2001-07-01', 'decriminalisation', 'Law 30/2000 in force'),
	ev('PRT', '2019', 'dcr_opened'),
	ev('CZE', '2010-01-01', 'threshold_quantities'),
	ev('POL', '2011', 'decriminalisation'),
	ev('USA', '2021-02-01', 'decriminalisation', 'Oregon Measure 110 in force'),
	ev('USA', '2024-09-01', 'recriminalisation')
];
const policies = [pol('PRT', 'decriminalised_de_jure', '2001'), pol('CZE', 'decriminalised_de_jure', '1990'), pol('NOR', 'criminal', '2021'), pol('USA', 'subnational_variation', '')];
const decrim = REFORM_DEFINITIONS[0]!;

describe('reformFor (decriminalisation)', () => {
	it('uses the dated event when there is one (Portugal 2001)', () => {
		const r = reformFor('PRT', decrim, events, policies[0]);
		expect(r).toMatchObject({ year: 2001, date: '2001-07-01', basis: 'event', title: 'Law 30/2000 in force' });
	});
	it('falls back to the policy table year when there is no dated event, and says so (Czechia 1990)', () => {
		expect(reformFor('CZE', decrim, events, policies[1])).toMatchObject({ year: 1990, basis: 'policies', source: 'TD map' });
	});
	it('gives no reform to a country whose possession is criminal', () => {
		expect(reformFor('NOR', decrim, events, policies[2])).toBeNull();
	});
	it('marks a reform in a country with sub-national variation as sub-national', () => {
		expect(reformFor('USA', decrim, events, policies[3])).toMatchObject({ year: 2021, subnational: true });
	});
	it('does not fall back to the table for other definitions (Czechia 2010 under possession law reform)', () => {
		const def = definitionFor('possession_reform', [])!;
		expect(reformFor('CZE', def, events, policies[1])).toMatchObject({ year: 2010, basis: 'event', eventType: 'threshold_quantities' });
		expect(reformFor('PRT', def, events, policies[0])!.year).toBe(2001);
	});
	it('takes the earliest event of the type', () => {
		const r = reformFor('X', decrim, [ev('X', '2015', 'decriminalisation'), ev('X', '2003-05', 'decriminalisation')]);
		expect(r!.date).toBe('2003-05');
	});
});

describe('definitions', () => {
	it('accepts any event type present in the data, and nothing else', () => {
		expect(definitionFor('dcr_opened', ['dcr_opened'])!.eventTypes).toEqual(['dcr_opened']);
		expect(definitionFor('<script>', ['dcr_opened'])).toBeNull();
	});
	it('lists named definitions first, then event types', () => {
		const ids = availableDefinitions(events).map((d) => d.id);
		expect(ids.slice(0, 2)).toEqual(['decriminalisation', 'possession_reform']);
		expect(ids).toContain('recriminalisation');
	});
	it('reformsFor leaves out countries without a reform', () => {
		const m = reformsFor(['PRT', 'CZE', 'NOR'], decrim, events, policies);
		expect([...m.keys()]).toEqual(['PRT', 'CZE']);
	});
});
