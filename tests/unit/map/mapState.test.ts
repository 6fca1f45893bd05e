import { describe, expect, it } from 'vitest';
import {
	defaultMapState,
	parseMapState,
	serializeMapState,
	withIndicator,
	type MapCatalogue
} from '../../../src/lib/state/mapState.ts';

const cat: MapCatalogue = {
	defaultIndicator: 'deaths',
	indicators: [
		{ indicator_id: 'deaths', years: [1990, 2019] },
		{ indicator_id: 'prison', years: [2005, 2012] }
	]
};

describe('parseMapState', () => {
	it('gives the default view for an empty query: default indicator, its latest year, World, values, no layer', () => {
		expect(parseMapState('', cat)).toEqual({
			indicator: 'deaths',
			year: 2019,
			region: 'world',
			mode: 'year',
			from: 2009,
			layer: 'none'
		});
	});

	it('reads every parameter', () => {
		expect(parseMapState('indicator=prison&year=2008&region=europe&mode=change&from=2006&layer=policy', cat)).toEqual({
			indicator: 'prison',
			year: 2008,
			region: 'europe',
			mode: 'change',
			from: 2006,
			layer: 'policy'
		});
	});

	it('falls back to the default indicator when the URL names an unknown one', () => {
		expect(parseMapState('indicator=<script>alert(1)</script>', cat).indicator).toBe('deaths');
	});

	it.each([
		['year=1800', 2019],
		['year=2020', 2019],
		['year=abc', 2019],
		['year=2015.5', 2019],
		['year=', 2019],
		['year=2015', 2015]
	])('year from %s -> %i', (q, year) => {
		expect(parseMapState(q, cat).year).toBe(year);
	});

	it('policy layer: `layer=policy` (links from before the cannabis layer) still means the possession outlines; `layer=cannabis` the models; a bad value none', () => {
		expect(parseMapState('layer=policy', cat).layer).toBe('policy');
		expect(parseMapState('layer=cannabis', cat).layer).toBe('cannabis');
		for (const bad of ['Cannabis', 'cannabis-models', 'policy,cannabis', '', '1'])
			expect(parseMapState(`layer=${encodeURIComponent(bad)}`, cat).layer).toBe('none');
		// The first of a key given twice counts.
		expect(parseMapState('layer=cannabis&layer=policy', cat).layer).toBe('cannabis');
	});

	it('round-trips every layer through the URL; none is the bare URL', () => {
		for (const layer of ['none', 'policy', 'cannabis'] as const) {
			const v = { ...parseMapState('year=2018', cat), layer };
			const q = serializeMapState(v, cat);
			expect(q).toBe(layer === 'none' ? 'year=2018' : `year=2018&layer=${layer}`);
			expect(parseMapState(q, cat)).toEqual(v);
		}
		expect(serializeMapState(parseMapState('layer=bogus', cat), cat)).toBe('');
	});

	it('falls back on bad region, mode and layer values', () => {
		const s = parseMapState('region=mars&mode=3d&layer=all', cat);
		expect([s.region, s.mode, s.layer]).toEqual(['world', 'year', 'none']);
	});

	it('keeps the change base year before the end year', () => {
		expect(parseMapState('mode=change&year=2000&from=2010', cat).from).toBe(1990);
		expect(parseMapState('mode=change&year=2005&from=1991', cat).from).toBe(1991);
	});

	it('clamps the year to the chosen indicator’s own years', () => {
		expect(parseMapState('indicator=prison&year=2019', cat).year).toBe(2012);
	});

	it('applies migrations of old parameter names', () => {
		const s = parseMapState('ind=prison&time=2010&region=eu', cat);
		expect([s.indicator, s.year, s.region]).toEqual(['prison', 2010, 'europe']);
	});

	it('never throws, whatever the query', () => {
		for (const q of ['%', '&&&', 'year=%E0%A4%A', '?indicator', 'a=b=c', '\u0000'])
			expect(() => parseMapState(q, cat)).not.toThrow();
	});
});

describe('serializeMapState', () => {
	it('omits defaults: the default view is the bare /map URL', () => {
		expect(serializeMapState(defaultMapState(cat), cat)).toBe('');
	});

	it('round-trips any valid state', () => {
		const states = [
			{ indicator: 'prison', year: 2008, region: 'americas', mode: 'latest', from: 2005, layer: 'policy' },
			{ indicator: 'deaths', year: 2015, region: 'europe', mode: 'change', from: 2001, layer: 'none' },
			{ indicator: 'deaths', year: 2019, region: 'world', mode: 'reform', from: 2009, layer: 'none' }
		] as const;
		for (const s of states) {
			const back = parseMapState(serializeMapState(s, cat), cat);
			expect(back.indicator).toBe(s.indicator);
			expect(back.year).toBe(s.year);
			expect(back.region).toBe(s.region);
			expect(back.mode).toBe(s.mode);
			expect(back.layer).toBe(s.layer);
			if (s.mode === 'change') expect(back.from).toBe(s.from);
		}
	});

	it('writes only the parameters that differ, in a stable order', () => {
		expect(serializeMapState({ ...defaultMapState(cat), year: 2015, region: 'europe' }, cat)).toBe(
			'year=2015&region=europe'
		);
	});
});

describe('withIndicator', () => {
	it('keeps the year when the new indicator covers it, else moves to its latest year', () => {
		const s = { ...defaultMapState(cat), year: 2010 };
		expect(withIndicator(s, cat, 'prison').year).toBe(2010);
		expect(withIndicator({ ...s, year: 2019 }, cat, 'prison').year).toBe(2012);
	});
});
