import { describe, expect, it } from 'vitest';
import { policyMarkers, reformLabel, type MarkerEvent } from '../../../src/lib/charts/policyMarkers.ts';
import { eventWordIn } from '../../../src/lib/charts/eventWord.ts';
import { DECRIMINALISATION, reformsFor } from '../../../src/lib/stats/reform.ts';

const ev = (
	iso3: string,
	date: string,
	event_type: string,
	title: string,
	scope: MarkerEvent['scope'] = 'national'
): MarkerEvent => ({
	iso3,
	date,
	year: Number(date.slice(0, 4)),
	event_type,
	title,
	scope,
	ref: `${iso3}-${date}`
});
const events = [
	ev('DEU', '1992', 'prosecutorial_discretion', 'Narcotics Act s.31a'),
	ev('DEU', '1994-12', 'dcr_opened', 'First DCR in Frankfurt'),
	ev('NOR', '2021-06-03', 'reform_rejected', 'Storting rejects government decriminalisation bill'),
	ev('CAN', '2018-10-17', 'cannabis_legalisation', 'Cannabis Act in force'),
	ev('CAN', '2023-01-31', 'decriminalisation_pilot', 'British Columbia CDSA exemption in force', 'subnational')
];
const policies = [
	{
		iso3: 'DEU',
		possession_status: 'decriminalised_de_facto',
		possession_status_ref: 'elad',
		possession_year: '1992',
		possession_year_ref: 'elad',
		possession_caveat: ''
	},
	{
		iso3: 'CZE',
		possession_status: 'decriminalised_de_jure',
		possession_status_ref: 'td',
		possession_year: '1990',
		possession_year_ref: 'td',
		possession_caveat: ''
	},
	{
		iso3: 'NOR',
		possession_status: 'criminal',
		possession_status_ref: 'emcdda',
		possession_year: '1992',
		possession_year_ref: 'emcdda',
		possession_caveat: ''
	},
	{
		iso3: 'CAN',
		possession_status: 'criminal',
		possession_status_ref: 'cdsa',
		possession_year: '1996',
		possession_year_ref: 'cdsa',
		possession_caveat: ''
	}
];
const keys = ['DEU', 'CZE', 'NOR', 'CAN'];
const markers = policyMarkers({
	events,
	reforms: reformsFor(keys, DECRIMINALISATION, events, policies),
	keys: new Set(keys),
	nameOf: (x) => x,
	reformLabel: (iso3, r) => reformLabel(iso3, 'decriminalisation', r.year),
	tableTitle: () => 'from the table',
	cite: (refs) => refs.map((r) => `cite:${r}`).join('; ')
});

describe('policyMarkers', () => {
	it('draws Germany’s 1992 reform once, on its dated event, labelled and major', () => {
		const deu = markers.filter((m) => m.key === 'DEU');
		expect(deu.map((m) => [m.x, m.label, m.major])).toEqual([
			[1992, 'DEU: decriminalised 1992', true],
			[1994, '', false]
		]);
		expect(deu[0]!.title).toBe('DEU: Narcotics Act s.31a');
		expect(deu[0]!.source).toBe('cite:DEU-1992');
	});
	it('gives a reform dated only by the table its own marker (Czechia 1990), citing the table', () => {
		expect(markers.filter((m) => m.key === 'CZE')).toEqual([
			{
				key: 'CZE',
				x: 1990,
				label: 'CZE: decriminalised 1990',
				title: 'CZE: from the table',
				date: '1990',
				source: 'cite:td',
				major: true
			}
		]);
	});
	it('draws Norway’s rejected 2021 bill as a minor event, not a reform', () => {
		expect(markers.filter((m) => m.key === 'NOR').map((m) => [m.x, m.label, m.major])).toEqual([[2021, '', false]]);
	});
	it('never draws British Columbia’s exemption on Canada’s national line', () => {
		expect(markers.filter((m) => m.key === 'CAN').map((m) => m.x)).toEqual([2018]);
	});
	it('puts markers only on the lines that are drawn', () => {
		const none = policyMarkers({
			events,
			reforms: new Map(),
			keys: new Set(['PRT']),
			nameOf: (x) => x,
			reformLabel: () => '',
			tableTitle: () => '',
			cite: () => ''
		});
		expect(none).toEqual([]);
	});
});

describe('reformLabel in Norwegian', () => {
	it('names an event type without marker words of its own by the data’s Norwegian word', () => {
		expect(reformLabel('Norge', 'dcr_opened', 2005, 'nb', eventWordIn('nb'))).toBe('Norge: sprøyterom åpnet 2005');
		expect(reformLabel('Norway', 'dcr_opened', 2005, 'en')).toBe('Norway: DCR opened 2005');
		expect(reformLabel('Portugal', 'decriminalisation', 2001, 'nb')).toBe('Portugal: avkriminalisert 2001');
	});
});
