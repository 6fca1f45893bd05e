/**
 * A data file with the wrong shape — a 200 with `{}`, `null`, truncated JSON or an HTML page — is treated like a 404:
 * the same clear "could not load" message, and the view stays consistent (picker, URL, heading, map or chart and table
 * all show the same indicator; nothing stays busy). Requests are answered with page.route().
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type Site } from './harness';
import { indicatorPayloadShape } from '../../src/lib/data/indicatorPayloadShape';
import { readPayload } from '../../src/lib/data/payload';
import { countryEmbedShape } from '../../src/lib/embed/countryEmbed';
import { mapDataShape } from '../../src/lib/map/mapPayloadShapes';

let site: Site;
beforeAll(async () => (site = await startSite()));
afterAll(async () => site?.close());

const DEATHS = 'gbd2019_drug_disorder_death_rate';
const DEATHS_LABEL = 'Drug use disorder deaths (GBD 2019)';
const OPIOID = 'gbd2017_opioid_death_rate';
const OPIOID_LABEL = 'Opioid use disorder deaths (GBD 2017)';
const full = readFileSync(`build/map/data/${OPIOID}.json`, 'utf8');

const BAD: [string, { status: number; body: string; contentType: string }][] = [
	['a 404', { status: 404, body: '<!doctype html><html><body>Not found</body></html>', contentType: 'text/html' }],
	['{}', { status: 200, body: '{}', contentType: 'application/json' }],
	['null', { status: 200, body: 'null', contentType: 'application/json' }],
	[
		'truncated JSON',
		{ status: 200, body: full.slice(0, Math.floor(full.length / 2)), contentType: 'application/json' }
	],
	[
		'an HTML page',
		{
			status: 200,
			body: '<!doctype html><html><head><title>Welcome</title></head><body>Hello</body></html>',
			contentType: 'text/html'
		}
	]
];

/** Console errors other than the browser's own line for a 404 we asked for. */
const unexpected = (errors: string[]) => errors.filter((e) => !/status of 404/.test(e));

async function answer(page: Page, pattern: string, r: (typeof BAD)[number][1]) {
	await page.route(pattern, (route) => route.fulfill(r));
}

/** Everything on the map page that names an indicator, read at once. */
async function mapView(page: Page) {
	return {
		picker: await page.locator('.picker .cur').getAttribute('data-indicator'),
		indicatorInUrl: new URL(page.url()).searchParams.get('indicator'),
		heading: (await page.locator('h1').textContent())?.trim(),
		caption: (await page.locator('#map-caption').textContent())?.trim(),
		table: (await page.locator('#map-table caption').textContent())?.trim(),
		busy: await page.locator('figure.map-figure').getAttribute('aria-busy')
	};
}

describe('map: a data file that cannot be used', () => {
	for (const [what, r] of BAD) {
		it(`${what}: says it could not load, and picker, URL, heading, map and table stay on the indicator shown`, async () => {
			const o = await site.open('/map');
			await answer(o.page, `**/map/data/${OPIOID}.json`, r);
			const usa = await o.page.locator('a[data-iso3="USA"] path').getAttribute('fill');
			await o.page.locator('.picker summary').click();
			await o.page.locator(`[data-pick="${OPIOID}"]`).click();
			const status = o.page.locator('p.status[data-failure]');
			await expect
				.poll(() => status.innerText())
				.toContain(
					`Could not load the data for “${OPIOID_LABEL}”: the file is missing or damaged. Still showing “${DEATHS_LABEL}”. Try again, or reload the page.`
				);
			await o.page.waitForTimeout(300); // past the URL and table debounce
			const v = await mapView(o.page);
			expect(v).toEqual({
				picker: DEATHS,
				indicatorInUrl: null,
				heading: `${DEATHS_LABEL}, World, 2019`,
				caption: expect.stringContaining('Deaths from drug use disorders (GBD 2019)'),
				table: expect.stringContaining(DEATHS_LABEL),
				busy: 'false'
			});
			expect(await o.page.locator('a[data-iso3="USA"] path').getAttribute('fill')).toBe(usa);
			expect(await o.page.locator('svg[data-chart="map"] [data-shapes] path').count()).toBeGreaterThan(150);
			expect(o.pageErrors).toEqual([]);
			expect(unexpected(o.consoleErrors)).toEqual([]);
			await o.close();
		});
	}

	it('a 404 and a {} give the same message', async () => {
		const texts: string[] = [];
		for (const r of [BAD[0]![1], BAD[1]![1]]) {
			const o = await site.open('/map');
			await answer(o.page, `**/map/data/${OPIOID}.json`, r);
			await o.page.locator('.picker summary').click();
			await o.page.locator(`[data-pick="${OPIOID}"]`).click();
			await expect.poll(() => o.page.locator('p.status[data-failure]').count()).toBe(1);
			texts.push((await o.page.locator('p.status').innerText())!.replace(/\(.*\)/, '').trim());
			await o.close();
		}
		expect(texts[0]).toBe(texts[1]);
		expect(texts[0]).toMatch(/^Could not load/);
	});

	it('trying again after a failure loads the indicator when the file is fine', async () => {
		const o = await site.open('/map');
		await answer(o.page, `**/map/data/${OPIOID}.json`, BAD[1]![1]);
		await o.page.locator('.picker summary').click();
		await o.page.locator(`[data-pick="${OPIOID}"]`).click();
		await expect.poll(() => o.page.locator('p.status[data-failure]').count()).toBe(1);
		await o.page.unroute(`**/map/data/${OPIOID}.json`);
		await o.page.locator('.picker summary').click();
		await o.page.locator(`[data-pick="${OPIOID}"]`).click();
		await expect.poll(() => o.page.locator('h1').textContent()).toContain(OPIOID_LABEL);
		expect(await o.page.locator('p.status[data-failure]').count()).toBe(0);
		await expect.poll(() => new URL(o.page.url()).searchParams.get('indicator')).toBe(OPIOID);
		expect(o.pageErrors).toEqual([]);
		await o.close();
	});

	it('a link to an indicator whose file is broken opens the default view with the message (no crash, no busy map)', async () => {
		const o = await site.open(`/map?indicator=${OPIOID}&year=2010`, {
			before: (p) => answer(p, `**/map/data/${OPIOID}.json`, BAD[1]![1])
		});
		await expect
			.poll(() => o.page.locator('p.status[data-failure]').innerText())
			.toContain(`Could not load the data for “${OPIOID_LABEL}”`);
		await o.page.waitForTimeout(300);
		expect(await mapView(o.page)).toMatchObject({
			picker: DEATHS,
			indicatorInUrl: null,
			heading: `${DEATHS_LABEL}, World, 2019`,
			busy: 'false'
		});
		expect(o.pageErrors).toEqual([]);
		expect(o.consoleErrors).toEqual([]);
		await o.close();
	});

	it('a broken region geometry keeps the World map and says the Europe map could not load', async () => {
		const o = await site.open('/map');
		await answer(o.page, '**/map/geo/europe.json', BAD[1]![1]);
		await o.page.locator('label', { hasText: 'Europe' }).click();
		await expect
			.poll(() => o.page.locator('p.status[data-failure]').innerText())
			.toContain('Could not load the Europe map: the file is missing or damaged. Still showing the World map.');
		expect(await o.page.locator('svg[data-chart="map"]').getAttribute('data-region')).toBe('world');
		await o.page.waitForTimeout(300);
		expect(new URL(o.page.url()).searchParams.get('region')).toBeNull();
		expect(await o.page.locator('input[name="map-region"]:checked').getAttribute('value')).toBe('world');
		expect(o.pageErrors).toEqual([]);
		await o.close();
	});
});

describe('compare: a data file that cannot be used', () => {
	for (const [what, r] of BAD) {
		it(`${what}: says it could not load, and the picker, URL, title and table stay on the indicator shown`, async () => {
			const o = await site.open('/compare');
			await answer(o.page, `**/compare/data/${OPIOID}.json`, r);
			await o.page.locator('details.picker summary').click();
			await o.page.locator(`[data-pick="${OPIOID}"]`).click();
			const alert = o.page.locator('p.error[data-failure]');
			await expect
				.poll(() => alert.innerText(), { timeout: 5000 })
				.toContain(
					`Could not load the data for “${OPIOID_LABEL}”: the file is missing or damaged. Still showing “${DEATHS_LABEL}”. Try again, or reload the page.`
				);
			await o.page.waitForTimeout(200);
			expect(await o.page.locator('details.picker [data-indicator]').getAttribute('data-indicator')).toBe(DEATHS);
			expect(new URL(o.page.url()).searchParams.get('indicator')).toBeNull();
			expect(await o.page.locator('.figure h2.title').textContent()).toContain(DEATHS_LABEL);
			expect(await o.page.locator('div.figure').getAttribute('aria-busy')).toBe('false');
			expect(await o.page.locator('svg[data-chart="line"] g.series').count()).toBe(5);
			expect(await o.page.getByText('Loading the data…').count()).toBe(0);
			expect(o.pageErrors).toEqual([]);
			expect(unexpected(o.consoleErrors)).toEqual([]);
			await o.close();
		});
	}

	it('adding a place when the full file is broken keeps the places shown and says so', async () => {
		const o = await site.open('/compare');
		await answer(o.page, `**/compare/data/${DEATHS}.json`, BAD[1]![1]);
		await o.page.locator('#place-add').fill('Spain');
		await o.page.locator('#place-add').press('Enter');
		await expect
			.poll(() => o.page.locator('p.error[data-failure]').innerText())
			.toContain(`Could not load the data for “${DEATHS_LABEL}” for these places`);
		expect(await o.page.locator('svg[data-chart="line"] g.series').count()).toBe(5);
		expect(await o.page.locator('g.series[data-key="ESP"]').count()).toBe(0);
		expect(new URL(o.page.url()).searchParams.get('countries')).toBeNull();
		expect(await o.page.locator('div.figure').getAttribute('aria-busy')).toBe('false');
		expect(o.pageErrors).toEqual([]);
		await o.close();
	});

	it('a link to an indicator whose file is {} does not wait forever: the default comparison, with the message', async () => {
		const o = await site.open(`/compare?indicator=${OPIOID}&countries=PRT~ESP`, {
			before: (p) => answer(p, `**/compare/data/${OPIOID}.json`, BAD[1]![1])
		});
		await expect.poll(() => o.page.locator('p.error[data-failure]').count()).toBe(1);
		expect(await o.page.locator('details.picker [data-indicator]').getAttribute('data-indicator')).toBe(DEATHS);
		expect(await o.page.locator('div.figure').getAttribute('aria-busy')).toBe('false');
		expect(await o.page.locator('svg[data-chart="line"] g.series').count()).toBe(5);
		expect(o.pageErrors).toEqual([]);
		await o.close();
	});
});

describe('the Norwegian data files', () => {
	const built = (path: string) => readFileSync(`build${path}`, 'utf8');
	it('have the shape and the numbers of the English ones, with the words in bokmål', () => {
		const map = readPayload(built(`/map/data/nb/${OPIOID}.json`), mapDataShape(OPIOID));
		const mapEn = readPayload(full, mapDataShape(OPIOID));
		if (!map.ok || !mapEn.ok) throw new Error('unreadable map data file');
		expect(map.data.places).toEqual(mapEn.data.places);
		expect(map.data.bins).toEqual(mapEn.data.bins);
		expect(map.data.about.caveat).toMatch(/^Modellerte estimater fra GBD 2017/);
		const cmp = readPayload(built(`/compare/data/nb/${OPIOID}.json`), indicatorPayloadShape(OPIOID));
		const cmpEn = readPayload(built(`/compare/data/${OPIOID}.json`), indicatorPayloadShape(OPIOID));
		if (!cmp.ok || !cmpEn.ok) throw new Error('unreadable compare data file');
		expect(cmp.data.data).toEqual(cmpEn.data.data);
		expect(cmp.data.indicator.short_label).toBe('Dødsfall, opioidbrukslidelser (GBD 2017)');
		expect(cmp.data.sources[0]).toMatchObject({ source_id: 'ihme-gbd2017', inEnglish: ['title'] });
		const version = JSON.parse(built('/data-version.json')).id as string;
		const embed = readPayload(built(`/embed/v/${version}/nb/country/CZE.json`), countryEmbedShape('CZE', version));
		if (!embed.ok) throw new Error(`unreadable embed file: ${embed.reason}`);
		expect(embed.data.place.name).toBe('Tsjekkia');
	});

	it('a Norwegian page shows the data words of its page data in bokmål', async () => {
		const o = await site.open('/nb/compare');
		const text = await o.page.locator('main').innerText();
		expect(text).toContain('Tsjekkia');
		expect(text).toContain('Dødsfall, narkotikabrukslidelser (GBD 2019)');
		expect(text).not.toContain(DEATHS_LABEL);
	});
});
