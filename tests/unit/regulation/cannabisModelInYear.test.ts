/**
 * The map's cannabis-model colouring on the real data: a country changes colour in the year its model changes
 * (Uruguay 2013 law, 2014 clubs, 2017 pharmacies; Canada 2018; Germany 2024), not before and not after.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePolicies, parseRegulationModels } from '../../../src/lib/data/parse.ts';
import { cannabisModelInYear, modelChangeYears } from '../../../src/lib/data/cannabisModelInYear.ts';
import { CANNABIS_FILL, cannabisFill, cannabisLayer, cannabisOutline } from '../../../src/lib/map/cannabisModelFill.ts';
import { NO_DATA_FILL, NOT_APPLICABLE_FILL } from '../../../src/lib/map/mapCells.ts';

const policies = parsePolicies(readFileSync('data/policies.csv', 'utf8')).rows;
const models = parseRegulationModels(readFileSync('data/regulation_models.csv', 'utf8')).rows;
const at = (iso3: string, year: number) =>
	cannabisModelInYear(
		iso3,
		year,
		policies.find((p) => p.iso3 === iso3),
		models
	);
const fill = (iso3: string, year: number) => cannabisFill(at(iso3, year));

describe('cannabis model in a year', () => {
	it('Uruguay: law 2013, clubs and home growing 2014, pharmacies 2017', () => {
		expect(at('URY', 2012).category).toBe('none');
		expect(at('URY', 2013).category).toBe('adopted');
		expect(cannabisOutline(at('URY', 2013))).toBe('dashed');
		expect(at('URY', 2014).category).toBe('social_clubs');
		expect(at('URY', 2014).channels).toEqual(['social_clubs', 'home_grow_private']);
		expect(at('URY', 2016).category).toBe('social_clubs');
		expect(at('URY', 2017).category).toBe('state_pharmacy');
		expect(at('URY', 2017).since).toBe(2017);
		const colours = [2012, 2013, 2014, 2016, 2017].map((y) => fill('URY', y));
		expect(colours[0]).toBe(NOT_APPLICABLE_FILL);
		expect(colours[2]).not.toBe(colours[1]);
		expect(colours[3]).toBe(colours[2]);
		expect(colours[4]).not.toBe(colours[3]);
		expect(colours[4]).toBe(CANNABIS_FILL.state_pharmacy);
	});

	it('Canada: licensed retail from 2018', () => {
		expect(fill('CAN', 2017)).toBe(NOT_APPLICABLE_FILL);
		expect(fill('CAN', 2018)).toBe(CANNABIS_FILL.licensed_retail);
		expect(at('CAN', 2018).refs.length).toBeGreaterThan(0);
	});

	it('Germany: clubs and home growing from 2024', () => {
		expect(fill('DEU', 2023)).toBe(NOT_APPLICABLE_FILL);
		expect(fill('DEU', 2024)).toBe(CANNABIS_FILL.social_clubs);
		expect(at('DEU', 2024).channels).toEqual(['social_clubs', 'home_grow_private']);
	});

	it('marks sub-national regimes and keeps unknown unknown', () => {
		expect(at('USA', 2011).category).toBe('none');
		// The 2012 votes in Colorado and Washington, the first licensed stores in 2014 (corrected start year).
		expect(at('USA', 2012).category).toBe('adopted');
		expect(at('USA', 2013).since).toBe(2012);
		expect(at('USA', 2014).category).toBe('licensed_retail');
		expect(at('USA', 2014).since).toBe(2014);
		expect(cannabisOutline(at('USA', 2014))).toBe('dotted');
		expect(at('AUS', 2020).subnational).toBe(true);
		expect(cannabisLayer([at('AUS', 2020)]).outlines.get('AUS')).toBe('dotted');
		expect(at('XKX', 2020).category).toBe('unknown');
		expect(fill('XKX', 2020)).toBe(NO_DATA_FILL);
	});

	it('a later prescription-only rule ends earlier unregulated sale (Thailand)', () => {
		expect(at('THA', 2021).category).toBe('none');
		expect(at('THA', 2022).category).toBe('unregulated_sale');
		expect(at('THA', 2025).category).toBe('none');
	});

	it('policies.csv supply codes without a models row still count (South Africa home growing 2018)', () => {
		expect(at('ZAF', 2017).category).toBe('none');
		expect(at('ZAF', 2018).category).toBe('home_grow_private');
	});

	it('lists the years in which a colour can change', () => {
		const ys = modelChangeYears(policies, models);
		for (const y of [1976, 2013, 2014, 2017, 2018, 2024]) expect(ys).toContain(y);
	});
});
