import { describe, expect, it } from 'vitest';
import { divergingBins, PERCENT_CHANGE_FLOOR, sequentialBins } from '../../../src/lib/charts/colorBins.ts';
import { SERIES_LIGHT } from '../../../src/lib/charts/palette.ts';
import type { FigureMeta } from '../../../src/lib/export/figureMeta.ts';
import {
	figureLayout,
	figureSvg,
	licenceText,
	PRESETS,
	xmlEscape,
	type FigurePreset
} from '../../../src/lib/export/figureSvg.ts';
import { lineLegend } from '../../../src/lib/export/lineLegend.ts';
import { binLabels, legendFormat, mapLegend, policyLegendItems } from '../../../src/lib/export/mapLegend.ts';
import { CANNABIS_FILL } from '../../../src/lib/map/cannabisModelFill.ts';
import { MAP_LIGHT, INK_LIGHT } from '../../../src/lib/charts/palette.ts';
import { textWidth, wrapText } from '../../../src/lib/export/textWidth.ts';

const meta: FigureMeta = {
	title: 'Drug use disorder deaths (GBD 2019): Portugal, Norway, Czechia',
	subtitle: 'Deaths from drug use disorders, age-standardised rate. Unit: deaths per 100,000 people.',
	sources: [
		{
			publisher: 'Institute for Health Metrics and Evaluation (IHME)',
			title: 'Global Burden of Disease Study 2019',
			year: '2020',
			licence: 'IHME free-of-charge non-commercial user agreement'
		}
	],
	url: 'https://example.org/compare?countries=PRT~NOR~CZE',
	alt: 'In 2019 Norway had the highest rate (3.99 per 100,000) and Portugal the lowest (0.38).',
	legend: {
		kind: 'lines',
		items: [
			{ label: 'Portugal', color: '#0072b2' },
			{ label: 'Norway', color: '#d55e00' }
		]
	}
};
const chart = { markup: '<path d="M0,0L10,10" stroke="#0072b2"/>', width: 720, height: 360 };
const texts = (svg: string, role: string) =>
	[...svg.matchAll(new RegExp(`<text[^>]*data-role="${role}"[^>]*>([^<]*)</text>`, 'g'))].map((m) => unescape(m[1]!));
const unescape = (s: string) =>
	s
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');

describe('figureSvg', () => {
	it('is a standalone SVG document with title, subtitle, source line, licence, URL, alt text and the chart', () => {
		const svg = figureSvg(meta, chart, 'standard');
		expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(
			true
		);
		expect(svg).toContain(`<title id="fig-title">${meta.title}</title>`);
		expect(svg).toContain(`<desc id="fig-desc">${meta.alt}</desc>`);
		expect(texts(svg, 'title').join(' ')).toBe(meta.title);
		expect(texts(svg, 'subtitle').join(' ')).toBe(meta.subtitle);
		expect(texts(svg, 'source').join(' ')).toBe(
			'Source: Institute for Health Metrics and Evaluation (IHME) — Global Burden of Disease Study 2019 (2020)'
		);
		expect(texts(svg, 'licence').join(' ')).toBe('Licence: IHME free-of-charge non-commercial user agreement');
		expect(texts(svg, 'url').join('')).toBe('https://example.org/compare?countries=PRT~NOR~CZE · Drug Policy Explorer');
		expect(svg).toMatch(
			/<svg x="[\d.]+" y="[\d.]+" width="[\d.]+" height="[\d.]+" viewBox="0 0 720 360" preserveAspectRatio="xMidYMid meet"[^>]*><path d="M0,0L10,10" stroke="#0072b2"\/><\/svg>/
		);
		expect(svg).toMatch(/font-family="system-ui, -apple-system, &apos;Segoe UI&apos;/);
		expect(svg).not.toContain('var(');
	});
	it('escapes <, &, " and \' in every text it writes', () => {
		expect(xmlEscape(`a<b & "c" 'd'>`)).toBe('a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;');
		const hostile: FigureMeta = {
			...meta,
			title: 'Deaths <script>&"x"',
			alt: 'A & B < C',
			sources: [{ publisher: 'P&Q', title: '<T>', year: 2020 }],
			url: 'https://e.org/?a=1&b="2"',
			legend: { kind: 'lines', items: [{ label: 'Côte <d’Ivoire>', color: '#000000' }] }
		};
		const svg = figureSvg(hostile, chart, 'standard');
		expect(svg).not.toContain('<script>');
		expect(svg).toContain('Deaths &lt;script&gt;&amp;&quot;x&quot;');
		expect(svg).toContain('<desc id="fig-desc">A &amp; B &lt; C</desc>');
		expect(svg).toContain('P&amp;Q — &lt;T&gt; (2020)');
		expect(svg).toContain('a=1&amp;b=&quot;2&quot;');
		expect(svg).toContain('Côte &lt;d’Ivoire&gt;');
		// Every & in the document starts an entity (well-formed XML).
		expect(svg.match(/&(?!amp;|lt;|gt;|quot;|apos;)/g)).toBeNull();
	});
	it('has the preset sizes: standard 1200×800, slide 1920×1080, square 1080×1080', () => {
		const sizes = (['standard', 'slide', 'square'] as FigurePreset[]).map((p) =>
			/<svg xmlns="[^"]+" width="(\d+)" height="(\d+)" viewBox="0 0 (\d+) (\d+)"/
				.exec(figureSvg(meta, chart, p))!
				.slice(1)
				.map(Number)
		);
		expect(sizes).toEqual([
			[1200, 800, 1200, 800],
			[1920, 1080, 1920, 1080],
			[1080, 1080, 1080, 1080]
		]);
		expect(PRESETS.slide.title).toBeGreaterThan(PRESETS.standard.title * 1.5);
	});
	it('wraps long titles, sources and URLs so every line stays inside the width, and keeps everything on the image', () => {
		const long: FigureMeta = {
			...meta,
			title:
				'Drug use disorder deaths (GBD 2019) since 1990 in Portugal, Czechia, Norway, Sweden, Estonia, the United States, Switzerland, the Netherlands and Scotland, aligned on each country’s decriminalisation',
			subtitle:
				'Deaths from drug use disorders (opioids, cocaine, amphetamines, cannabis, other drugs), both sexes, age-standardised. Unit: deaths per 100,000 people.',
			sources: [
				meta.sources[0]!,
				{
					publisher: 'European Union Drugs Agency (EUDA)',
					title: 'European Drug Report 2024: drug-induced deaths',
					year: 2024,
					licence: 'CC BY 4.0'
				}
			],
			url: 'https://example.org/compare?countries=PRT~CZE~NOR~SWE~EST~USA~CHE~NLD~GBR-SCT&indicator=gbd2019_drug_deaths_rate&align=decriminalisation&focus=PRT',
			legend: {
				kind: 'lines',
				items: [
					'Portugal',
					'Czechia',
					'Norway',
					'Sweden',
					'Estonia',
					'United States',
					'Switzerland',
					'Netherlands',
					'Scotland'
				].map((label, i) => ({ label, color: SERIES_LIGHT[i % 8]! }))
			}
		};
		for (const preset of ['standard', 'slide', 'square'] as FigurePreset[]) {
			const L = figureLayout(long, preset);
			const right = L.width - L.pad + 0.5;
			expect(L.lines.filter((l) => l.role === 'title').length, preset).toBeGreaterThan(1);
			expect(
				L.lines
					.filter((l) => l.role === 'title')
					.map((l) => l.text)
					.join(' '),
				preset
			).toBe(long.title);
			for (const l of L.lines) {
				expect(l.x + textWidth(l.text, l.size, l.bold), `${preset} ${l.role}: ${l.text}`).toBeLessThanOrEqual(right);
				expect(l.y, `${preset} ${l.role} below the bottom`).toBeLessThanOrEqual(L.height - L.pad + 0.5);
				expect(l.y - l.size, `${preset} ${l.role} above the top`).toBeGreaterThanOrEqual(L.pad - 0.5);
			}
			for (const it of L.legend)
				expect(it.labelX + textWidth(it.label, it.size), `${preset} legend ${it.label}`).toBeLessThanOrEqual(right);
			expect(
				L.lines
					.filter((l) => l.role === 'url')
					.map((l) => l.text)
					.join(''),
				preset
			).toBe(`${long.url} · Drug Policy Explorer`);
			// The chart keeps a real share of the image, between the header and the legend.
			expect(L.chart.height, preset).toBeGreaterThan(L.height * 0.3);
			const headerBottom = Math.max(
				...L.lines.filter((l) => l.role === 'title' || l.role === 'subtitle').map((l) => l.y)
			);
			const legendTop = Math.min(
				...L.legend.map((i) => i.y),
				...L.lines.filter((l) => l.role === 'source').map((l) => l.y - l.size)
			);
			expect(L.chart.y, preset).toBeGreaterThan(headerBottom);
			expect(L.chart.y + L.chart.height, preset).toBeLessThan(legendTop);
		}
	});
	it('wrapText cuts a word longer than a line, and never loses a character', () => {
		const w = 'x'.repeat(200);
		const lines = wrapText(`short ${w} end`, 300, 20);
		expect(lines.join('').replace(/ /g, '')).toBe(`short${w}end`);
		expect(lines.length).toBeGreaterThan(2);
		for (const l of lines) expect(textWidth(l, 20)).toBeLessThanOrEqual(300);
	});
	it('names each licence once, or says nothing when no licence is known', () => {
		expect(
			licenceText({
				...meta,
				sources: [
					{ publisher: 'A', title: 'a', licence: 'CC BY 4.0' },
					{ publisher: 'B', title: 'b', licence: 'CC BY 4.0' }
				]
			})
		).toBe('Licence: CC BY 4.0');
		expect(licenceText({ ...meta, sources: [{ publisher: 'A', title: 'a' }] })).toBe('');
		expect(licenceText({ ...meta, licence: 'Open Government Licence' })).toBe('Open Government Licence');
	});
});

describe('legends of exported figures', () => {
	it('map: one key per bin, labelled with the bins’ bounds, then “No data”', () => {
		const bins = sequentialBins([0.1, 0.3, 0.6, 1.5, 3, 8, 15, 20, 0.05]);
		const legend = mapLegend(bins, legendFormat(bins, false, 2), { title: 'deaths per 100,000' });
		expect(legend.items.map((i) => i.color)).toEqual([...bins.colors, 'nodata']);
		expect(legend.items.length).toBe(bins.thresholds.length + 2);
		const labels = legend.items.map((i) => i.label);
		expect(labels[0]).toBe(`< ${bins.thresholds[0]!.toFixed(2)}`);
		expect(labels[1]).toBe(`${bins.thresholds[0]!.toFixed(2)} to < ${bins.thresholds[1]!.toFixed(2)}`);
		expect(labels[bins.colors.length - 1]).toBe(`≥ ${bins.thresholds.at(-1)!.toFixed(2)}`);
		expect(labels.at(-1)).toBe('No data');
		const svg = figureSvg({ ...meta, legend }, chart, 'square');
		expect(texts(svg, 'legend-label')).toEqual(labels);
		expect(texts(svg, 'legend-title')).toEqual(['deaths per 100,000']);
		expect([...svg.matchAll(/<rect[^>]*fill="([^"]+)"[^>]*data-role="legend-key"/g)].map((m) => m[1])).toEqual([
			...bins.colors,
			'url(#fig-nodata)'
		]);
	});
	it('map in change mode: the first bin starts at −100 %, and “no dated reform” where it applies', () => {
		const bins = divergingBins([-80, -40, -10, 5, 30, 90, 200], PERCENT_CHANGE_FLOOR);
		const labels = binLabels(bins, legendFormat(bins, true, 1));
		expect(labels[0]).toMatch(/^−100% to < −/);
		expect(mapLegend(bins, legendFormat(bins, true, 1), { notApplicable: true }).items.at(-1)!.label).toMatch(
			/^No dated reform/
		);
	});
	it('map with the policy layer: after the bins, an outline key per possession outline, dashed as on the map', () => {
		const bins = sequentialBins([0.1, 0.3, 0.6, 1.5, 3, 8]);
		const outlines = policyLegendItems('policy', null);
		const legend = mapLegend(bins, legendFormat(bins, false, 2), { outlines });
		expect(legend.items.slice(-5, -1).map((i) => i.label)).toEqual([
			expect.stringMatching(/^Possession for personal use not a criminal offence/),
			expect.stringMatching(/start year is not recorded/),
			expect.stringMatching(/contested/i),
			expect.stringMatching(/varies/i)
		]);
		const svg = figureSvg({ ...meta, legend }, chart, 'standard');
		const keys = [...svg.matchAll(/<rect([^>]*)data-outline=""\/>/g)].map((m) => m[1]!);
		expect(keys).toHaveLength(4);
		for (const k of keys) {
			expect(k).toContain('fill="none"');
			expect(k).toContain(`stroke="${MAP_LIGHT.policy}"`);
		}
		// Solid, then the map's dash patterns scaled to the key's line width.
		expect(keys[0]).not.toContain('stroke-dasharray');
		const dashes = keys.slice(1).map((k) => k.match(/stroke-dasharray="([^"]+)"/)![1]!.split(' ').length);
		expect(dashes).toEqual([2, 4, 2]);
		expect(texts(svg, 'legend-label').slice(-5)).toEqual(outlines.map((o) => o.label));
		// Then what no outline means, as words with no key.
		expect(legend.items.at(-1)).toMatchObject({ label: expect.stringMatching(/^No outline: criminal/), note: true });
		expect(policyLegendItems('none', null)).toEqual([]);
	});
	it('map with the cannabis layer: the year’s models in their colours, a law before sales dashed and state variation dotted in ink', () => {
		const keys = policyLegendItems('cannabis', { categories: ['licensed_retail', 'adopted'], subnational: true });
		expect(keys).toEqual([
			{ label: expect.stringMatching(/licensed/i), color: CANNABIS_FILL.licensed_retail, outline: {} },
			{ label: expect.any(String), color: INK_LIGHT.fg, outline: { dash: '5 3' } },
			{ label: expect.stringMatching(/^Dotted: varies by state/), color: INK_LIGHT.fg, outline: { dash: '1.5 2.5' } },
			{ label: expect.stringMatching(/^No outline: no regulated supply/), color: '', note: true }
		]);
		expect(policyLegendItems('cannabis', null)).toEqual([]);
		expect(policyLegendItems('policy', null, 'nb')[0]!.label).not.toBe(policyLegendItems('policy', null)[0]!.label);
	});
	it('lines: a key per line drawn, in the line’s colour (its own colour index when it has one)', () => {
		const pt = { year: 2000, value: 1, flag: '' as const, source_id: 's', note: '' };
		const legend = lineLegend([
			{ key: 'PRT', label: 'Portugal', points: [pt] },
			{ key: 'NOR', label: 'Norway', points: [] },
			{ key: 'CZE', label: 'Czechia', points: [pt], colour: 2 }
		]);
		expect(legend.items).toEqual([
			{ label: 'Portugal', color: SERIES_LIGHT[0] },
			{ label: 'Czechia', color: SERIES_LIGHT[2] }
		]);
	});
});

describe('a figure exported from a Norwegian page', () => {
	const nbMeta: FigureMeta = {
		...meta,
		title: 'Narkotikautløste dødsfall: Portugal, Norge, Tsjekkia',
		subtitle: 'Enhet: dødsfall per 100 000 innbyggere.',
		sources: [
			{ publisher: 'EMCDDA', title: 'Drug-induced deaths', year: 2024, licence: 'CC BY 4.0' },
			{ publisher: 'FHI', title: 'Dødsårsaksregisteret', year: 2025, licence: 'NLOD 2.0' }
		],
		url: 'https://example.org/nb/compare?countries=PRT~NOR~CZE',
		alt: 'Linjediagram: I 2019 hadde Norge den høyeste raten.'
	};

	it('says its language, and the source, licence and credit lines are Norwegian', () => {
		const svg = figureSvg(nbMeta, chart, 'standard', 'nb');
		expect(svg).toMatch(/^<\?xml[^>]*>\n<svg [^>]*xml:lang="nb"/);
		expect(texts(svg, 'source').join(' ')).toBe(
			'Kilder: EMCDDA — Drug-induced deaths (2024); FHI — Dødsårsaksregisteret (2025)'
		);
		expect(texts(svg, 'licence').join(' ')).toBe('Lisens: CC BY 4.0; NLOD 2.0');
		expect(texts(svg, 'url').join(' ')).toBe(
			'https://example.org/nb/compare?countries=PRT~NOR~CZE · Drug Policy Explorer'
		);
		expect(figureSvg(nbMeta, chart, 'standard', 'en')).toMatch(/xml:lang="en"/);
		expect(
			texts(figureSvg({ ...nbMeta, sources: nbMeta.sources.slice(0, 1) }, chart, 'slide', 'nb'), 'source')
		).toEqual(['Kilde: EMCDDA — Drug-induced deaths (2024)']);
	});

	it('a map legend: Norwegian bounds («0,5 til < 1»), decimal comma, «No data» in the map’s words', () => {
		const bins = sequentialBins([0.1, 0.3, 0.6, 1.5, 3, 8, 15, 20, 0.05]);
		const labels = binLabels(bins, legendFormat(bins, false, 2, 'nb'), 'nb');
		const t = bins.thresholds.map((v) => v.toFixed(2).replace('.', ','));
		expect(labels[0]).toBe(`< ${t[0]}`);
		expect(labels[1]).toBe(`${t[0]} til < ${t[1]}`);
		expect(labels.at(-1)).toBe(`≥ ${t.at(-1)}`);
		const legend = mapLegend(bins, legendFormat(bins, false, 2, 'nb'), { lang: 'nb' });
		expect(legend.items.slice(0, -1).map((i) => i.label)).toEqual(labels);
	});
});
