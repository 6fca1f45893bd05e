/**
 * /regulation in the browser: the prerendered view (cards, map, timeline, HAT table, caveats), the year in the URL
 * (applied after hydration, written back when the slider rests, malformed → default), the Norwegian page with its
 * data words in bokmål and English free text marked, 375 px without sideways scrolling, axe, and the country block.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANNABIS_FILL } from '../../src/lib/map/cannabisModelFill.ts';
import { NOT_APPLICABLE_FILL } from '../../src/lib/map/mapCells.ts';
import { axeViolations, rawHtml, startSite, type Site } from './harness';

let site: Site;
beforeAll(async () => (site = await startSite()));
afterAll(async () => site?.close());

const fillOf = (page: import('playwright-core').Page, iso3: string) =>
	page
		.locator(`svg[data-chart="map"] [data-iso3="${iso3}"]`)
		.first()
		.evaluate((el) => (el.localName === 'path' ? el : el.querySelector('path'))!.getAttribute('fill'));

describe('regulation', () => {
	it('prerenders every view with its table and sources', async () => {
		const html = await rawHtml(site.base, '/regulation');
		for (const t of [
			'state_pharmacy',
			'licensed_retail',
			'tolerated_retail',
			'social_clubs',
			'home_grow_private',
			'pilot_trial',
			'hat',
			'safer_supply'
		])
			expect(html, t).toContain(`data-model-type="${t}"`);
		expect(html).toMatch(/<svg[^>]*data-chart="map"[^>]*data-region="world"/);
		expect(html).toContain('data-table="cannabis-map"');
		expect(html).toContain('data-table="timeline"');
		expect(html).toContain('data-table="hat"');
		expect(html).toContain('href="/country/URY"');
		expect(html).toMatch(/href="\/compare\?countries=CHE&amp;indicator=/);
		expect(html).toContain('Outcome data cannot show that a model caused a change');
		// The default year is the latest: Uruguay in its pharmacy colour in the prerendered SVG.
		expect(html).toMatch(new RegExp(`data-iso3="URY"[^>]*>\\s*<path d="[^"]+" fill="${CANNABIS_FILL.state_pharmacy}"`));
	});

	it('applies ?year= after hydration and recolours: Uruguay clubs in 2014, Canada not yet', async () => {
		const o = await site.open('/regulation?year=2014');
		await expect.poll(() => o.page.locator('output[data-year]').textContent()).toBe('2014');
		expect(await fillOf(o.page, 'URY')).toBe(CANNABIS_FILL.social_clubs);
		expect(await fillOf(o.page, 'CAN')).toBe(NOT_APPLICABLE_FILL);
		expect(await o.page.locator('[data-summary]').textContent()).toContain('In 2014');
		expect(await o.page.locator('tr[data-iso3="URY"][data-category]').getAttribute('data-category')).toBe(
			'social_clubs'
		);
		expect(o.consoleErrors).toEqual([]);
		expect(o.pageErrors).toEqual([]);
		expect(o.external).toEqual([]);
		await o.close();
	});

	it('writes the slider year to the URL and leaves the default bare', async () => {
		const o = await site.open('/regulation');
		await expect
			.poll(() => o.page.evaluate(() => document.querySelector('output[data-year]')?.textContent))
			.toBeTruthy();
		const slider = o.page.locator('#map-year');
		const max = Number(await slider.getAttribute('max'));
		await slider.focus();
		await o.page.keyboard.press('Home');
		const min = Number(await slider.getAttribute('min'));
		await expect.poll(() => new URL(o.page.url()).search).toBe(`?year=${min}`);
		for (let i = 0; i < 2018 - min; i++) await o.page.keyboard.press('ArrowRight');
		await expect.poll(() => new URL(o.page.url()).search).toBe('?year=2018');
		expect(await fillOf(o.page, 'CAN')).toBe(CANNABIS_FILL.licensed_retail);
		await o.page.keyboard.press('End');
		await expect.poll(() => o.page.locator('output[data-year]').textContent()).toBe(String(max));
		await expect.poll(() => new URL(o.page.url()).search).toBe('');
		await o.close();
	});

	it('turns a malformed or out-of-range year into the default and rewrites the address', async () => {
		for (const bad of ['abc', '1800', '2014x']) {
			const o = await site.open(`/regulation?year=${bad}`);
			const max = await o.page.locator('#map-year').getAttribute('max');
			await expect.poll(() => o.page.locator('output[data-year]').textContent()).toBe(max);
			await expect.poll(() => new URL(o.page.url()).search, { message: bad }).toBe('');
			expect(o.pageErrors).toEqual([]);
			await o.close();
		}
	});

	it('is in bokmål at /nb/regulation: data words translated, English free text marked, links stay Norwegian', async () => {
		const o = await site.open('/nb/regulation?year=2014');
		const page = o.page;
		expect(await page.locator('html').getAttribute('lang')).toBe('nb');
		expect(await page.locator('h1').textContent()).toBe('Reguleringsmodeller');
		const ury = page.locator('[data-model-type="state_pharmacy"] [data-iso3="URY"]');
		expect(await ury.textContent()).toContain('Uruguay (hele landet)');
		expect(await ury.locator('[lang="en"]').first().textContent()).toContain('licensed pharmacies');
		expect(await ury.textContent()).toContain('på engelsk');
		expect(await page.locator('a[href="/nb/country/URY"]').count()).toBeGreaterThan(0);
		expect(await page.locator('a[href^="/nb/compare?"]').count()).toBeGreaterThan(0);
		await expect.poll(() => page.locator('output[data-year]').textContent()).toBe('2014');
		expect(await page.locator('[data-summary]').textContent()).toContain('I 2014');
		await o.close();
	});

	it('fits 375 px without sideways scrolling, in the dark theme too, and is axe clean', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const o = await site.open('/regulation', { width: 375, colorScheme });
			expect(await o.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
			expect(await axeViolations(o.page)).toEqual([]);
			await o.close();
		}
	}, 150_000);

	it('reaches the year slider and the country links by keyboard', async () => {
		const o = await site.open('/regulation');
		await o.page.locator('#map-year').focus();
		expect(await o.page.evaluate(() => document.activeElement?.id)).toBe('map-year');
		await o.page.locator('[data-table="timeline"] a[href="/country/NLD"]').focus();
		await o.page.keyboard.press('Enter');
		await o.page.waitForURL(/\/country\/NLD$/);
		expect(await o.page.locator('[data-country-regulation]').textContent()).toContain('Tolerated retail');
		await o.close();
	});

	it('lists a country’s models on its profile (and not on a profile without any)', async () => {
		const can = await rawHtml(site.base, '/country/CAN');
		expect(can).toContain('data-country-regulation');
		expect(can).toContain('href="/regulation"');
		expect((await rawHtml(site.base, '/country/SWE')).includes('data-country-regulation')).toBe(false);
		const nb = await rawHtml(site.base, '/nb/country/CAN');
		expect(nb).toContain('Reguleringsmodeller');
		expect(nb).toContain('href="/nb/regulation"');
	});
});
