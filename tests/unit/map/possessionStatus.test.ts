import { describe, expect, it } from 'vitest';
import {
	possessionStatusInYear,
	type PossessionEvent,
	type PossessionFacts
} from '../../../src/lib/stats/possessionStatus.ts';

const facts = (iso3: string, status: string, year = '', src = `${iso3}-law`, caveat = ''): PossessionFacts => ({
	iso3,
	possession_status: status,
	possession_status_ref: status ? src : '',
	possession_year: year,
	possession_year_ref: year ? `${src}-year` : '',
	possession_caveat: caveat
});
const ev = (
	iso3: string,
	date: string,
	event_type: string,
	ref = `${iso3}-${event_type}`,
	scope: PossessionEvent['scope'] = 'national'
): PossessionEvent => ({
	iso3,
	date,
	year: Number(date.slice(0, 4)),
	event_type,
	scope,
	ref
});

describe('possessionStatusInYear', () => {
	const prt = facts('PRT', 'decriminalised_de_jure', '2001');
	const prtEvents = [ev('PRT', '2001-07-01', 'decriminalisation', 'loc-prt;emcdda-prt')];

	it('Portugal is not criminal from 2001, with the refs of the dated event', () => {
		expect(possessionStatusInYear(prt, prtEvents, 2001)).toMatchObject({
			class: 'not_criminal',
			since: 2001,
			refs: ['loc-prt', 'emcdda-prt'],
			dated: true,
			contested: false
		});
		expect(possessionStatusInYear(prt, prtEvents, 2019).class).toBe('not_criminal');
	});

	it('Portugal in 2000 is “before reform”, not “criminal”: the files do not say what the law was', () => {
		expect(possessionStatusInYear(prt, prtEvents, 2000)).toMatchObject({ class: 'before_reform', refs: [] });
	});

	it('uses possession_year from policies.csv when there is no event', () => {
		expect(possessionStatusInYear(prt, [], 2000).class).toBe('before_reform');
		expect(possessionStatusInYear(prt, [], 2005)).toMatchObject({
			class: 'not_criminal',
			since: 2001,
			refs: ['PRT-law-year']
		});
	});

	it('ends a decriminalisation at a recriminalisation event', () => {
		const e = [ev('XXX', '2020-02-01', 'decriminalisation'), ev('XXX', '2024-09-01', 'recriminalisation', 'hb-4002')];
		const f = facts('XXX', 'criminal');
		expect(possessionStatusInYear(f, e, 2019).class).toBe('before_reform');
		expect(possessionStatusInYear(f, e, 2021).class).toBe('not_criminal');
		expect(possessionStatusInYear(f, e, 2024)).toMatchObject({ class: 'criminal', since: 2024, refs: ['hb-4002'] });
	});

	it('ignores sub-national events: Oregon 2021–2024 leaves the United States varying, BC leaves Canada criminal', () => {
		const oregon = [
			ev('USA', '2021-02-01', 'decriminalisation', 'osp', 'subnational'),
			ev('USA', '2024-09-01', 'recriminalisation', 'hb', 'subnational')
		];
		expect(possessionStatusInYear(facts('USA', 'subnational_variation'), oregon, 2022)).toMatchObject({
			class: 'varies',
			refs: ['USA-law']
		});
		const bc = [ev('CAN', '2023-01-31', 'decriminalisation', 'hc', 'subnational')];
		expect(possessionStatusInYear(facts('CAN', 'criminal', '1996'), bc, 2024)).toMatchObject({
			class: 'criminal',
			since: 1996,
			dated: true
		});
	});

	it('carries the contested-threshold caveat on a not-criminal answer only (Russia)', () => {
		const rus = facts('RUS', 'decriminalised_de_jure', '2006', 'rus', 'contested_threshold_model');
		expect(possessionStatusInYear(rus, [], 2010)).toMatchObject({
			class: 'not_criminal',
			since: 2006,
			contested: true
		});
		expect(possessionStatusInYear(rus, [], 2005)).toMatchObject({ class: 'before_reform', contested: false });
	});

	it('reads a de facto decriminalisation event as de facto', () => {
		expect(possessionStatusInYear(undefined, [ev('NLD', '1976', 'decriminalisation_de_facto')], 1990)).toMatchObject({
			class: 'not_criminal',
			status: 'decriminalised_de_facto'
		});
	});

	it('keeps sub-national variation as “varies”', () => {
		expect(possessionStatusInYear(facts('USA', 'subnational_variation'), [], 2015)).toMatchObject({
			class: 'varies',
			refs: ['USA-law']
		});
	});

	it('applies an undated current record but says it is undated', () => {
		expect(possessionStatusInYear(facts('NOR', 'criminal'), [], 2015)).toMatchObject({
			class: 'criminal',
			dated: false
		});
		expect(possessionStatusInYear(facts('CHE', 'decriminalised_de_facto'), [], 2015)).toMatchObject({
			class: 'not_criminal',
			dated: false
		});
	});

	it('leaves unknown as unknown: no row, or a blank status', () => {
		expect(possessionStatusInYear(undefined, [], 2015)).toMatchObject({ class: 'unknown', refs: [] });
		expect(possessionStatusInYear(facts('SWE', ''), [], 2015).class).toBe('unknown');
	});

	it('ignores other countries’ events and other event types', () => {
		expect(
			possessionStatusInYear(
				facts('NOR', ''),
				[ev('PRT', '2001', 'decriminalisation'), ev('NOR', '2010', 'threshold_quantities')],
				2015
			).class
		).toBe('unknown');
	});
});
