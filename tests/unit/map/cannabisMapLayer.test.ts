/**
 * The /map policy layer's cannabis models on the real data: each country's model in the map's year, through the
 * payload the map fetches (/map/cannabis.json), marked as an outline (never a fill) in the /regulation map's colours.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cannabisModelInYear } from '../../../src/lib/data/cannabisModelInYear.ts';
import { CANNABIS_FILL } from '../../../src/lib/map/cannabisModelFill.ts';
import { cannabisInYear, cannabisMarking, markedCategories } from '../../../src/lib/map/cannabisMapLayer.ts';
import { hasShape } from '../../../src/lib/data/shape.ts';
import { mapCannabisShape } from '../../../src/lib/map/mapPayloadShapes.ts';
import { mapCannabis } from '../../../src/lib/server/mapView.ts';
import { policies, regulationModels } from '../../../src/lib/server/data.ts';

const payload = mapCannabis();
const at = (iso3: string, year: number) => cannabisInYear(payload, year).get(iso3);
const mark = (iso3: string, year: number) => cannabisMarking(at(iso3, year));

describe('cannabis model of a place in the map’s year', () => {
	it('Uruguay: nothing in 2012; law adopted 2013 (dashed, ink); clubs 2014; state pharmacy from 2017', () => {
		expect(at('URY', 2012)?.category).toBe('none');
		expect(mark('URY', 2012)).toBeNull();
		expect(mark('URY', 2013)).toEqual({ category: 'adopted', outline: 'dashed', color: null });
		expect(mark('URY', 2014)).toEqual({
			category: 'social_clubs',
			outline: 'solid',
			color: CANNABIS_FILL.social_clubs
		});
		expect(at('URY', 2018)).toMatchObject({ category: 'state_pharmacy', since: 2017 });
		expect(mark('URY', 2018)?.color).toBe(CANNABIS_FILL.state_pharmacy);
	});

	it('Canada: not marked in 2017, licensed retail from 2018', () => {
		expect(at('CAN', 2017)?.category).toBe('none');
		expect(mark('CAN', 2017)).toBeNull();
		expect(mark('CAN', 2018)).toEqual({
			category: 'licensed_retail',
			outline: 'solid',
			color: CANNABIS_FILL.licensed_retail
		});
	});

	it('Germany: not marked in 2023, social clubs (and home growing) from 2024', () => {
		expect(mark('DEU', 2023)).toBeNull();
		expect(at('DEU', 2024)).toMatchObject({
			category: 'social_clubs',
			channels: ['social_clubs', 'home_grow_private']
		});
		expect(mark('DEU', 2024)?.color).toBe(CANNABIS_FILL.social_clubs);
	});

	it('United States and Australia: dotted (sub-national); the US in the colour of what some states allow', () => {
		expect(mark('USA', 2019)).toEqual({
			category: 'licensed_retail',
			outline: 'dotted',
			color: CANNABIS_FILL.licensed_retail
		});
		expect(mark('USA', 2011)).toEqual({ category: 'none', outline: 'dotted', color: null });
		expect(mark('AUS', 2019)).toEqual({ category: 'none', outline: 'dotted', color: null });
		expect(mark('AUS', 2019)).not.toBeNull();
	});

	it('a place with no coded model is not in the layer and not marked', () => {
		const uncoded = policies().find((p) => !p.cannabis_model)!;
		expect(at(uncoded.iso3, 2019)).toBeUndefined();
		expect(cannabisMarking(undefined)).toBeNull();
		expect(at('NOR', 2019)?.category).toBe('none');
		expect(mark('NOR', 2019)).toBeNull();
	});

	it('gives the same model as /regulation’s rule on the full records, for every coded place and year', () => {
		for (let year = 1975; year <= 2026; year++) {
			const slim = cannabisInYear(payload, year);
			for (const p of policies().filter((q) => q.cannabis_model)) {
				const full = cannabisModelInYear(p.iso3, year, p, regulationModels());
				const got = slim.get(p.iso3)!;
				expect([p.iso3, year, got.category, got.since, got.subnational]).toEqual([
					p.iso3,
					year,
					full.category,
					full.since,
					full.subnational
				]);
			}
		}
	});

	it('lists for the legend only what is marked that year, in legend order', () => {
		expect(markedCategories(cannabisInYear(payload, 2011).values())).toEqual({
			categories: ['tolerated_retail', 'social_clubs'],
			subnational: true
		});
		const in2019 = markedCategories(cannabisInYear(payload, 2019).values());
		expect(in2019.categories.slice(0, 3)).toEqual(['state_pharmacy', 'licensed_retail', 'tolerated_retail']);
		expect(in2019.categories).not.toContain('adopted');
		expect(markedCategories([]).categories).toEqual([]);
	});
});

describe('the cannabis payload (/map/cannabis.json)', () => {
	it('has its shape, codes and years only: no free text, no refs, small', () => {
		expect(hasShape(mapCannabisShape, payload)).toBe(true);
		expect(Object.keys(payload.places[0]!).sort()).toEqual(['cannabis_model', 'cannabis_model_year', 'iso3']);
		expect(Object.keys(payload.models[0]!).sort()).toEqual(['iso3', 'model', 'since']);
		expect(payload.models.every((m) => m.iso3 && /^\d{4}$/.test(m.since))).toBe(true);
		expect(JSON.stringify(payload)).not.toMatch(/who_sells|purchase|ref/);
		expect(gzipSync(JSON.stringify(payload)).length).toBeLessThan(1200);
	});

	it('refuses a file without the shape', () => {
		expect(hasShape(mapCannabisShape, {})).toBe(false);
		expect(hasShape(mapCannabisShape, { places: [{ iso3: 'URY' }], models: [] })).toBe(false);
	});
});
