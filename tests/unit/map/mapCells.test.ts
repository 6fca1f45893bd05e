import { describe, expect, it } from 'vitest';
import { summariseMap } from '../../../src/lib/charts/mapSummary.ts';
import { sequentialBins } from '../../../src/lib/charts/colorBins.ts';
import { cellFill, computeCells, NO_DATA_FILL, NOT_APPLICABLE_FILL } from '../../../src/lib/map/mapCells.ts';
import { packDataset, pointAt } from '../../../src/lib/map/dataset.ts';
import type { Observation } from '../../../src/lib/data/types.ts';

const o = (
	iso3: string,
	year: number,
	value: number,
	flag: Observation['flag'] = '',
	source_id = 'src'
): Observation => ({ iso3, year, value, flag, source_id, note: '' });
const rows = [
	o('PRT', 2000, 0.5),
	o('PRT', 2015, 0.3),
	o('NOR', 2000, 4),
	o('NOR', 2015, 5, 'provisional'),
	o('EST', 2010, 9, '', 'other'),
	o('ZRO', 2000, 0),
	o('ZRO', 2015, 1)
];
const ds = packDataset('x', 'src', rows);
const names: Record<string, string> = {
	PRT: 'Portugal',
	NOR: 'Norway',
	EST: 'Estonia',
	ZRO: 'Zeroland',
	NOD: 'Nodataland',
	AUT: 'Austria',
	GEO: 'Georgia',
	ISL: 'Iceland'
};
const places = ['PRT', 'NOR', 'EST', 'ZRO', 'NOD'];

describe('packDataset', () => {
	it('keeps every value, flag and source, and looks up exactly one year', () => {
		expect(ds.years).toEqual([2000, 2010, 2015]);
		expect(pointAt(ds, 'NOR', 2015)).toEqual({ year: 2015, value: 5, flag: 'provisional', source_id: 'src' });
		expect(pointAt(ds, 'EST', 2010)?.source_id).toBe('other');
		expect(pointAt(ds, 'EST', 2011)).toBeUndefined();
	});
});

describe('computeCells', () => {
	it('knows the break in series a value follows, or a change crosses', () => {
		const d = packDataset('x', 'src', [
			o('AUT', 2014, 10.9),
			o('AUT', 2020, 46, 'break'),
			o('AUT', 2021, 51.1),
			o('PRT', 2020, 1)
		]);
		const cell = (mode: 'year' | 'latest' | 'change', year: number, from = 2014) =>
			computeCells({ dataset: d, mode, year, from, places: ['AUT', 'PRT'] });
		expect(cell('year', 2014).get('AUT')!.breakYear).toBeNull();
		expect(cell('year', 2020).get('AUT')!.breakYear).toBe(2020);
		expect(cell('year', 2021).get('AUT')!.breakYear).toBe(2020);
		expect(cell('latest', 2025).get('AUT')!.breakYear).toBe(2020);
		expect(cell('change', 2021, 2014).get('AUT')!.breakYear).toBe(2020);
		expect(cell('change', 2021, 2020).get('AUT')!.breakYear).toBeNull();
		expect(cell('year', 2020).get('PRT')!.breakYear).toBeNull();
		expect(
			computeCells({ dataset: ds, mode: 'year', year: 2015, from: 2000, places }).get('NOR')!.breakYear
		).toBeNull();
	});

	it('year mode: the value of exactly that year, or “no data” (never 0, never a neighbouring year)', () => {
		const c = computeCells({ dataset: ds, mode: 'year', year: 2015, from: 2000, places });
		expect(c.get('PRT')).toMatchObject({ metric: 0.3, missing: null, older: false });
		expect(c.get('EST')).toMatchObject({ metric: null, missing: 'no-data' });
		expect(c.get('NOD')).toMatchObject({ metric: null, missing: 'no-data' });
	});

	it('latest mode: each place’s latest value up to the year, marked as older', () => {
		const c = computeCells({ dataset: ds, mode: 'latest', year: 2012, from: 2000, places });
		expect(c.get('EST')).toMatchObject({ metric: 9, older: true, point: { year: 2010 } });
		expect(c.get('PRT')).toMatchObject({ metric: 0.5, older: true, point: { year: 2000 } });
		expect(computeCells({ dataset: ds, mode: 'latest', year: 2009, from: 2000, places }).get('EST')?.missing).toBe(
			'no-data'
		);
	});

	it('change mode: % change between the two years; a zero base has no % change', () => {
		const c = computeCells({ dataset: ds, mode: 'change', year: 2015, from: 2000, places });
		expect(c.get('PRT')?.metric).toBeCloseTo(-40);
		expect(c.get('NOR')?.metric).toBeCloseTo(25);
		expect(c.get('ZRO')).toMatchObject({ metric: null, missing: 'zero-base', absolute: 1 });
		expect(c.get('EST')?.missing).toBe('no-both');
	});

	it('reform mode: from the year before each reform; places without one are “not applicable”, not “no data”', () => {
		const c = computeCells({
			dataset: ds,
			mode: 'reform',
			year: 2015,
			from: 2000,
			places,
			reformYears: new Map([
				['PRT', 2001],
				['EST', 2005]
			])
		});
		expect(c.get('PRT')?.metric).toBeCloseTo(-40);
		expect(c.get('NOR')?.missing).toBe('no-reform');
		const bins = sequentialBins([1, 2, 3]);
		expect(cellFill(c.get('NOR'), bins)).toBe(NOT_APPLICABLE_FILL);
		expect(cellFill(c.get('EST'), bins)).toBe(NO_DATA_FILL);
	});

	it('reform mode: a reform after the place’s last data year reads “reform after the data ends”, not “no data”', () => {
		const reformYears = new Map([
			['ZRO', 2016],
			['NOR', 2015],
			['NOD', 2010]
		]);
		const bins = sequentialBins([1, 2, 3]);
		for (const year of [2000, 2015]) {
			const c = computeCells({ dataset: ds, mode: 'reform', year, from: 2000, places, reformYears });
			expect(c.get('ZRO')?.missing).toBe('reform-after-data');
			expect(cellFill(c.get('ZRO'), bins)).toBe(NOT_APPLICABLE_FILL);
			// A place without any value stays a data gap.
			expect(c.get('NOD')?.missing).not.toBe('reform-after-data');
			expect(cellFill(c.get('NOD'), bins)).toBe(NO_DATA_FILL);
		}
		// Norway's data reach 2015, past its baseline (2014), so 2014's missing value is a real gap.
		expect(
			computeCells({ dataset: ds, mode: 'reform', year: 2015, from: 2000, places, reformYears }).get('NOR')?.missing
		).toBe('no-from');
	});
});

describe('summariseMap', () => {
	const base = {
		nameOf: (i: string) => names[i] ?? i,
		from: 2000,
		measure: 'drug deaths',
		unit: 'per 100,000',
		decimals: 1,
		where: 'on the world map'
	};
	it('names the highest and lowest and counts the places without a value', () => {
		const cells = computeCells({ dataset: ds, mode: 'year', year: 2015, from: 2000, places });
		expect(summariseMap({ ...base, cells: cells.values(), mode: 'year', year: 2015 })).toBe(
			// Norway's 2015 value is provisional: it cannot lead the sentence without saying so.
			'In 2015, Norway had the highest drug deaths (5.0 per 100,000, provisional) and Portugal the lowest (0.3 per 100,000); 3 of 5 places on the world map have data; 2 have no value.'
		);
	});
	it('names the largest rise and fall in change mode', () => {
		const cells = computeCells({ dataset: ds, mode: 'change', year: 2015, from: 2000, places });
		expect(summariseMap({ ...base, cells: cells.values(), mode: 'change', year: 2015 })).toMatch(
			/^Between 2000 and 2015, Norway had the largest rise in drug deaths \(\+25%, provisional\) and Portugal the largest fall \(−40%\)/
		);
	});
	it('never lets a value after a break in series lead without saying so (UNODC Austria 2020–21)', () => {
		const d = packDataset('share', 'src', [
			o('AUT', 2014, 10.9, 'derived'),
			o('AUT', 2020, 46, 'break'),
			o('AUT', 2021, 51.1, 'derived'),
			o('GEO', 2020, 30, 'derived'),
			o('GEO', 2021, 29, 'derived'),
			o('ISL', 2021, 8.2, 'derived')
		]);
		const share = { ...base, measure: 'prisoners held for drug offences', unit: '% of persons held' };
		const at = (year: number, mode: 'year' | 'latest' | 'change' = 'year', from = 2014) =>
			summariseMap({
				...share,
				cells: computeCells({ dataset: d, mode, year, from, places: ['AUT', 'GEO', 'ISL'] }).values(),
				mode,
				year,
				from
			});
		// 2021 is not flagged itself, but it is on the basis after the 2020 break.
		expect(at(2021)).toBe(
			'In 2021, Austria had the highest prisoners held for drug offences (51.1 % of persons held, after a break in series in 2020) and Iceland the lowest (8.2 % of persons held); 3 of 3 places on the world map have data.'
		);
		expect(at(2020)).toContain(
			'Austria had the highest prisoners held for drug offences (46.0 % of persons held, after a break in series in 2020) and Georgia the lowest (30.0 % of persons held)'
		);
		// A change across the break says so; one within the new basis (2020 → 2021) does not.
		expect(at(2021, 'change', 2014)).toContain(
			'Austria had the largest rise in prisoners held for drug offences (+369%, across a break in series in 2020)'
		);
		expect(at(2021, 'change', 2020)).toContain(
			'Austria had the largest rise in prisoners held for drug offences (+11%)'
		);
	});

	it('counts places with the right noun and verb', () => {
		const one = computeCells({ dataset: ds, mode: 'year', year: 2010, from: 2000, places: ['EST'] });
		expect(summariseMap({ ...base, cells: one.values(), mode: 'year', year: 2010 })).toBe(
			'In 2010, only Estonia has a value of drug deaths: 9.0 per 100,000. 1 of 1 place on the world map has data.'
		);
		const two = computeCells({ dataset: ds, mode: 'year', year: 2010, from: 2000, places: ['EST', 'PRT'] });
		expect(summariseMap({ ...base, cells: two.values(), mode: 'year', year: 2010 })).toMatch(
			/1 of 2 places on the world map has data; 1 has no value\.$/
		);
	});

	it('says so when nothing has a value', () => {
		const cells = computeCells({ dataset: ds, mode: 'year', year: 1995, from: 1990, places });
		expect(summariseMap({ ...base, cells: cells.values(), mode: 'year', year: 1995 })).toBe(
			'No place on the world map has a value of drug deaths for 1995.'
		);
	});
});
