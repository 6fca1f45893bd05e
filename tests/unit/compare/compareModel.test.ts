import { describe, expect, it } from 'vitest';
import { compareText } from '../../../src/lib/strings/compare.ts';
import { buildCompareModel, reformLabel } from '../../../src/lib/charts/compareModel.ts';
import { summariseCompare } from '../../../src/lib/charts/compareSummary.ts';
import { mixWarning } from '../../../src/lib/charts/comparability.ts';
import { decodeSeries, encodeObservations } from '../../../src/lib/data/compactSeries.ts';
import type { Indicator, Observation, Source } from '../../../src/lib/data/types.ts';
import type { MarkerEvent } from '../../../src/lib/charts/policyMarkers.ts';
import { DECRIMINALISATION, reformsFor } from '../../../src/lib/stats/reform.ts';
import type { Series } from '../../../src/lib/data/series.ts';
import { layoutLineChart } from '../../../src/lib/charts/lineChartLayout.ts';
import { placeColourIndex, seriesColor } from '../../../src/lib/charts/palette.ts';

const ser = (key: string, from: number, values: number[]): Series => ({
	key,
	label: key,
	points: values.map((value, i) => ({ year: from + i, value, flag: '', source_id: 'gbd', note: '' }))
});
const events: MarkerEvent[] = [
	{
		iso3: 'PRT',
		date: '2001-07-01',
		year: 2001,
		event_type: 'decriminalisation',
		title: 'Law 30/2000 in force',
		scope: 'national',
		ref: 'loc'
	},
	{
		iso3: 'PRT',
		date: '2019',
		year: 2019,
		event_type: 'dcr_opened',
		title: 'Mobile DCR',
		scope: 'national',
		ref: 'hri'
	},
	{
		iso3: 'USA',
		date: '2021-02-01',
		year: 2021,
		event_type: 'decriminalisation',
		title: 'Oregon Measure 110 in force',
		scope: 'subnational',
		ref: 'osp'
	}
];
const policies = [
	{
		iso3: 'CZE',
		possession_status: 'decriminalised_de_jure',
		possession_status_ref: 'td',
		possession_year: '1990',
		possession_year_ref: 'td',
		possession_caveat: ''
	}
];
const def = DECRIMINALISATION;
const series = [
	ser(
		'PRT',
		1990,
		Array.from({ length: 30 }, (_, i) => 10 + i)
	),
	ser(
		'CZE',
		1990,
		Array.from({ length: 30 }, () => 3)
	),
	ser('NOR', 1990, []),
	ser(
		'USA',
		1990,
		Array.from({ length: 30 }, () => 8)
	)
];
const reforms = reformsFor(['PRT', 'CZE', 'NOR', 'USA'], def, events, policies);
const names: Record<string, string> = {
	loc: 'Law Library of Congress 2016',
	hri: 'HRI 2022',
	td: 'TalkingDrugs 2019',
	osp: 'Oregon State Police 2021'
};
const cite = (refs: string[]) => refs.map((r) => names[r]).join('; ');
const base = {
	series,
	events,
	cite,
	reforms,
	definition: def,
	index: false,
	from: null,
	to: null,
	n: 5,
	focus: null,
	nameOf: (x: string) => x
};

describe('buildCompareModel', () => {
	it('draws each event on its own line at its calendar year; the reform labelled, others minor', () => {
		const m = buildCompareModel({ ...base, aligned: false });
		const prt = m.events.filter((e) => e.key === 'PRT');
		expect(prt.map((e) => [e.x, e.major])).toEqual([
			[2001, true],
			[2019, false]
		]);
		expect(prt[0]!.label).toBe('PRT: decriminalised 2001');
		expect(prt[0]!.source).toBe('Law Library of Congress 2016');
		// Czechia's reform year comes from the policy table and still gets a marker, with the table's source.
		expect(m.events.find((e) => e.key === 'CZE')).toMatchObject({
			x: 1990,
			major: true,
			source: 'TalkingDrugs 2019',
			label: 'CZE: decriminalised 1990'
		});
	});
	it('never draws a sub-national event on a national line: the United States carries no “decrim. 2021”', () => {
		const m = buildCompareModel({ ...base, aligned: false });
		expect(m.events.filter((e) => e.key === 'USA')).toEqual([]);
		expect(m.events.some((e) => /2021/.test(e.label))).toBe(false);
		expect(reforms.has('USA')).toBe(false);
	});
	it('names the country in every reform label, in calendar and aligned mode', () => {
		const names: Record<string, string> = { PRT: 'Portugal', CZE: 'Czechia' };
		const nameOf = (x: string) => names[x] ?? x;
		expect(
			buildCompareModel({ ...base, nameOf, aligned: false })
				.events.filter((e) => e.major)
				.map((e) => e.label)
		).toEqual(['Portugal: decriminalised 2001', 'Czechia: decriminalised 1990']);
		expect(
			buildCompareModel({ ...base, nameOf, aligned: true })
				.events.filter((e) => e.major)
				.map((e) => e.label)
		).toEqual(['Portugal: decriminalised 2001', 'Czechia: decriminalised 1990']);
		expect(reformLabel('Netherlands', 'decriminalisation_de_facto', 1976)).toBe(
			'Netherlands: decriminalised de facto 1976'
		);
		expect(reformLabel('Czechia', 'threshold_quantities', 2010)).toBe('Czechia: threshold quantities 2010');
		expect(reformLabel('Switzerland', 'hat_trial', 1994)).toBe('Switzerland: HAT trial 1994');
		expect(reformLabel('Norway', 'drug_checking', 2022)).toBe('Norway: drug checking 2022');
	});
	it('aligns each country on its own reform year: both reforms at x = 0', () => {
		const m = buildCompareModel({ ...base, aligned: true });
		expect(m.events.filter((e) => e.major).map((e) => [e.key, e.x])).toEqual([
			['PRT', 0],
			['CZE', 0]
		]);
		expect(m.series.map((s) => s.key)).toEqual(['PRT', 'CZE']);
		expect(m.problems.map((p) => [p.code, p.key])).toEqual([
			['noReform', 'NOR'],
			['noReform', 'USA'],
			['noData', 'NOR']
		]);
		expect(m.problems.filter((p) => p.code === 'noReform').map(compareText.en.problem)).toEqual([
			'NOR has no decriminalisation of possession in our policy data, so it cannot be aligned and is not drawn.',
			'USA has no decriminalisation of possession in our policy data, so it cannot be aligned and is not drawn.'
		]);
	});
	it('computes before/after for the first country with a reform and continues its pre-reform trend', () => {
		const m = buildCompareModel({ ...base, aligned: false });
		expect(m.beforeAfter!.iso3).toBe('PRT');
		expect(m.beforeAfter!.result.before.mean).toBeCloseTo(18); // 1996–2000 → 16..20
		expect(m.trends[0]!.points[0]).toEqual({ year: 2000, value: 20 });
	});
	it('clips calendar years to from/to but keeps the full series for the statistics', () => {
		const m = buildCompareModel({ ...base, aligned: false, from: 2000, to: 2005 });
		expect(m.series[0]!.points.map((p) => p.year)).toEqual([2000, 2001, 2002, 2003, 2004, 2005]);
		expect(m.xDomain).toEqual([2000, 2005]);
		expect(m.beforeAfter!.result.before.observed).toEqual([1996, 1997, 1998, 1999, 2000]);
	});
	it('names a place without data instead of drawing a zero line', () => {
		const m = buildCompareModel({ ...base, aligned: false });
		expect(m.problems).toEqual([{ code: 'noData', key: 'NOR', place: 'NOR' }]);
		expect(compareText.en.problem(m.problems[0]!)).toBe('No data for NOR on this indicator.');
		expect(compareText.nb.problem(m.problems[0]!)).toBe('Ingen data for NOR for denne indikatoren.');
	});
});

describe('colours and places not drawn', () => {
	/** Colour of each drawn line, by key, as the chart draws it (layout index → palette), markers and trends included. */
	const drawn = (m: ReturnType<typeof buildCompareModel>) => {
		const l = layoutLineChart({
			series: m.series,
			events: m.events,
			trends: m.trends,
			width: 800,
			height: 360,
			xDomain: m.xDomain
		});
		const out = new Map<string, string>();
		for (const s of l.series) out.set(s.key, seriesColor(s.index));
		for (const e of l.events) expect(seriesColor(e.index), `marker of ${e.key}`).toBe(out.get(e.key));
		for (const t of l.trends) expect(seriesColor(t.index), `trend of ${t.key}`).toBe(out.get(t.key));
		return out;
	};
	const chip = (selected: string[], key: string) => seriesColor(placeColourIndex(selected, key));

	it('give every chip its line’s colour in every mode, even when a place before it is not drawn (aligned PRT, NOR, CZE)', () => {
		const order = [
			series[0]!,
			ser(
				'NOR',
				1990,
				Array.from({ length: 30 }, () => 5)
			),
			series[1]!
		];
		const selected = order.map((s) => s.key);
		for (const mode of [
			{ aligned: true, index: false },
			{ aligned: true, index: true },
			{ aligned: false, index: false }
		]) {
			const m = buildCompareModel({ ...base, ...mode, series: order });
			const lines = drawn(m);
			for (const key of selected)
				if (lines.has(key)) expect(lines.get(key), `${key} ${JSON.stringify(mode)}`).toBe(chip(selected, key));
			// Norway keeps its own colour (index 1) while it is left out: Czechia is never drawn in it.
			expect(lines.get('CZE')).toBe(seriesColor(2));
		}
		const aligned = drawn(buildCompareModel({ ...base, aligned: true, series: order }));
		expect([...aligned.keys()]).toEqual(['PRT', 'CZE']);
		expect([...aligned.values()]).not.toContain(chip(selected, 'NOR'));
	});
	it('say why a place is not drawn: no data, no reform of the kind, no base year, no value in the years shown', () => {
		const gap = ser(
			'EST',
			1990,
			Array.from({ length: 30 }, (_, i) => 2 + i)
		);
		gap.points = gap.points.filter((p) => p.year !== 1989 && p.year < 1995); // Estonia (no reform in these policies) ends 1994
		const est = new Map(reforms);
		est.set('EST', {
			iso3: 'EST',
			year: 1990,
			date: '1990',
			basis: 'event',
			title: 't',
			eventType: 'decriminalisation',
			refs: [],
			event: null
		});
		const input = { ...base, series: [...series, gap], reforms: est };
		expect(buildCompareModel({ ...input, aligned: true }).notDrawn).toEqual({ NOR: 'noData', USA: 'noReform' });
		// Indexed: Czechia and Estonia have no value the year before their reform (1989).
		expect(buildCompareModel({ ...input, aligned: true, index: true }).notDrawn).toEqual({
			NOR: 'noData',
			USA: 'noReform',
			CZE: 'noBase',
			EST: 'noBase'
		});
		expect(buildCompareModel({ ...input, aligned: false, from: 2000, to: 2010 }).notDrawn).toEqual({
			NOR: 'noData',
			EST: 'noneInYears'
		});
		expect(buildCompareModel({ ...input, aligned: false }).notDrawn).toEqual({ NOR: 'noData' });
	});
});

describe('summariseCompare', () => {
	it('says which place was highest and lowest in the latest common year', () => {
		const s = summariseCompare({
			series: series.slice(0, 2),
			measure: 'drug deaths',
			unit: 'per 100,000',
			decimals: 1,
			aligned: false,
			index: false,
			reforms,
			reformLabel: 'Decriminalisation',
			n: 5
		});
		expect(s).toBe(
			'Drug deaths, 1990–2019: in 2019 PRT had the highest (39.0 per 100,000) and CZE the lowest (3.0 per 100,000) of the 2 places shown.'
		);
	});
	it('keeps the capitals of the label, writes one year as one year, and says when a value follows a break', () => {
		const pt = (year: number, value: number, flag: Series['points'][number]['flag'] = '') => ({
			year,
			value,
			flag,
			source_id: 's',
			note: ''
		});
		const one = (key: string, label: string, points: Series['points']): Series => ({ key, label, points });
		const opts = {
			unit: '%',
			decimals: 1,
			aligned: false,
			index: false,
			reforms,
			reformLabel: 'Decriminalisation',
			n: 5
		};
		const sct = [one('GB-SCT', 'Scotland', [pt(2018, 2.1)]), one('GB-NIR', 'Northern Ireland', [pt(2018, 1.1)])];
		expect(summariseCompare({ ...opts, series: sct, measure: 'HIV prevalence, PWID (UNAIDS 2019)' })).toBe(
			'HIV prevalence, PWID (UNAIDS 2019), 2018: in 2018 Scotland had the highest (2.1 %) and Northern Ireland the lowest (1.1 %) of the 2 places shown.'
		);
		expect(
			summariseCompare({ ...opts, series: [], measure: 'Scotland drug misuse deaths (NRS)', names: ['Scotland'] })
		).toBe('No data to show for Scotland drug misuse deaths (NRS).');
		expect(summariseCompare({ ...opts, series: [], measure: 'Drug-induced deaths 15–64' })).toBe(
			'No data to show for drug-induced deaths 15–64.'
		);
		const breaks = [
			one('AUT', 'Austria', [pt(2014, 10.9, 'derived'), pt(2020, 46, 'break'), pt(2021, 51.1, 'derived')]),
			one('GB-NIR', 'Northern Ireland', [pt(2015, 5.3, 'derived'), pt(2016, 68.3, 'break'), pt(2017, 63.9, 'derived')]),
			one('THA', 'Thailand', [pt(2014, 0.8, 'derived'), pt(2015, 52.9, 'break'), pt(2016, 0.1, 'break')])
		];
		// No common year: the first place's change, which crosses its break.
		expect(summariseCompare({ ...opts, series: breaks, measure: 'Prisoners held for drug offences (%)' })).toBe(
			'Share of prisoners held for drug offences in Austria went from 10.9 % in 2014 to 51.1 % in 2021 (across a break in series in 2020; the countries shown share no year with data).'
		);
		expect(
			summariseCompare({
				...opts,
				series: [breaks[0]!, one('PRT', 'Portugal', [pt(2021, 13.4, 'derived')])],
				measure: 'Prisoners held for drug offences (%)'
			})
		).toBe(
			'Share of prisoners held for drug offences, 2014–2021: in 2021 Austria had the highest (51.1 %, after a break in series in 2020) and Portugal the lowest (13.4 %) of the 2 places shown.'
		);
	});
	it('in aligned mode, gives the change N years after against the year before', () => {
		const m = buildCompareModel({ ...base, aligned: true });
		const s = summariseCompare({
			series: m.series,
			measure: 'drug deaths',
			unit: '',
			decimals: 1,
			aligned: true,
			index: false,
			reforms,
			reformLabel: 'Decriminalisation',
			n: 5
		});
		expect(s).toContain('30% higher than the year before in PRT (reform 2001)');
		expect(s).toContain('CZE (reform 1990) has no value for the year before');
	});
});

describe('mixWarning', () => {
	const ind = (id: string, comparability: string) =>
		({ indicator_id: id, short_label: id, comparability }) as Indicator;
	const src = (id: string) => ({ source_id: id, publisher: id, title: 't' }) as Source;
	it('warns when definitions differ', () => {
		expect(mixWarning([ind('a', 'x'), ind('b', 'y')], [src('s')])).toMatch(/2 different definitions/);
	});
	it('warns when one indicator draws on several sources', () => {
		expect(mixWarning([ind('a', 'x')], [src('s1'), src('s2')])).toMatch(/2 different sources/);
	});
	it('is silent for one definition and one source', () => {
		expect(mixWarning([ind('a', 'x'), ind('a2', 'x')], [src('s')])).toBeNull();
	});
});

describe('compact series', () => {
	it('round-trips observations, keeping flags and non-default sources and leaving absent years absent', () => {
		const rows: Observation[] = [
			{ iso3: 'PRT', year: 2001, value: 2, flag: '', source_id: 'main', note: '' },
			{ iso3: 'PRT', year: 1999, value: 1, flag: 'break', source_id: 'other', note: '' }
		];
		const data = encodeObservations(rows, 'main');
		expect(data.PRT).toEqual([
			[1999, 1, 'break', 'other'],
			[2001, 2]
		]);
		const [s, none] = decodeSeries({ indicator: { source_id: 'main' } as Indicator, data }, ['PRT', 'NOR'], (x) => x);
		expect(s!.points.map((p) => [p.year, p.value, p.flag, p.source_id])).toEqual([
			[1999, 1, 'break', 'other'],
			[2001, 2, '', 'main']
		]);
		expect(none!.points).toEqual([]);
	});
});
