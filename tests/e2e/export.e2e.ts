/**
 * Figure export in a real browser, under the site's Content-Security-Policy: the browser entry (exportFigure) turns
 * /compare's chart and /map's map into an SVG document (it must parse, and say the title and the source) and a PNG
 * at twice the preset's size. The entry is bundled from src/lib/export on the fly (the share menu that will call it
 * is another part of the app) and evaluated in the page.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSite, type Site } from './harness';

let site: Site;
let bundle = '';
beforeAll(async () => {
	site = await startSite();
	const out = await build({
		configFile: false,
		logLevel: 'silent',
		build: { write: false, minify: false, lib: { entry: resolve('src/lib/export/exportFigure.ts'), formats: ['iife'], name: 'dpeExport', fileName: () => 'export.js' } }
	});
	const chunk = (Array.isArray(out) ? out[0]! : out) as { output: { code?: string }[] };
	bundle = chunk.output[0]!.code!;
}, 60_000);
afterAll(async () => site?.close());

/** Save what was exported, to look at (SHOTS=/tmp/… npm run test:e2e). */
const SHOTS = process.env.EXPORT_SHOTS;

interface Exported {
	svg: string;
	/** The PNG's first bytes (signature and IHDR), and all of it as base64 only when saving. */
	png: number[];
	pngBase64: string;
	pngBytes: number;
	parseError: string | null;
	svgTitle: string;
	svgDesc: string;
	texts: string[];
	chartChildren: number;
	pngType: string;
}

/** Export the figure `selector` as SVG and PNG with the meta its frame carries (as the share menu will). */
async function exportOn(page: Page, selector: string, preset: 'standard' | 'slide' | 'square'): Promise<Exported> {
	await page.evaluate(bundle);
	return page.evaluate(
		async ({ selector, preset, keep }) => {
			const el = document.querySelector(selector) as HTMLElement;
			const api = (globalThis as unknown as { dpeExport: { exportFigure: (...a: unknown[]) => Promise<Blob> } }).dpeExport;
			const meta = undefined; // ChartFrame's own (el.figure.meta())
			const svgBlob = await api.exportFigure(el, meta, preset, 'svg');
			const svg = await svgBlob.text();
			const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
			const pngBlob = await api.exportFigure(el, meta, preset, 'png');
			return {
				svg,
				png: [...new Uint8Array(await pngBlob.slice(0, 32).arrayBuffer())],
				pngBytes: pngBlob.size,
				pngBase64: keep ? await new Promise<string>((ok) => { const r = new FileReader(); r.onload = () => ok(String(r.result).split(',')[1] ?? ''); r.readAsDataURL(pngBlob); }) : '',
				parseError: doc.querySelector('parsererror')?.textContent ?? null,
				svgTitle: doc.querySelector('svg > title')?.textContent ?? '',
				svgDesc: doc.querySelector('svg > desc')?.textContent ?? '',
				texts: [...doc.querySelectorAll('svg > text')].map((t) => t.textContent ?? ''),
				chartChildren: doc.querySelector('svg > svg[data-role="chart"]')?.children.length ?? 0,
				pngType: pngBlob.type
			};
		},
		{ selector, preset, keep: !!SHOTS }
	);
}

/** Width and height of a PNG from its IHDR chunk. */
function pngSize(bytes: number[]): [number, number] {
	const b = Buffer.from(bytes);
	expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
	return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

function save(name: string, e: Exported) {
	if (!SHOTS) return;
	mkdirSync(SHOTS, { recursive: true });
	writeFileSync(`${SHOTS}/${name}.svg`, e.svg);
	writeFileSync(`${SHOTS}/${name}.png`, Buffer.from(e.pngBase64, 'base64'));
}

describe('figure export', () => {
	it('/compare: the chart as an SVG that parses, with title, source and URL, and a slide PNG at 3840×2160', async () => {
		const o = await site.open('/compare?countries=PRT~NOR~CZE', { width: 1280 });
		await o.page.locator('svg[data-chart="line"] g.series').first().waitFor();
		const e = await exportOn(o.page, '[data-figure="compare-chart"]', 'slide');
		save('compare-slide', e);
		expect(e.parseError).toBeNull();
		expect(e.svgTitle).toMatch(/Portugal, Norway, Czechia/);
		expect(e.svgDesc.length).toBeGreaterThan(20);
		const text = e.texts.join(' ');
		expect(text).toContain(e.svgTitle.slice(0, 20));
		expect(text).toMatch(/Source: Institute for Health Metrics and Evaluation \(IHME\).* — Global Burden of Disease/);
		expect(text).toContain('/compare?countries=PRT~NOR~CZE');
		// The chart's lines are in, with their colours as attributes; the crosshair and hit areas are not.
		expect(e.chartChildren).toBeGreaterThan(3);
		expect(e.svg).toMatch(/data-key="PRT"[^>]*><path[^>]*stroke="#0072b2"/);
		expect(e.svg).not.toMatch(/<!--|svelte-/);
		expect(text).toContain('Portugal Norway Czechia'.split(' ')[0]);
		expect(e.svg.match(/data-role="legend-key"/g)?.length).toBe(3);
		expect(e.svg).not.toContain('class="crosshair');
		expect(e.svg).not.toContain('var(--');
		expect(e.pngType).toBe('image/png');
		expect(pngSize(e.png)).toEqual([3840, 2160]);
		expect(e.pngBytes).toBeGreaterThan(50_000); // a drawn chart, not a blank canvas
		expect(o.cspViolations).toEqual([]);
		expect(o.pageErrors).toEqual([]);
		await o.close();
	});
	it('/map: the map as a square SVG with its bins in the legend and a PNG at 2160×2160, also from the dark theme', async () => {
		const o = await site.open('/map', { width: 1280, colorScheme: 'dark' });
		const e = await exportOn(o.page, '[data-figure="map-figure"]', 'square');
		save('map-square', e);
		expect(e.parseError).toBeNull();
		expect(e.svgTitle).toMatch(/World, \d{4}/);
		const text = e.texts.join(' ');
		expect(text).toMatch(/Source: Institute for Health Metrics and Evaluation/);
		expect(text).toContain('No data');
		const legendBins = await o.page.locator('[data-legend] li[data-bin]').count();
		expect(e.svg.match(/data-role="legend-key"/g)?.length).toBe(legendBins + 1);
		// Light-theme colours in the image whatever the page's theme: white borders (dark page: grey ones), and no
		// colour that needs the page's CSS.
		expect(e.svg).toMatch(/data-iso3="PRT"[^>]*>?(<path[^>]*)?stroke="#ffffff" stroke-width="0.6"/);
		expect(e.svg).not.toContain('#8a94a2');
		expect(e.svg).not.toContain('var(--');
		expect(pngSize(e.png)).toEqual([2160, 2160]);
		expect(e.pngBytes).toBeGreaterThan(50_000);
		expect(o.cspViolations).toEqual([]);
		await o.close();
	});
	it('says why when there is nothing to export (never a blank image)', async () => {
		const o = await site.open('/about', { width: 800 });
		await o.page.evaluate(bundle);
		const msg = await o.page.evaluate(async () => {
			const api = (globalThis as unknown as { dpeExport: { exportFigure: (...a: unknown[]) => Promise<Blob> } }).dpeExport;
			try {
				await api.exportFigure(document.body, { title: 't', sources: [], url: '', alt: '' }, 'standard', 'png');
				return 'no error';
			} catch (err) {
				return String(err);
			}
		});
		expect(msg).toMatch(/no chart to export/);
		await o.close();
	});
});
