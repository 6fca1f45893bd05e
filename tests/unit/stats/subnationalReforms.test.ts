import { describe, expect, it } from 'vitest';
import { subnationalSpans, type SubnationalEvent } from '../../../src/lib/stats/subnationalReforms.ts';
import { en } from '../../../src/lib/strings/en.ts';

const ev = (
	iso3: string,
	date: string,
	event_type: string,
	jurisdiction: string,
	scope: SubnationalEvent['scope'] = 'subnational'
): SubnationalEvent => ({
	iso3,
	date,
	year: Number(date.slice(0, 4)),
	event_type,
	scope,
	jurisdiction,
	jurisdiction_type: jurisdiction ? 'state' : ''
});

describe('subnationalSpans', () => {
	const events = [
		ev('USA', '2021-02-01', 'decriminalisation', 'Oregon'),
		ev('USA', '2024-04-01', 'recriminalisation', 'Oregon'),
		ev('USA', '2024-09-01', 'recriminalisation', 'Oregon'),
		ev('USA', '2012-11', 'cannabis_legalisation', 'Colorado and Washington'),
		ev('CAN', '2023-01-31', 'decriminalisation_pilot', 'British Columbia'),
		ev('CAN', '2024-05-07', 'decriminalisation_amended', 'British Columbia'),
		ev('CAN', '2026-01-14', 'decriminalisation_ends', 'British Columbia'),
		ev('CAN', '2026-01-31', 'decriminalisation_ends', 'British Columbia'),
		ev('AUS', '2023-10-28', 'decriminalisation', 'Australian Capital Territory'),
		ev('PRT', '2001-07-01', 'decriminalisation', '', 'national')
	];
	const spans = subnationalSpans(events);

	it('Oregon 2021–2024, closed by the law in force (the later of two end events)', () => {
		expect(spans.find((s) => s.iso3 === 'USA')).toMatchObject({
			jurisdiction: 'Oregon',
			from: 2021,
			to: 2024,
			toDate: '2024-09-01'
		});
	});
	it('British Columbia 2023–2026: an amendment does not end it, the exemption’s end does', () => {
		expect(spans.find((s) => s.iso3 === 'CAN')).toMatchObject({
			jurisdiction: 'British Columbia',
			from: 2023,
			fromDate: '2023-01-31',
			to: 2026,
			toDate: '2026-01-31'
		});
	});
	it('the ACT is still in force (no end)', () => {
		expect(spans.find((s) => s.iso3 === 'AUS')).toMatchObject({ from: 2023, to: null });
	});
	it('only sub-national possession reforms: no national ones, no cannabis legalisations', () => {
		expect(spans.map((s) => s.iso3)).toEqual(['AUS', 'CAN', 'USA']);
		expect(subnationalSpans(events, 'PRT')).toEqual([]);
	});
	it('a new start after an end opens a second span', () => {
		const again = subnationalSpans([...events, ev('USA', '2027', 'decriminalisation', 'Oregon')], 'USA');
		expect(again.map((s) => [s.from, s.to])).toEqual([
			[2021, 2024],
			[2027, null]
		]);
	});

	it('reads as a note in words: “in one state: Oregon, 2021–2024”; an open span says “since”', () => {
		expect(en.policy.spanWords(spans.find((s) => s.iso3 === 'USA')!)).toBe('in one state: Oregon, 2021–2024');
		expect(en.policy.spanWords({ ...spans.find((s) => s.iso3 === 'AUS')!, jurisdictionType: 'territory' })).toBe(
			'in one territory: Australian Capital Territory, since 2023'
		);
		expect(
			en.policy.subnationalNote(
				en.policy.spanWords({ jurisdictionType: 'province', jurisdiction: 'British Columbia', from: 2023, to: 2026 })
			)
		).toBe('Decriminalisation in one province: British Columbia, 2023–2026; not national law.');
	});
});
