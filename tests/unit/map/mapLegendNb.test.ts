/**
 * The map legend's bin labels on a Norwegian page: the same bins as in English, the bounds written with a decimal
 * comma, a no-break space between thousands and a space before % (as MapLegend.svelte composes them).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { divergingBins, sequentialBins, PERCENT_CHANGE_FLOOR } from '../../../src/lib/charts/colorBins.ts';
import { binLabels, legendFormat } from '../../../src/lib/export/mapLegend.ts';
import { setActiveLang } from '../../../src/lib/strings/lang.ts';
import { mapText } from '../../../src/lib/strings/map.ts';

const NBSP = '\u00a0';
const range = (n: number, f: (i: number) => number) => Array.from({ length: n }, (_, i) => f(i));
const labels = (bins: ReturnType<typeof sequentialBins>, change: boolean, decimals: number) =>
	binLabels(bins, legendFormat(bins, change, decimals));

afterEach(() => setActiveLang('en'));

describe('map legend labels in Norwegian', () => {
	const rates = sequentialBins([...range(200, (i) => 0.12 + i * 0.004), 3, 8, 12, 20]);

	it('writes the bounds of round steps with a decimal comma', () => {
		expect(rates.thresholds).toEqual([0.2, 0.5, 1, 2, 5, 10]);
		const en = labels(rates, false, 1);
		setActiveLang('nb');
		const nb = labels(rates, false, 1);
		expect(en[0]).toBe('< 0.2');
		expect(nb[0]).toBe('< 0,2');
		expect(nb[1]).toMatch(/^0,2 .+ < 0,5$/);
		expect(nb[3]).toMatch(/^1,0 .+ < 2,0$/);
		expect(nb[6]).toBe('≥ 10,0');
		expect(nb).toHaveLength(en.length);
	});

	it('writes large bounds with a no-break space between thousands', () => {
		const counts = sequentialBins([...range(50, (i) => 100 + i * 20), 1500, 2500, 9000], 4, 'nice');
		setActiveLang('nb');
		const nb = labels(counts, false, 0);
		expect(nb.join(' | ')).toContain(`2${NBSP}000`);
		expect(nb.some((l) => /\d,\d{3}/.test(l))).toBe(false);
	});

	it('writes % changes with the sign and a space before %', () => {
		const bins = divergingBins([-80, -40, -10, 0, 5, 20, 60, 150], PERCENT_CHANGE_FLOOR);
		setActiveLang('nb');
		const nb = labels(bins, true, 1);
		expect(nb[nb.length - 1]).toMatch(new RegExp(`^≥ \\+\\d+${NBSP}%$`));
		expect(nb.every((l) => !/\d%/.test(l))).toBe(true);
		expect(nb[0]).toMatch(new RegExp(`^−100${NBSP}%`));
	});

	it('says how the bins were made in Norwegian', () => {
		expect(mapText.nb.binsSteps(2000, 2021)).toBe(
			'Fargeklasser i runde trinn (1, 2, 5, 10 …) fordi verdiene spenner vidt; laget av alle verdiene 2000–2021, de samme klassene i alle år.'
		);
		expect(mapText.nb.binsQuantile(6, 2000, 2021)).toMatch(/6 klasser\.$/);
	});
});

describe('map legend labels in the language asked for', () => {
	it('are Norwegian with lang "nb" whatever the document language (the exported figure, MapFigure)', () => {
		const bins = divergingBins([-80, -40, -10, 0, 5, 20, 60, 150], PERCENT_CHANGE_FLOOR);
		setActiveLang('en');
		const nb = binLabels(bins, legendFormat(bins, true, 1, 'nb'), 'nb');
		const en = binLabels(bins, legendFormat(bins, true, 1, 'en'), 'en');
		expect(nb[0]).toBe(`−100${NBSP}% til < −50${NBSP}%`);
		expect(en[0]).toBe('−100% to < −50%');
	});
});
