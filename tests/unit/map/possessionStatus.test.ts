import { describe, expect, it } from 'vitest';
import { possessionStatusInYear, type PossessionEvent, type PossessionFacts } from '../../../src/lib/stats/possessionStatus.ts';

const facts = (iso3: string, status: string, year = '', src = `${iso3} law`): PossessionFacts => ({
	iso3,
	possession_status: status,
	possession_status_source: status ? src : '',
	possession_year: year,
	possession_year_source: year ? `${src} (year)` : ''
});
const ev = (iso3: string, date: string, event_type: string, source = `${iso3} ${event_type} source`): PossessionEvent => ({
	iso3, date, year: Number(date.slice(0, 4)), event_type, title: event_type, description: '', source
});

describe('possessionStatusInYear', () => {
	const prt = facts('PRT', 'decriminalised_de_jure', '2001');
	const prtEvents = [ev('PRT', '2001-07-01', 'decriminalisation', 'Law 30/2000')];

	it('Portugal is not criminal from 2001, with the source of the dated event', () => {
		expect(possessionStatusInYear(prt, prtEvents, 2001)).toMatchObject({ class: 'not_criminal', since: 2001, source: 'Law 30/2000', dated: true });
		expect(possessionStatusInYear(prt, prtEvents, 2019).class).toBe('not_criminal');
	});

	it('Portugal in 2000 is “before reform”, not “criminal”: the files do not say what the law was', () => {
		expect(possessionStatusInYear(prt, prtEvents, 2000)).toMatchObject({ class: 'before_reform', source: '' });
	});

	it('uses possession_year from policies.csv when there is no event', () => {
		expect(possessionStatusInYear(prt, [], 2000).class).toBe('before_reform');
		expect(possessionStatusInYear(prt, [], 2005)).toMatchObject({ class: 'not_criminal', since: 2001, source: 'PRT law (year)' });
	});

	it('ends a decriminalisation at a recriminalisation event', () => {
		const e = [ev('XXX', '2020-02-01', 'decriminalisation'), ev('XXX', '2024-09-01', 'recriminalisation', 'HB 4002')];
		const f = facts('XXX', 'criminal');
		expect(possessionStatusInYear(f, e, 2019).class).toBe('before_reform');
		expect(possessionStatusInYear(f, e, 2021).class).toBe('not_criminal');
		expect(possessionStatusInYear(f, e, 2024)).toMatchObject({ class: 'criminal', since: 2024, source: 'HB 4002' });
	});

	it('reads a de facto decriminalisation event as de facto', () => {
		expect(possessionStatusInYear(undefined, [ev('NLD', '1976', 'decriminalisation_de_facto')], 1990)).toMatchObject({ class: 'not_criminal', status: 'decriminalised_de_facto' });
	});

	it('keeps sub-national variation as “varies”', () => {
		expect(possessionStatusInYear(facts('USA', 'subnational_variation'), [], 2015)).toMatchObject({ class: 'varies', source: 'USA law' });
	});

	it('applies an undated current record but says it is undated', () => {
		expect(possessionStatusInYear(facts('NOR', 'criminal'), [], 2015)).toMatchObject({ class: 'criminal', dated: false });
		expect(possessionStatusInYear(facts('CHE', 'decriminalised_de_facto'), [], 2015)).toMatchObject({ class: 'not_criminal', dated: false });
	});

	it('leaves unknown as unknown: no row, or a blank status', () => {
		expect(possessionStatusInYear(undefined, [], 2015)).toMatchObject({ class: 'unknown', source: '' });
		expect(possessionStatusInYear(facts('SWE', ''), [], 2015).class).toBe('unknown');
	});

	it('ignores other countries’ events and other event types', () => {
		expect(possessionStatusInYear(facts('NOR', ''), [ev('PRT', '2001', 'decriminalisation'), ev('NOR', '2010', 'threshold_quantities')], 2015).class).toBe('unknown');
	});
});
