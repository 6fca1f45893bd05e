import { describe, expect, it } from 'vitest';
import { boundsProblem, COUNT_MAX, unitBounds, unitShort } from '../../../src/lib/data/units.ts';

describe('unitBounds', () => {
	// The unit texts of data/indicators.csv (and a few spellings importers might use).
	it.each([
		['deaths per 100,000 people, age-standardised', 'rate', 100_000],
		['drug law offences per 100,000 population (all ages)', 'rate', 100_000],
		['persons held per 100,000 population', 'rate', 100_000],
		['deaths per million population aged 15–64', 'rate', 1_000_000],
		['newly reported HIV cases attributed to injecting drug use per million total population', 'rate', 1_000_000],
		['per 1,000 births', 'rate', 1_000],
		['per 100 000 inhabitants', 'rate', 100_000],
		['per 100k', 'rate', 100_000],
		['% of population, age-standardised', 'share', 100],
		['% of persons held', 'share', 100],
		['percent of tests', 'share', 100],
		['deaths aged 15–64 (count)', 'count', COUNT_MAX],
		['drug law offences (count; offences or offenders depending on the country)', 'count', COUNT_MAX],
		['persons held', 'count', COUNT_MAX],
		['deaths', 'count', COUNT_MAX]
	])('%s → %s up to %d', (unit, kind, max) => {
		expect(unitBounds(unit)).toMatchObject({ kind, min: 0, max, integer: kind === 'count' });
	});

	it.each(['cases per capita', 'per 0 people', 'clients per year', 'per personnel'])('cannot bound %j', (unit) => expect(unitBounds(unit)).toBeNull());

	it('reads "per person" as a ratio of counts: above 1 allowed, decimals allowed, never negative', () => {
		const r = unitBounds('needles and syringes distributed per person who injects drugs (in a year)');
		expect(r).toEqual({ kind: 'ratio', min: 0, max: COUNT_MAX, integer: false, why: 'a ratio per person' });
		expect(boundsProblem(624.881, r!)).toBeNull();
		expect(boundsProblem(-1, r!)).toBe('is outside 0–10,000,000,000, impossible for a ratio per person');
		expect(unitBounds('visits per people served')?.kind).toBe('ratio');
		// A number after "per" still makes it a rate (per 100,000 people is at most 100,000), not a ratio.
		expect(unitBounds('deaths per 100,000 people')).toMatchObject({ kind: 'rate', max: 100_000 });
		// A share stays a share even when it is "of people".
		expect(unitBounds('% of people who inject drugs')).toMatchObject({ kind: 'share', max: 100 });
	});
});

describe('boundsProblem', () => {
	const share = unitBounds('%')!;
	const rate = unitBounds('per 100,000')!;
	const count = unitBounds('deaths')!;
	it('holds inclusive bounds', () => {
		expect([0, 100, 55.5].map((v) => boundsProblem(v, share))).toEqual([null, null, null]);
		expect(boundsProblem(100_000, rate)).toBeNull();
		expect(boundsProblem(COUNT_MAX, count)).toBeNull();
	});
	it('refuses what the unit makes impossible', () => {
		expect(boundsProblem(250, share)).toBe('is outside 0–100, impossible for a percentage');
		expect(boundsProblem(100_001, rate)).toBe('is outside 0–100,000, impossible for a rate per 100,000');
		expect(boundsProblem(1e30, count)).toBe('is outside 0–10,000,000,000, impossible for a count');
		expect(boundsProblem(12.5, count)).toBe('is not a whole number, but the unit is a count');
		expect(boundsProblem(Infinity, rate)).toBe('is not a finite number');
	});
});

describe('unitShort', () => {
	it('keeps the rate base or the percent sign, and a unit with neither whole', () => {
		expect(unitShort('deaths per 100,000 people, age-standardised')).toBe('per 100,000');
		expect(unitShort('deaths per million population aged 15–64')).toBe('deaths per million population aged 15–64');
		expect(unitShort('cases per 1 million people')).toBe('per 1 million');
		expect(unitShort('% of prisoners')).toBe('%');
		expect(unitShort('persons')).toBe('persons');
	});
	it('reads the Norwegian units of data/i18n/nb/indicators.csv (digits grouped by spaces)', () => {
		expect(unitShort('dødsfall per 100 000 innbyggere, aldersstandardisert')).toBe('per 100\u00a0000');
		expect(unitShort('pasienter i metadonbehandling per 1 000 innbyggere i alderen 15–64 år')).toBe('per 1\u00a0000');
		expect(unitShort('dødsfall per million innbyggere i alderen 15–64 år')).toBe('dødsfall per million innbyggere i alderen 15–64 år');
		expect(unitShort('% av de innsatte')).toBe('%');
		expect(unitShort('innsatte')).toBe('innsatte');
	});
});
