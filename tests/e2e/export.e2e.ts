/**
 * Figure export as a reader does it, under the site's Content-Security-Policy: open the chart's share menu by
 * keyboard, pick a size, download the SVG (it must parse and say the title, the source and the view's URL) and the
 * PNG (twice the preset's size, read from its IHDR). EXPORT_SHOTS=/tmp/… keeps the files to look at.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openShareMenu as openMenu, startSite, type Site } from './harness';

let site: Site;
beforeAll(async () => (site = await startSite()));
afterAll(async () => site?.close());

const SHOTS = process.env.EXPORT_SHOTS;

/** Press a menu button with the keyboard and return the downloaded file (name and bytes). */
async function download(page: Page, panel: ReturnType<Page['locator']>, action: string, keep?: string) {
	const button = panel.locator(`[data-action="${action}"]`);
	await button.focus();
	const [d] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
	const path = (await d.path())!;
	if (SHOTS && keep) {
		mkdirSync(SHOTS, { recursive: true });
		copyFileSync(path, `${SHOTS}/${keep}`);
	}
	return { name: d.suggestedFilename(), bytes: readFileSync(path) };
}

/** Width and height of a PNG from its IHDR chunk. */
function pngSize(b: Buffer): [number, number] {
	expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
	expect(b.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

/** What an SVG file says: parsed in the page (the browser's own XML parser). */
async function readSvg(page: Page, svg: string) {
	return page.evaluate((svg) => {
		const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
		return {
			parseError: doc.querySelector('parsererror')?.textContent ?? null,
			title: doc.querySelector('svg > title')?.textContent ?? '',
			desc: doc.querySelector('svg > desc')?.textContent ?? '',
			texts: [...doc.querySelectorAll('svg > text')].map((t) => t.textContent ?? '').join(' '),
			chartChildren: doc.querySelector('svg > svg[data-role="chart"]')?.children.length ?? 0,
			lang: doc.documentElement.getAttribute('xml:lang'),
			width: doc.documentElement.getAttribute('width')
		};
	}, svg);
}

describe('figure export through the share menu', () => {
	it('/compare: SVG with title, source and the view’s URL; a slide PNG at 3840×2160', async () => {
		const o = await site.open('/compare?countries=PRT~NOR~CZE', { width: 1280 });
		await o.page.locator('svg[data-chart="line"] g.series').first().waitFor();
		const panel = await openMenu(o.page, 'compare-chart');
		await panel.locator('select').selectOption('slide');
		const svg = await download(o.page, panel, 'svg', 'compare-slide.svg');
		expect(svg.name).toBe('gbd2019-drug-disorder-death-rate-prt-nor-cze-slide.svg');
		const text = svg.bytes.toString('utf8');
		const e = await readSvg(o.page, text);
		expect(e.parseError).toBeNull();
		expect(e.title).toBe(await o.page.locator('#compare-chart-title').textContent());
		expect(e.title).toMatch(/Portugal, Norway, Czechia/);
		expect(e.desc.length).toBeGreaterThan(20);
		expect(e.texts).toMatch(
			/Source: Institute for Health Metrics and Evaluation \(IHME\).* — Global Burden of Disease/
		);
		expect(e.texts).toContain(`${site.base}/compare?countries=PRT~NOR~CZE`);
		expect(e.chartChildren).toBeGreaterThan(3);
		expect(text).toMatch(/data-key="PRT"[^>]*><path[^>]*stroke="#0072b2"/);
		expect(text).not.toMatch(/<!--|svelte-|var\(--|class="crosshair/);
		expect(text.match(/data-role="legend-key"/g)?.length).toBe(3);

		const png = await download(o.page, panel, 'png', 'compare-slide.png');
		expect(png.name).toBe('gbd2019-drug-disorder-death-rate-prt-nor-cze-slide.png');
		expect(pngSize(png.bytes)).toEqual([3840, 2160]);
		expect(png.bytes.length).toBeGreaterThan(50_000); // a drawn chart, not a blank canvas
		await expect.poll(() => panel.locator('[data-share-status]').textContent()).toBe(`Downloaded ${png.name}.`);
		expect(o.cspViolations).toEqual([]);
		expect(o.pageErrors).toEqual([]);
		await o.close();
	});

	it('/map: a square PNG at 2160×2160 and an SVG with its bins in the legend, light colours from the dark theme', async () => {
		const o = await site.open('/map', { width: 1280, colorScheme: 'dark' });
		const panel = await openMenu(o.page, 'map-figure');
		await panel.locator('select').selectOption('square');
		const png = await download(o.page, panel, 'png', 'map-square.png');
		expect(png.name).toMatch(/-world-year-\d{4}-square\.png$/);
		expect(pngSize(png.bytes)).toEqual([2160, 2160]);
		expect(png.bytes.length).toBeGreaterThan(50_000);
		const svg = await download(o.page, panel, 'svg', 'map-square.svg');
		const text = svg.bytes.toString('utf8');
		const e = await readSvg(o.page, text);
		expect(e.parseError).toBeNull();
		expect(e.title).toMatch(/World, \d{4}/);
		expect(e.texts).toMatch(/Source: Institute for Health Metrics and Evaluation/);
		expect(e.texts).toContain('No data');
		expect(e.texts).toContain(`${site.base}/map`);
		const legendBins = await o.page.locator('[data-legend] li[data-bin]').count();
		expect(text.match(/data-role="legend-key"/g)?.length).toBe(legendBins + 1);
		expect(text).toMatch(/data-iso3="PRT"[^>]*>?(<path[^>]*)?stroke="#ffffff" stroke-width="0.6"/);
		expect(text).not.toContain('#8a94a2');
		expect(text).not.toContain('var(--');
		expect(o.cspViolations).toEqual([]);
		expect(o.pageErrors).toEqual([]);
		await o.close();
	});

	it('/map with a policy layer: the exported legend explains the outlines the map draws (possession; cannabis models)', async () => {
		const o = await site.open('/map?region=europe&year=2015&layer=policy', { width: 1280 });
		let panel = await openMenu(o.page, 'map-figure');
		const png = await download(o.page, panel, 'png', 'map-policy.png');
		expect(pngSize(png.bytes)[0]).toBeGreaterThan(1000);
		let text = (await download(o.page, panel, 'svg', 'map-policy.svg')).bytes.toString('utf8');
		let e = await readSvg(o.page, text);
		expect(e.parseError).toBeNull();
		expect(text.match(/data-outline=""/g)?.length).toBe(4);
		expect(e.texts).toContain('Possession for personal use not a criminal offence in this year');
		expect(e.texts).toContain('Varies by state or province');
		expect(e.texts).toContain('No outline: criminal, before a dated reform, or unknown');
		expect(e.texts).not.toContain('tooltip');
		// Portugal is outlined on the exported map itself, as on the page.
		expect(text).toMatch(/data-policy="PRT"/);
		await o.close();
		const c = await site.open('/map?year=2019&layer=cannabis', { width: 1280 });
		panel = await openMenu(c.page, 'map-figure');
		text = (await download(c.page, panel, 'svg', 'map-cannabis.svg')).bytes.toString('utf8');
		e = await readSvg(c.page, text);
		expect(e.parseError).toBeNull();
		const shown = await c.page.locator('[data-cannabis-legend] li[data-category]').count();
		expect(shown).toBeGreaterThan(1);
		expect(text.match(/data-outline=""/g)?.length).toBe(shown);
		expect(e.texts).toContain('Licensed retail');
		expect(c.pageErrors).toEqual([]);
		await c.close();
	});

	it('the country page exports its headline chart, with that chart’s title and source', async () => {
		const o = await site.open('/country/PRT', { width: 1280 });
		const panel = await openMenu(o.page, null);
		const svg = await download(o.page, panel, 'svg');
		const e = await readSvg(o.page, svg.bytes.toString('utf8'));
		expect(e.parseError).toBeNull();
		const first = (await o.page.locator('li.headline h3').first().textContent())!.trim();
		expect(e.title).toContain(' in Portugal');
		expect(first.startsWith(e.title.replace(/ in Portugal$/, ''))).toBe(true);
		expect(e.texts).toMatch(/Sources?: European Monitoring Centre for Drugs/);
		expect(e.texts).toContain(`${site.base}/country/PRT`);
		expect(e.chartChildren).toBeGreaterThan(1);
		expect(o.pageErrors).toEqual([]);
		await o.close();
	});
});

describe('figure export on a Norwegian page', () => {
	it('/nb/map: a Norwegian image (xml:lang, «Kilde:», «Lisens:», decimal commas in the legend) named in Norwegian', async () => {
		const o = await site.open('/nb/map?region=europe', { width: 1280 });
		await expect.poll(() => o.page.locator('#map-table tbody tr').count()).toBeGreaterThan(10);
		const panel = await openMenu(o.page, 'map-figure');
		expect(await panel.locator('select option').allTextContents()).toEqual([
			'Standard',
			'Lysbilde 16:9 (1920×1080)',
			'Kvadrat (1080×1080)'
		]);
		await panel.locator('select').selectOption('slide');
		const svg = await download(o.page, panel, 'svg', 'map-nb-slide.svg');
		expect(svg.name).toMatch(/-lysbilde\.svg$/);
		const e = await readSvg(o.page, svg.bytes.toString('utf8'));
		expect(e.parseError).toBeNull();
		expect(e.lang).toBe('nb');
		expect(e.texts).toMatch(/Kilder?: Institute for Health Metrics and Evaluation/);
		expect(e.texts).toMatch(/Lisens: /);
		expect(e.texts).not.toMatch(/\b(Source|Licence):/);
		expect(e.texts).toContain(`${site.base}/nb/map?`);
		const legend = [...svg.bytes.toString('utf8').matchAll(/data-role="legend-label">([^<]*)</g)].map((m) => m[1]!);
		expect(legend.filter((l) => /\d,\d/.test(l)).length).toBeGreaterThan(2);
		expect(legend.filter((l) => /\d\.\d/.test(l))).toEqual([]);
		await expect.poll(() => panel.locator('[data-share-status]').textContent()).toBe(`Lastet ned ${svg.name}.`);
		expect(o.cspViolations).toEqual([]);
		expect(o.pageErrors).toEqual([]);
		await o.close();
	});
});
