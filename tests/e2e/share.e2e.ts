import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, BUILD, rawHtml, startSite, type Site } from './harness';

let site: Site;
beforeAll(async () => (site = await startSite()));
afterAll(async () => site?.close());

const focused = (o: { page: import('playwright-core').Page }) => o.page.evaluate(() => document.activeElement?.getAttribute('data-action') ?? document.activeElement?.className ?? '');

describe('share menu on the country page', () => {
	it('opens by keyboard, copies the link, downloads the CSV of the key numbers, and Escape returns focus', async () => {
		const o = await site.open('/country/PRT');
		await o.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.base });
		const toggle = o.page.locator('[data-share] button.toggle');
		await expect.poll(() => toggle.count()).toBe(1);
		expect(await toggle.getAttribute('aria-expanded')).toBe('false');
		expect(await o.page.locator('#share-headline-panel').isVisible()).toBe(false);

		await toggle.focus();
		await o.page.keyboard.press('Enter');
		expect(await toggle.getAttribute('aria-expanded')).toBe('true');
		expect(await o.page.locator('#share-headline-panel').isVisible()).toBe(true);
		// Tab order: the first thing after the button is Copy link.
		await o.page.keyboard.press('Tab');
		expect(await focused(o)).toBe('copy-link');
		await o.page.keyboard.press('Enter');
		await expect.poll(() => o.page.locator('[data-share-status]').textContent()).toBe('Link copied.');
		expect(await o.page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.base}/country/PRT`);

		// The citation is shown, with the dataset behind the first headline chart and this page's link.
		const cite = await o.page.locator('#share-headline-cite').inputValue();
		expect(cite).toMatch(/^.+ \(\d{4}\)\. .+ Retrieved \d{1,2} [A-Z][a-z]+ \d{4} from http:\/\/127\.0\.0\.1:\d+\/country\/PRT via Drug Policy Explorer\.$/);

		const [download] = await Promise.all([o.page.waitForEvent('download'), o.page.locator('[data-action="csv"]').click()]);
		expect(download.suggestedFilename()).toBe('prt-key-numbers.csv');
		const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
		expect(text).toMatch(/^# Title: Portugal: key numbers\n/);
		expect(text).toContain(`# View: ${site.base}/country/PRT\n`);
		expect(text).toMatch(/# Data version: \d{4}(-\d\d-\d\d)?-[0-9a-f]{10}\n/);
		const rows = Papa.parse<string[]>(text, { comments: '#', skipEmptyLines: true }).data;
		expect(rows[0]).toEqual(['indicator', 'unit', 'code', 'place', 'year', 'value', 'flag', 'source']);
		// Every row is Portugal's, a number as the page shows it (or empty), never a formula.
		expect(rows.length).toBeGreaterThan(10);
		for (const r of rows.slice(1)) {
			expect(r[2]).toBe('PRT');
			expect(r[5]).toMatch(/^-?\d+(\.\d+)?$/);
		}
		// The first headline chart's table (in the page) has the same years as the CSV's rows for it.
		const first = rows[1]![0]!;
		const tableYears = await o.page.locator('li.headline').first().locator('tbody th[scope="row"]').allTextContents();
		expect(rows.filter((r) => r[0] === first).map((r) => r[4])).toEqual(tableYears.map((y) => y.trim()));
		await expect.poll(() => o.page.locator('[data-share-status]').textContent()).toBe('Downloaded prt-key-numbers.csv.');

		expect(await axeViolations(o.page)).toEqual([]);

		await o.page.keyboard.press('Escape');
		expect(await toggle.getAttribute('aria-expanded')).toBe('false');
		expect(await o.page.evaluate(() => document.activeElement?.classList.contains('toggle'))).toBe(true);
		expect(o.consoleErrors).toEqual([]);
		expect(o.pageErrors).toEqual([]);
		await o.close();
	});

	it('without clipboard permission, copy falls back to a selected read-only field and says so', async () => {
		const o = await site.open('/country/PRT', {
			before: async (page) => {
				await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } }));
			}
		});
		await o.page.locator('[data-share] button.toggle').click();
		await o.page.locator('[data-action="copy-link"]').click();
		await expect.poll(() => o.page.locator('[data-share-status]').textContent()).toMatch(/Could not copy automatically/);
		const field = o.page.locator('#share-headline-link');
		expect(await field.inputValue()).toBe(`${site.base}/country/PRT`);
		expect(await field.evaluate((el: HTMLInputElement) => document.activeElement === el && el.selectionStart === 0 && el.selectionEnd === el.value.length)).toBe(true);
		await o.close();
	});

	it('closes when focus or a click leaves it, and at 375 px the open panel stays on screen', async () => {
		const o = await site.open('/country/PRT', { width: 375, colorScheme: 'dark' });
		const toggle = o.page.locator('[data-share] button.toggle');
		await toggle.click();
		const box = (await o.page.locator('#share-headline-panel').boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(375);
		expect(await axeViolations(o.page)).toEqual([]);
		await o.page.locator('h1').click();
		expect(await toggle.getAttribute('aria-expanded')).toBe('false');
		await o.close();
	});
});

describe('page meta and print', () => {
	it('every prerendered page has og:title, og:description, og:type and a summary Twitter card', async () => {
		for (const path of ['/', '/map', '/compare', '/country/PRT', '/data', '/about']) {
			const html = await rawHtml(site.base, path);
			expect(html, path).toMatch(/<meta property="og:title" content="[^"]+"/);
			expect(html, path).toMatch(/<meta property="og:description" content="[^"]+"/);
			expect(html, path).toMatch(/<meta property="og:type" content="(website|article)"/);
			expect(html, path).toContain('<meta name="twitter:card" content="summary"');
		}
		expect(await rawHtml(site.base, '/country/PRT')).toContain('<meta property="og:title" content="Portugal: drug policy and outcomes"');
		// Without PUBLIC_SITE_URL at build there is no absolute URL to give: no og:url (README, "Link previews").
		if (!process.env.PUBLIC_SITE_URL) expect(await rawHtml(site.base, '/map')).not.toContain('og:url');
	});

	it('/data-version.json says which data the build was made from', () => {
		const v = JSON.parse(readFileSync(join(BUILD, 'data-version.json'), 'utf8'));
		expect(v.id).toMatch(/^\d{4}(-\d\d-\d\d)?-[0-9a-f]{10}$/);
		expect(v.id).toBe(`${v.asOf}-${v.hash}`);
		expect(v.files).toBeGreaterThan(10);
	});

	it('prints without the site header, footer and menus, with the chart and the view’s link', async () => {
		const o = await site.open('/country/PRT');
		await o.page.emulateMedia({ media: 'print' });
		expect(await o.page.locator('header').first().isVisible()).toBe(false);
		expect(await o.page.locator('footer').first().isVisible()).toBe(false);
		expect(await o.page.locator('[data-share]').isVisible()).toBe(false);
		expect(await o.page.locator('h1').isVisible()).toBe(true);
		expect(await o.page.locator('li.headline svg[data-chart="line"]').first().isVisible()).toBe(true);
		expect(await o.page.locator('.print-url').textContent()).toContain(`${site.base}/country/PRT`);
		await o.page.emulateMedia({ media: 'screen' });
		expect(await o.page.locator('header').first().isVisible()).toBe(true);
		expect(await o.page.locator('.print-url').isVisible()).toBe(false);
		await o.close();
	});
});
