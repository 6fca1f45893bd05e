import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, BUILD, rawHtml, startSite, type Site } from './harness';

let site: Site;
beforeAll(async () => (site = await startSite()));
afterAll(async () => site?.close());

describe('/country/[iso3]', () => {
	it('exists for every place in data/countries.csv (the map links to each)', () => {
		const codes = readFileSync('data/countries.csv', 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')[0]!);
		expect(codes.length).toBeGreaterThan(200);
		expect(codes.filter((c) => !existsSync(join(BUILD, 'country', `${c}.html`)))).toEqual([]);
	});

	it('Portugal: prerendered policy card, timeline and small multiples as SVG, each linking to /compare with peers', async () => {
		const html = await rawHtml(site.base, '/country/PRT');
		expect(html).toMatch(/<h1[^>]*>Portugal<\/h1>/);
		expect(html).toContain('Decriminalised in law (de jure)');
		expect(html).toContain('Law 30/2000 in force');
		expect((html.match(/data-chart="line"/g) ?? []).length).toBeGreaterThanOrEqual(1);
		expect(html).toMatch(/data-event-key="PRT"[^>]*data-event-x="2001"/);
		expect(html).toMatch(/href="[^"]*compare\?countries=PRT~[A-Z]{3}[^"]*&amp;indicator=gbd2019_drug_disorder_death_rate"/);
		// Page weight budget: what a reader downloads (gzip), with ~40 small multiples for Portugal.
		expect(gzipSync(html).length).toBeLessThan(40_000);
	});

	it('a small multiple opens in /compare with the same places', async () => {
		const o = await site.open('/country/PRT');
		const link = o.page.locator('li.multiple[data-indicator="gbd2019_drug_disorder_death_rate"] a.open');
		const href = (await link.getAttribute('href'))!;
		const codes = /countries=([^&]+)/.exec(href)![1]!.split('~');
		await link.click();
		await o.page.waitForURL(/\/compare/);
		await expect.poll(() => o.page.locator('svg[data-chart="line"] g.series').count()).toBe(codes.length);
		for (const c of codes) expect(await o.page.locator(`g.series[data-key="${c}"]`).count()).toBe(1);
		expect(o.consoleErrors).toEqual([]);
		await o.close();
	});

	it('a place with no data still has a useful page: name, “no data yet”, policy all unknown', async () => {
		const codes = readFileSync('data/countries.csv', 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')[0]!);
		let found = '';
		for (const c of codes) {
			const html = readFileSync(join(BUILD, 'country', `${c}.html`), 'utf8');
			if (html.includes('No data in this package yet')) {
				found = c;
				expect(html).toContain('Unknown (not found in the sources we read)');
				break;
			}
		}
		expect(found).not.toBe('');
	});

	for (const path of ['/country/PRT', '/country/USA', '/country/GB-SCT'])
		for (const width of [375, 1280]) {
			it(`${path} at ${width}px: axe clean, no console errors, no other hosts, no horizontal overflow`, async () => {
				const o = await site.open(path, { width });
				expect(o.consoleErrors).toEqual([]);
				expect(o.pageErrors).toEqual([]);
				expect(o.external).toEqual([]);
				expect(await o.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
				expect(await axeViolations(o.page)).toEqual([]);
				await o.close();
			});
		}

	it('a small multiple opens its table of numbers, equal to data/', async () => {
		const o = await site.open('/country/PRT');
		const card = o.page.locator('li.multiple[data-indicator="gbd2019_drug_disorder_death_rate"]');
		await card.locator('details.numbers summary').click();
		const row = card.locator('tbody tr', { has: o.page.locator('th', { hasText: /^2001$/ }) });
		const line = readFileSync('data/observations/gbd2019_drug_disorder_death_rate.csv', 'utf8').split('\n').find((l) => l.startsWith('PRT,2001,'))!;
		expect((await row.locator('td').first().textContent())?.trim()).toBe(Number(line.split(',')[2]).toFixed(2));
		await o.close();
	});
});
