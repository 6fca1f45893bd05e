import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { coverageByYear, defaultYear } from '../../../src/lib/map/defaultYear';
import { parseObservations } from '../../../src/lib/data/parse';

const rows = (spec: Record<number, number>) =>
	Object.entries(spec).flatMap(([y, n]) => Array.from({ length: n }, (_, i) => ({ year: Number(y), iso3: `C${i}` })));

describe('the year the map opens on', () => {
	it('is the latest year when coverage holds up', () => {
		expect(defaultYear(coverageByYear(rows({ 2017: 200, 2018: 200, 2019: 199 })))?.year).toBe(2019);
	});
	it('skips thin latest years: the latest with at least half the best year’s places', () => {
		const cov = coverageByYear(rows({ 2012: 57, 2013: 50, 2014: 63, 2015: 47, 2016: 27, 2021: 24 }));
		expect(defaultYear(cov)).toEqual({ year: 2015, places: 47 });
	});
	it('counts places, not rows, and says null for no data', () => {
		expect(
			coverageByYear([
				{ year: 2000, iso3: 'PRT' },
				{ year: 2000, iso3: 'PRT' }
			])
		).toEqual([{ year: 2000, places: 1 }]);
		expect(defaultYear([])).toBeNull();
	});
	it('on the real data: the UNODC share held for drug offences does not open on its thin latest year', () => {
		const text = readFileSync('data/observations/unodc_prisoners_drug_offences_share.csv', 'utf8');
		const cov = coverageByYear(parseObservations(text, 'x').rows);
		const latest = cov[cov.length - 1]!;
		const chosen = defaultYear(cov)!;
		expect(chosen.year).toBeLessThan(latest.year);
		expect(chosen.places).toBeGreaterThanOrEqual(0.5 * Math.max(...cov.map((c) => c.places)));
		expect(
			cov.filter((c) => c.year > chosen.year).every((c) => c.places < 0.5 * Math.max(...cov.map((x) => x.places)))
		).toBe(true);
	});
});
