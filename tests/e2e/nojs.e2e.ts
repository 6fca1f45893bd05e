/**
 * JavaScript off: every table a page has is already in its prerendered HTML (country pages fold theirs into
 * <details>), and a link that carries view settings in its query says, in a <noscript> line, that those settings need
 * JavaScript and that the default view is shown.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type Site } from './harness';

let site: Site;
beforeAll(async () => (site = await startSite()));
afterAll(async () => site?.close());

const ROUTES = [
	'/',
	'/map',
	'/compare',
	'/data',
	'/about',
	'/approaches',
	'/country/PRT',
	'/country/GB-SCT',
	'/country/ATA'
];

/** Each table's caption and number of body rows. */
const tables = (page: import('playwright-core').Page) =>
	page
		.locator('table')
		.evaluateAll((ts) =>
			ts.map(
				(t) =>
					`${t.querySelector('caption')?.textContent?.trim() ?? ''} · ${t.querySelectorAll('tbody tr').length} rows`
			)
		);

describe('JavaScript off', () => {
	for (const route of ROUTES) {
		it(`${route}: the same tables as with JavaScript on, already in the HTML`, async () => {
			const off = await site.open(route, { javaScript: false });
			const on = await site.open(route);
			const withJs = await tables(on.page);
			expect(await tables(off.page)).toEqual(withJs);
			await off.close();
			await on.close();
		});
	}

	it('a country page has one table per small multiple, inside a closed <details>, that opens without JavaScript', async () => {
		const o = await site.open('/country/PRT', { javaScript: false });
		const cards = o.page.locator('li.multiple');
		const n = await cards.count();
		expect(n).toBeGreaterThan(10);
		expect(await o.page.locator('li.multiple details.numbers:not([open]) table').count()).toBe(n);
		const card = o.page.locator('li.multiple[data-indicator="gbd2019_drug_disorder_death_rate"]');
		await card.locator('details.numbers summary').click();
		const row = card.locator('tbody tr', { has: o.page.locator('th', { hasText: /^2001$/ }) });
		const line = readFileSync('data/observations/gbd2019_drug_disorder_death_rate.csv', 'utf8')
			.split('\n')
			.find((l) => l.startsWith('PRT,2001,'))!;
		expect((await row.locator('td').first().textContent())?.trim()).toBe(Number(line.split(',')[2]).toFixed(2));
		expect(await row.isVisible()).toBe(true);
		await o.close();
	});

	it('/map with view settings in the link says they need JavaScript and the default view is shown', async () => {
		const o = await site.open('/map?indicator=gbd2017_opioid_death_rate&year=2010&region=europe', {
			javaScript: false
		});
		const line = o.page.locator('p.noscript');
		expect(await line.isVisible()).toBe(true);
		expect(await line.textContent()).toBe(
			'JavaScript is off, so this is the default view (Drug use disorder deaths (GBD 2019), World, 2019). A link with other settings — another indicator, year or region — needs JavaScript to show them; every number here is also in the table below.'
		);
		// And the page is that default view.
		expect(await o.page.locator('h1').textContent()).toBe('Drug use disorder deaths (GBD 2019), World, 2019');
		expect(await o.page.locator('svg[data-chart="map"]').getAttribute('data-region')).toBe('world');
		await o.close();
	});

	it('/compare with view settings in the link says the same', async () => {
		const o = await site.open('/compare?countries=PRT~ESP&indicator=gbd2017_opioid_death_rate', { javaScript: false });
		const line = o.page.locator('p.noscript');
		expect(await line.isVisible()).toBe(true);
		expect(await line.textContent()).toContain(
			'JavaScript is off, so this is the default comparison (Drug use disorder deaths (GBD 2019): Portugal, '
		);
		expect(await line.textContent()).toContain('needs JavaScript to show them');
		expect(await o.page.locator('svg[data-chart="line"] g.series').count()).toBe(5);
		await o.close();
	});

	it('with JavaScript on, the noscript lines are not shown', async () => {
		for (const path of ['/map?indicator=gbd2017_opioid_death_rate', '/compare?countries=PRT~ESP']) {
			const o = await site.open(path);
			expect([path, await o.page.locator('p.noscript').count()]).toEqual([path, 0]);
			await o.close();
		}
	});
});
