import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, rawHtml, startSite, type Site } from './harness';

let site: Site;
beforeAll(async () => (site = await startSite()));
afterAll(async () => site?.close());

describe('home page', () => {
	it('has the headline chart as SVG in the prerendered HTML, before any script runs', async () => {
		const html = await rawHtml(site.base, '/');
		const svg = /<svg[^>]*data-chart="line"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
		expect(svg).not.toBe('');
		for (const key of ['PRT', 'CZE', 'NOR', 'SWE', 'EST', 'USA']) expect(svg).toContain(`data-key="${key}"`);
		expect((svg.match(/<path d="M/g) ?? []).length).toBeGreaterThanOrEqual(6);
		expect(html).toContain('Portugal');
		expect(html).toMatch(/Institute for Health Metrics and Evaluation/);
	});

	it('shows the chart with JavaScript switched off', async () => {
		const o = await site.open('/', { javaScript: false });
		expect(await o.page.locator('svg[data-chart="line"] path').count()).toBeGreaterThanOrEqual(6);
		await o.close();
	});

	it('marks Portugal’s 2001 decriminalisation on Portugal’s line', async () => {
		const o = await site.open('/');
		const ev = o.page.locator('g.event[data-event-key="PRT"][data-event-x="2001"]');
		expect(await ev.count()).toBe(1);
		await o.close();
	});

	for (const width of [375, 1280]) {
		it(`works at ${width}px: no console errors, no other hosts, no horizontal overflow, axe clean`, async () => {
			const o = await site.open('/', { width });
			expect(o.consoleErrors).toEqual([]);
			expect(o.pageErrors).toEqual([]);
			expect(o.external).toEqual([]);
			const overflow = await o.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow).toBeLessThanOrEqual(0);
			const box = await o.page.locator('svg[data-chart="line"]').boundingBox();
			expect(box!.width).toBeGreaterThan(width * 0.8);
			expect(await axeViolations(o.page)).toEqual([]);
			await o.close();
		});
	}

	it('reads values by keyboard: arrow keys move the crosshair and show every country’s value', async () => {
		const o = await site.open('/');
		await o.page.locator('svg[data-chart="line"]').focus();
		await o.page.keyboard.press('End');
		const tip = o.page.locator('.tip[role="status"]');
		await expect.poll(() => tip.textContent()).toContain('2019');
		await o.page.keyboard.press('ArrowLeft');
		await expect.poll(() => tip.textContent()).toContain('2018');
		expect(await tip.textContent()).toContain('Portugal');
		await o.close();
	});

	it('has a data table with the same numbers as data/', async () => {
		const o = await site.open('/');
		await o.page.locator('details.numbers summary').click();
		const table = o.page.locator('details.numbers table');
		const header = await table.locator('thead th').allTextContents();
		const col = header.indexOf('Portugal');
		expect(col).toBeGreaterThan(0);
		const row = table.locator('tbody tr', { has: o.page.locator('th', { hasText: /^2001$/ }) });
		const fs = await import('node:fs');
		const line = fs
			.readFileSync('data/observations/gbd2019_drug_disorder_death_rate.csv', 'utf8')
			.split('\n')
			.find((l) => l.startsWith('PRT,2001,'))!;
		const expected = Number(line.split(',')[2]).toFixed(2);
		expect(
			(
				await row
					.locator('td')
					.nth(col - 1)
					.textContent()
			)?.trim()
		).toBe(expected);
		await o.close();
	});
});
