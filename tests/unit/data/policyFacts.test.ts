/**
 * The corrected policy facts in data/ (third pass), pinned: what the map, compare and country pages compute from them.
 * Reads the real package, like package.test.ts, because these are facts about it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { policyMarkers, reformLabel } from '../../../src/lib/charts/policyMarkers.ts';
import { parsePolicies, parsePolicyEvents } from '../../../src/lib/data/parse.ts';
import { possessionStatusInYear } from '../../../src/lib/stats/possessionStatus.ts';
import { DECRIMINALISATION, reformFor, reformsFor } from '../../../src/lib/stats/reform.ts';
import { subnationalSpans } from '../../../src/lib/stats/subnationalReforms.ts';

const policies = parsePolicies(readFileSync('data/policies.csv', 'utf8')).rows;
const events = parsePolicyEvents(readFileSync('data/policy_events.csv', 'utf8')).rows;
const p = (iso3: string) => policies.find((x) => x.iso3 === iso3)!;
const reform = (iso3: string) => reformFor(iso3, DECRIMINALISATION, events, p(iso3));
const own = (iso3: string) => events.filter((e) => e.iso3 === iso3);
const markersOf = (iso3: string) =>
	policyMarkers({
		events: own(iso3),
		reforms: reformsFor([iso3], DECRIMINALISATION, events, policies),
		keys: new Set([iso3]),
		nameOf: (x) => x,
		reformLabel: (iso3, r) => reformLabel(iso3, 'decriminalisation', r.year),
		tableTitle: () => 'table',
		cite: () => ''
	});

describe('corrected policy facts', () => {
	it('Poland is criminal (not decriminalised) and has no decriminalisation marker', () => {
		expect(p('POL').possession_status).toBe('criminal');
		expect(reform('POL')).toBeNull();
		expect(markersOf('POL').some((m) => m.major || /decrim/.test(m.label))).toBe(false);
		expect(possessionStatusInYear(p('POL'), own('POL'), 2015).class).toBe('criminal');
	});

	it('Germany is decriminalised de facto since 1992, drawn once on its dated event', () => {
		expect(p('DEU').possession_status).toBe('decriminalised_de_facto');
		expect(reform('DEU')).toMatchObject({ year: 1992, basis: 'policies', event: { event_type: 'prosecutorial_discretion' } });
		expect(markersOf('DEU').filter((m) => m.x === 1992)).toHaveLength(1);
		expect(possessionStatusInYear(p('DEU'), own('DEU'), 2000)).toMatchObject({ class: 'not_criminal', status: 'decriminalised_de_facto' });
	});

	it('Canada is criminal nationally; British Columbia’s exemption 2023–2026 is a sub-national event, never the reform', () => {
		expect(p('CAN').possession_status).toBe('criminal');
		expect(reform('CAN')).toBeNull();
		const bc = own('CAN').filter((e) => e.jurisdiction === 'British Columbia' && e.event_type.startsWith('decriminalisation'));
		expect(bc.length).toBeGreaterThanOrEqual(3);
		expect(bc.every((e) => e.scope === 'subnational' && e.jurisdiction_type === 'province')).toBe(true);
		expect(subnationalSpans(events, 'CAN')).toEqual([expect.objectContaining({ jurisdiction: 'British Columbia', from: 2023, to: 2026 })]);
		expect(markersOf('CAN').some((m) => m.x === 2023 || m.major)).toBe(false);
		expect(possessionStatusInYear(p('CAN'), own('CAN'), 2024).class).toBe('criminal');
	});

	it('Norway’s possession law is from 1992; 2021 was a rejected bill, not a reform', () => {
		expect(p('NOR')).toMatchObject({ possession_status: 'criminal', possession_year: '1992' });
		expect(reform('NOR')).toBeNull();
		const m2021 = markersOf('NOR').filter((m) => m.x === 2021);
		expect(m2021.length).toBe(1);
		expect(m2021[0]).toMatchObject({ major: false, label: '' });
		expect(possessionStatusInYear(p('NOR'), own('NOR'), 2019)).toMatchObject({ class: 'criminal', since: 1992 });
	});

	it('Malta’s model dates from 2015', () => {
		expect(p('MLT').possession_year).toBe('2015');
		expect(reform('MLT')).toMatchObject({ year: 2015, event: { date: '2015-04-15', event_type: 'depenalisation' } });
	});

	it('the United States has no national reform: Oregon 2021–2024 is a note, not “decrim. 2021”', () => {
		expect(reform('USA')).toBeNull();
		expect(markersOf('USA').some((m) => /decrim/.test(m.label) || m.x === 2021 && m.major)).toBe(false);
		expect(subnationalSpans(events, 'USA')).toEqual([expect.objectContaining({ jurisdiction: 'Oregon', jurisdictionType: 'state', from: 2021, to: 2024 })]);
	});

	it('Russia and Mexico are coded decriminalised but marked as contested threshold models, with a ref', () => {
		for (const iso3 of ['RUS', 'MEX']) {
			expect(p(iso3)).toMatchObject({ possession_status: 'decriminalised_de_jure', possession_caveat: 'contested_threshold_model', possession_caveat_ref: 'ddn-decrim-map-2019' });
			expect(possessionStatusInYear(p(iso3), own(iso3), 2015)).toMatchObject({ class: 'not_criminal', contested: true });
		}
		expect(policies.filter((x) => x.possession_caveat).map((x) => x.iso3).sort()).toEqual(['MEX', 'RUS']);
	});

	it('Portugal stays 2001 on its dated event', () => {
		expect(reform('PRT')).toMatchObject({ year: 2001, basis: 'event', date: '2001-07-01' });
	});
});
