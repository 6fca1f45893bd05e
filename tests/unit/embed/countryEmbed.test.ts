import { describe, expect, it } from 'vitest';
import { hasShape } from '../../../src/lib/data/shape.ts';
import {
	cardYears,
	countryEmbedShape,
	pickCard,
	type CountryEmbed,
	type CountryEmbedCard
} from '../../../src/lib/embed/countryEmbed.ts';
import { readPayload } from '../../../src/lib/data/payload.ts';

const src = {
	source_id: 's',
	publisher: 'P',
	title: 'T',
	url: 'https://p.example',
	download_url: '',
	licence: 'CC BY 4.0',
	year: '2019',
	citation: 'c',
	notes: ''
};
function card(id: string, points: CountryEmbedCard['points']): CountryEmbedCard {
	return {
		indicator: {
			indicator_id: id,
			short_label: id,
			unit: 'per million',
			decimals: 1,
			derived: false,
			source_id: 's',
			topic: 'deaths',
			formula: ''
		},
		points,
		modelled: false,
		sources: [src]
	};
}
const slice: CountryEmbed = {
	version: { id: '2026-0123456789', asOf: '2026', hash: '0123456789' },
	place: { iso3: 'PRT', name: 'Portugal' },
	cards: [
		card('deaths', [
			[2013, 4.1],
			[2016, 4.5, 'provisional', 's']
		]),
		card('hiv', [[2010, 10]])
	],
	markers: [
		{ key: 'PRT', x: 2001, label: 'decriminalised 2001', title: 't', date: '2001-07-01', source: 'x', major: true }
	],
	reformYear: 2001
};

describe('countryEmbedShape', () => {
	it('accepts the slice of the place and version asked for', () => {
		expect(hasShape(countryEmbedShape('PRT', '2026-0123456789'), structuredClone(slice))).toBe(true);
	});

	it.each([
		['another place', 'NOR', '2026-0123456789', slice],
		['another version', 'PRT', '2025-0123456789', slice],
		[
			'a point with three items',
			'PRT',
			'2026-0123456789',
			{ ...slice, cards: [card('deaths', [[2013, 4.1, 'x'] as never])] }
		],
		['a value that is text', 'PRT', '2026-0123456789', { ...slice, cards: [card('deaths', [[2013, '4.1'] as never])] }],
		['no markers', 'PRT', '2026-0123456789', { ...slice, markers: undefined }],
		['null', 'PRT', '2026-0123456789', null]
	])('refuses %s', (_, iso3, version, value) => {
		expect(hasShape(countryEmbedShape(iso3, version), value)).toBe(false);
	});

	it('an HTML 404 page served in place of the file is refused with a reason', () => {
		const r = readPayload('<!doctype html><title>Not found</title>', countryEmbedShape('PRT', '2026-0123456789'));
		expect(r.ok).toBe(false);
	});
});

describe('pickCard and cardYears', () => {
	it('picks the headline indicator asked for, else the first', () => {
		expect(pickCard(slice, 'hiv')?.indicator.indicator_id).toBe('hiv');
		expect(pickCard(slice, 'nope')?.indicator.indicator_id).toBe('deaths');
		expect(pickCard(slice, null)?.indicator.indicator_id).toBe('deaths');
		expect(pickCard({ cards: [] }, null)).toBeNull();
	});

	it('a card’s own years, stretched back to a reform up to 15 years before', () => {
		expect(cardYears(slice.cards[0]!, 2001)).toEqual([2001, 2016]);
		expect(cardYears(slice.cards[0]!, 1990)).toEqual([2013, 2016]);
		expect(cardYears(slice.cards[0]!, null)).toEqual([2013, 2016]);
		expect(cardYears(card('x', []), 2001)).toBeNull();
	});
});
