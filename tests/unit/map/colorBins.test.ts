import { describe, expect, it } from 'vitest';
import {
	binColor,
	binIndex,
	divergingBins,
	legendBins,
	PERCENT_CHANGE_FLOOR,
	niceCeil,
	roundSignificant,
	sequentialBins,
	sequentialColors,
	stepThresholds
} from '../../../src/lib/charts/colorBins.ts';

const range = (n: number, f: (i: number) => number) => Array.from({ length: n }, (_, i) => f(i));

describe('sequentialBins', () => {
	it('uses round 1–2–5 steps for skewed values spanning a wide range (like drug-death rates)', () => {
		const values = [...range(200, (i) => 0.12 + i * 0.004), 3, 8, 12, 20];
		const b = sequentialBins(values);
		expect(b.method).toBe('steps');
		expect(b.thresholds).toEqual([0.2, 0.5, 1, 2, 5, 10]);
		expect(b.colors).toHaveLength(7);
	});

	it('widens the steps to 1–3–10 when 1–2–5 would need more than six thresholds', () => {
		const b = sequentialBins([...range(200, (i) => 0.05 + i * 0.004), 3, 8, 12, 20]);
		expect(b.method).toBe('steps');
		expect(b.thresholds).toEqual([0.1, 0.3, 1, 3, 10]);
	});

	it('uses rounded quantiles for skewed values in a narrow range', () => {
		const values = [...range(90, (i) => 10 + i * 0.01), 14, 15, 16, 17, 18, 19, 20, 21, 22, 25];
		const b = sequentialBins(values);
		expect(b.method).toBe('quantile');
		for (const t of b.thresholds) expect(roundSignificant(t, 2)).toBe(t);
		expect([...b.thresholds].sort((x, y) => x - y)).toEqual(b.thresholds);
	});

	it('uses nice equal-width steps for evenly spread values', () => {
		const b = sequentialBins(range(101, (i) => i));
		expect(b.method).toBe('nice');
		expect(b.thresholds).toEqual([20, 40, 60, 80]);
	});

	it('gives every nice bin its own colour, even when d3 would make more ticks than asked (Scotland’s 9.1–27.9)', () => {
		const values = range(30, (i) => 9.1 + (i * (27.9 - 9.1)) / 29);
		const b = sequentialBins(values, 6, 'nice');
		expect(b.thresholds).toEqual([10, 15, 20, 25]);
		expect(b.colors).toHaveLength(b.thresholds.length + 1);
		expect(binColor(b, 27.9)).toBe(b.colors[4]);
		for (const [lo, hi] of [
			[70630, 107941],
			[0.1, 0.9],
			[5.9, 22.5],
			[1, 1000]
		] as const) {
			const x = sequentialBins(
				range(40, (i) => lo + (i * (hi - lo)) / 39),
				6,
				'nice'
			);
			expect([lo, x.colors.length]).toEqual([lo, x.thresholds.length + 1]);
		}
	});

	it('never makes a bin for nothing: ties collapse and an empty input gives one colour', () => {
		expect(sequentialBins([5, 5, 5]).thresholds).toEqual([]);
		expect(sequentialBins([]).colors).toHaveLength(1);
		expect(sequentialBins([NaN, Infinity, 1, 2]).extent).toEqual([1, 2]);
	});

	it('puts a value equal to a threshold in the upper bin', () => {
		const b = {
			method: 'nice' as const,
			thresholds: [1, 2],
			colors: ['a', 'b', 'c'],
			extent: [0, 3] as [number, number]
		};
		expect([0, 0.99, 1, 1.5, 2, 99].map((v) => binIndex(b, v))).toEqual([0, 0, 1, 1, 2, 2]);
		expect(binColor(b, 2)).toBe('c');
		expect(legendBins(b)).toEqual([
			{ color: 'a', from: null, to: 1 },
			{ color: 'b', from: 1, to: 2 },
			{ color: 'c', from: 2, to: null }
		]);
	});
});

describe('stepThresholds', () => {
	it('falls back to 1–3–10 and then powers of ten when 1–2–5 gives too many', () => {
		expect(stepThresholds(0.15, 12)).toEqual([0.2, 0.5, 1, 2, 5, 10]);
		expect(stepThresholds(0.01, 200)).toEqual([0.1, 1, 10, 100]);
		expect(stepThresholds(0, 10)).toEqual([]);
	});
});

describe('divergingBins', () => {
	it('is symmetric around zero with a neutral middle colour', () => {
		const b = divergingBins([-60, -30, -12, -5, 2, 8, 15, 40, 90]);
		expect(b.method).toBe('diverging');
		const t = b.thresholds;
		expect(t.length % 2).toBe(0);
		for (let i = 0; i < t.length / 2; i++) expect(t[i]).toBe(-t[t.length - 1 - i]!);
		expect(b.colors).toHaveLength(t.length + 1);
		expect(b.colors[(b.colors.length - 1) / 2]).toBe('#f7f7f7');
		expect(binColor(b, 0)).toBe('#f7f7f7');
	});

	it('colours rises orange and falls purple', () => {
		const b = divergingBins([-50, -20, 20, 50]);
		expect(binColor(b, 100)).toMatch(/#(e66101|b35806|f1a340)/);
		expect(binColor(b, -100)).toMatch(/#(5e3c99|542788|998ec3)/);
	});

	it('handles no changes at all', () => {
		expect(divergingBins([]).colors).toHaveLength(3);
	});

	it('with a floor of −100 %, the legend spans only possible values and keeps colour strengths', () => {
		// Large rises make the symmetric steps reach beyond −100 %.
		const values = [-80, -40, -10, 5, 30, 120, 250, 400, 900];
		const free = divergingBins(values);
		expect(free.thresholds[0]!).toBeLessThan(-100);
		const b = divergingBins(values, PERCENT_CHANGE_FLOOR);
		expect(b.thresholds.every((t) => t > -100)).toBe(true);
		expect(b.colors).toHaveLength(b.thresholds.length + 1);
		const rows = legendBins(b);
		expect(rows[0]!.from).toBe(-100);
		expect(rows.every((r) => r.from === null || r.from >= -100)).toBe(true);
		// Same colour for the same value with and without the floor.
		for (const v of [-80, -40, -10, 5, 30, 120, 900]) expect(binColor(b, v)).toBe(binColor(free, v));
	});

	it('a floor below every threshold changes nothing but the first bin’s lower bound', () => {
		const b = divergingBins([-50, -20, 20, 50], PERCENT_CHANGE_FLOOR);
		expect(b.thresholds).toEqual(divergingBins([-50, -20, 20, 50]).thresholds);
		expect(legendBins(b)[0]!.from).toBe(-100);
	});
});

describe('palette helpers', () => {
	it('gives ColorBrewer YlGnBu, light to dark, clamped to 2–7 classes', () => {
		expect(sequentialColors(1)).toHaveLength(2);
		expect(sequentialColors(9)).toHaveLength(7);
		expect(sequentialColors(6)[0]).toBe('#ffffcc');
	});
	it('rounds to significant digits and nice ceilings', () => {
		expect(roundSignificant(0.04873)).toBe(0.049);
		expect(roundSignificant(1234)).toBe(1200);
		expect([0.7, 1.1, 2.2, 3, 7, 10].map(niceCeil)).toEqual([1, 2, 2.5, 5, 10, 10]);
	});
});
