/**
 * Static hosting: the trailing-slash form of a page (/map/, /country/PRT/), which many hosts answer with map.html or
 * PRT.html, loads the same scripts and styles as /map and hydrates with no console error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { rawHtml, startSite, type Site } from './harness';

let site: Site;
beforeAll(async () => (site = await startSite()));
afterAll(async () => site?.close());

/** A marker set on the window survives a client-side navigation only: proof the router hydrated and took the click. */
async function navigatesClientSide(page: Page, link: string, path: string): Promise<boolean> {
	await page.evaluate(() => ((window as unknown as { __stay: number }).__stay = 1));
	await page.locator(link).first().click();
	await expect.poll(() => new URL(page.url()).pathname).toBe(path);
	return page.evaluate(() => (window as unknown as { __stay?: number }).__stay === 1);
}

describe('trailing slashes', () => {
	it('the harness serves /map/ as map.html, as many static hosts do (not the 404 fallback)', async () => {
		const slash = await fetch(`${site.base}/map/`);
		expect(slash.status).toBe(200);
		expect(await slash.text()).toBe(await rawHtml(site.base, '/map'));
	});

	it('pages link their scripts and styles by absolute path, so any URL depth finds them', async () => {
		for (const path of ['/map', '/country/PRT', '/', '/no-such-page']) {
			const html = await rawHtml(site.base, path);
			const refs = [...html.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1]!).filter((u) => u.includes('_app/'));
			expect(refs.length).toBeGreaterThan(3);
			expect(refs.filter((u) => !u.startsWith('/_app/'))).toEqual([]);
			expect(html).not.toMatch(/import\("\.\/?_app|import\("\.\.\//);
		}
	});

	it('/map/ loads, hydrates (the slider and the URL work) and logs nothing', async () => {
		const o = await site.open('/map/');
		expect(o.requests.filter((r) => r.startsWith('/map/_app/'))).toEqual([]);
		await o.page.locator('#map-year').focus();
		await o.page.keyboard.press('Home');
		await expect.poll(() => o.page.locator('output[data-year]').textContent()).toBe('1990');
		await expect.poll(() => new URL(o.page.url()).searchParams.get('year')).toBe('1990');
		expect(await o.page.locator('svg[data-chart="map"] [data-shapes] path').count()).toBeGreaterThan(150);
		expect(await navigatesClientSide(o.page, 'header a[href="/compare"]', '/compare')).toBe(true);
		expect(o.consoleErrors).toEqual([]);
		expect(o.pageErrors).toEqual([]);
		expect(o.cspViolations).toEqual([]);
		await o.close();
	});

	it('/country/PRT/ loads, hydrates and logs nothing', async () => {
		const o = await site.open('/country/PRT/');
		expect(await o.page.locator('h1').textContent()).toBe('Portugal');
		expect(o.requests.filter((r) => r.startsWith('/country/'))).toEqual(['/country/PRT/']);
		expect(await navigatesClientSide(o.page, 'p.crumb a[href="/map"]', '/map')).toBe(true);
		expect(o.consoleErrors).toEqual([]);
		expect(o.pageErrors).toEqual([]);
		expect(o.cspViolations).toEqual([]);
		await o.close();
	});

	it('/compare/ and /about/ load and hydrate too', async () => {
		for (const path of ['/compare/', '/about/']) {
			const o = await site.open(path);
			expect(await navigatesClientSide(o.page, 'header a[href="/data"]', '/data')).toBe(true);
			expect([path, o.consoleErrors]).toEqual([path, []]);
			await o.close();
		}
	});

	it('the forms without a slash still work the same', async () => {
		const o = await site.open('/country/PRT');
		expect(await navigatesClientSide(o.page, 'p.crumb a[href="/map"]', '/map')).toBe(true);
		expect(o.consoleErrors).toEqual([]);
		await o.close();
	});
});
