/**
 * Server-rendered charts carry their colours and type sizes as attributes (hex, no CSS variables), so the `<svg>`
 * on its own — an export — looks like the page in the light theme; each coloured mark keeps a hook for the dark theme.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import LineChart from '../../../src/lib/components/LineChart.svelte';
import ChoroplethMap from '../../../src/lib/components/map/ChoroplethMap.svelte';
import { INK_LIGHT, MAP_LIGHT, SERIES_LIGHT } from '../../../src/lib/charts/palette.ts';
import { NO_DATA_FILL, NOT_APPLICABLE_FILL } from '../../../src/lib/map/mapCells.ts';
import type { Series } from '../../../src/lib/charts/series.ts';
import type { MapGeometry } from '../../../src/lib/map/projectRegion.ts';

const ser = (key: string, from: number, values: number[], colour?: number): Series => ({
	key,
	label: key,
	points: values.map((value, i) => ({ year: from + i, value, flag: '', source_id: 's', note: '' })),
	...(colour === undefined ? {} : { colour })
});

/** The chart's `<svg>…</svg>` out of the rendered HTML. */
function svgOf(html: string, chart: string): string {
	const start = html.indexOf('<svg');
	const at = html.indexOf(`data-chart="${chart}"`, start);
	const open = html.lastIndexOf('<svg', at);
	const end = html.indexOf('</svg>', at);
	expect(open, `svg[data-chart=${chart}]`).toBeGreaterThanOrEqual(0);
	return html.slice(open, end + 6);
}
/** Attribute value of every element matching a tag whose attributes contain `marker`. */
function attrsOf(svg: string, tag: string, marker: RegExp, attr: string): string[] {
	const out: string[] = [];
	for (const m of svg.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))) {
		if (!marker.test(m[0])) continue;
		const v = new RegExp(`\\s${attr}="([^"]*)"`).exec(m[0]);
		out.push(v ? v[1]! : '(none)');
	}
	return out;
}

describe('LineChart (server render)', () => {
	const series = [ser('PRT', 2000, [1, 2, 3, 4]), ser('NOR', 2000, [4, 3, 2, 1]), ser('CZE', 2000, [2, 2, 2, 2], 5)];
	const { body } = render(LineChart, {
		props: {
			series,
			events: [{ key: 'NOR', x: 2001, label: 'Reform', title: 'Reform', date: '2001', source: 's' }],
			trends: [
				{
					key: 'PRT',
					label: 'trend',
					points: [
						{ year: 2000, value: 1 },
						{ year: 2003, value: 3 }
					]
				}
			],
			label: 'Test chart',
			unit: 'per 100,000',
			decimals: 1
		}
	});
	const svg = svgOf(body, 'line');

	it('draws every line with its palette colour as a hex stroke attribute and a data-series hook', () => {
		const groups = [...svg.matchAll(/<g class="series[^"]*"[^>]*data-series="(\d)"[^>]*data-key="(\w+)"/g)].map((m) => [
			m[2],
			Number(m[1])
		]);
		expect(groups).toEqual([
			['PRT', 0],
			['NOR', 1],
			['CZE', 5]
		]);
		const lineStrokes = attrsOf(svg, 'path', /stroke-width="2.25"/, 'stroke');
		expect(lineStrokes).toEqual([SERIES_LIGHT[0], SERIES_LIGHT[1], SERIES_LIGHT[5]]);
	});
	it('colours markers, trend lines and end labels as attributes too', () => {
		expect(attrsOf(svg, 'circle', /r="5.5"/, 'stroke')).toEqual([SERIES_LIGHT[1]]);
		expect(attrsOf(svg, 'circle', /r="5.5"/, 'fill')).toEqual([INK_LIGHT.bg]);
		expect(attrsOf(svg, 'path', /data-trend-key="PRT"/, 'stroke')).toEqual([SERIES_LIGHT[0]]);
		expect(attrsOf(svg, 'path', /data-trend-key="PRT"/, 'stroke-dasharray')).toEqual(['6 4']);
		expect(attrsOf(svg, 'text', /class="end-label[ "]/, 'fill')).toEqual([
			SERIES_LIGHT[0],
			SERIES_LIGHT[1],
			SERIES_LIGHT[5]
		]);
	});
	it('gives every text a font size and a fill, and uses no CSS variable or style attribute in the SVG', () => {
		const texts = [...svg.matchAll(/<text\b[^>]*>/g)].map((m) => m[0]);
		expect(texts.length).toBeGreaterThan(5);
		for (const t of texts) {
			expect(t, t).toMatch(/\sfont-size="\d+"/);
			expect(t, t).toMatch(/\sfill="#[0-9a-f]{6}"/);
		}
		expect(svg).not.toContain('var(');
		expect(svg).not.toMatch(/\sstyle="/);
		expect(svg).toMatch(/<svg[^>]*font-family="system-ui/);
	});
});

describe('ChoroplethMap (server render)', () => {
	const geometry: MapGeometry = {
		region: 'europe',
		width: 200,
		height: 100,
		shapes: [
			{ iso3: 'PRT', d: 'M0,0h10v10z' },
			{ iso3: 'NOR', d: 'M20,0h10v10z' },
			{ iso3: 'EST', d: 'M40,0h10v10z' }
		],
		dots: [{ iso3: 'MLT', cx: 60, cy: 50 }],
		dotRadius: 3,
		outline: 'M0,0H200V100H0z',
		context: 'M100,0h10v10z',
		places: ['PRT', 'NOR', 'EST', 'MLT']
	} as MapGeometry;
	const fills = new Map([
		['PRT', '#2c7fb8'],
		['NOR', NOT_APPLICABLE_FILL],
		['EST', NO_DATA_FILL],
		['MLT', '#ffffcc']
	]);
	const { body } = render(ChoroplethMap, {
		props: {
			geometry,
			dots: geometry.dots,
			fills,
			outlines: new Map([['PRT', 'dashed' as const]]),
			label: 'Map',
			describedBy: 'x',
			nameOf: (s: string) => s,
			hrefOf: (s: string) => `/country/${s}`,
			tooltip: (() => {}) as never
		}
	});
	const svg = svgOf(body, 'map');
	/** A place's own shape (not its policy outline, which has the same path data). */
	const shape = (d: string) =>
		new RegExp(`^(?=.*d="${d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}")(?!.*data-policy)(?!.*class="(halo|line))`);

	it('fills each place from its cell as an attribute: bin colours and the "does not apply" grey in hex, with a hook', () => {
		expect(attrsOf(svg, 'path', shape('M0,0h10v10z'), 'fill')).toEqual(['#2c7fb8']);
		expect(attrsOf(svg, 'path', shape('M20,0h10v10z'), 'fill')[0]).toBe(MAP_LIGHT.na);
		expect(NOT_APPLICABLE_FILL).toMatch(/^#[0-9a-f]{6}$/);
		expect(attrsOf(svg, 'path', shape('M20,0h10v10z'), 'data-fill')[0]).toBe('na');
		expect(attrsOf(svg, 'path', shape('M40,0h10v10z'), 'fill')[0]).toBe('url(#map-nodata)');
		expect(attrsOf(svg, 'circle', /cx="60"/, 'fill')[0]).toBe('#ffffcc');
	});
	it('draws the sea, borders, hatch and policy outline with hex attributes and no CSS variable', () => {
		expect(attrsOf(svg, 'path', /class="ocean[ "]/, 'fill')).toEqual([MAP_LIGHT.ocean]);
		expect(attrsOf(svg, 'path', shape('M0,0h10v10z'), 'stroke')[0]).toBe(MAP_LIGHT.border);
		expect(attrsOf(svg, 'rect', /class="hatch-bg[ "]/, 'fill')).toEqual([MAP_LIGHT.nodataBg]);
		expect(attrsOf(svg, 'path', /data-policy="PRT"/, 'stroke')).toEqual([MAP_LIGHT.policy]);
		expect(attrsOf(svg, 'path', /data-policy="PRT"/, 'stroke-dasharray')).toEqual(['5 3']);
		expect(svg).not.toContain('var(');
	});
});
