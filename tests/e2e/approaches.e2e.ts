/**
 * /approaches in a browser: the prerendered default view, switching rules changes the groups and the URL, the
 * scatter's card by keyboard, the URL round-trip (a shared link opens the same view; a malformed value falls back),
 * the Norwegian edition, and axe in both themes at 375 and 1280 px.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, rawHtml, startSite, type Site } from './harness';

let site: Site;
/** The machine is shared: give the browser time to hydrate and load. */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000, interval: 100 });
beforeAll(async () => (site = await startSite()));
afterAll(async () => site?.close());

const groupOf = (page: import('playwright-core').Page, iso3: string) =>
	page.locator(`[data-testid="class-table"] tr[data-iso3="${iso3}"]`).getAttribute('data-group');

/** A table cell's text: the tables sit in closed <details> (innerText of an unrendered element is ''). */
const cellText = async (l: { textContent(): Promise<string | null> }) => ((await l.textContent()) ?? '').trim();

describe('/approaches', () => {
	it('is prerendered with its default view: the class table, the trend chart and the scatter are in the HTML', async () => {
		const html = await rawHtml(site.base, '/approaches');
		expect(html).toContain('data-testid="class-table"');
		expect(html).toMatch(/<tr[^>]*data-iso3="PRT"[^>]*data-group="health_led"/);
		expect(html).toContain('data-chart="group-trends"');
		expect(html).toMatch(/data-chart="scatter"/);
		expect(html).toContain('data-testid="narrative"');
	});

	it('switching the rule changes the groups and the URL; Back restores them', { timeout: 90_000 }, async () => {
		const o = await site.open('/approaches');
		const { page } = o;
		await page.waitForLoadState('networkidle');
		expect(await groupOf(page, 'PRT')).toBe('health_led');
		await page.locator('input[name="rule"][value="decrim"]').check();
		await poll(() => page.url()).toMatch(/rule=decrim/);
		expect(await groupOf(page, 'PRT')).toBe('not_criminal');
		expect(await groupOf(page, 'SWE')).toBe('criminal');
		await poll(() => page.locator('[data-testid="group-counts"] li').count()).toBe(3);
		await page.locator('input[name="rule"][value="deathpenalty"]').check();
		await poll(() => page.url()).toMatch(/rule=deathpenalty/);
		expect(await groupOf(page, 'SGP')).toBe('death_penalty');
		await page.goBack();
		await poll(() => page.url()).toMatch(/rule=decrim/);
		await poll(() => groupOf(page, 'PRT')).toBe('not_criminal');
		// A year before Portugal's 2001 reform: possession was criminal.
		await page.getByLabel('Year', { exact: true }).selectOption('1999');
		await poll(() => page.url()).toMatch(/year=1999/);
		expect(await groupOf(page, 'PRT')).toBe('criminal');
		expect(o.pageErrors).toEqual([]);
		expect(o.consoleErrors).toEqual([]);
		await o.close();
	});

	it('the scatter card opens by keyboard, follows the arrow keys and closes with Escape', async () => {
		const o = await site.open('/approaches');
		const { page } = o;
		await page.waitForLoadState('networkidle');
		const first = page.locator('svg[data-chart="scatter"] g.pt[tabindex="0"]');
		await poll(() => first.count()).toBe(1);
		await first.focus();
		const card = page.getByTestId('scatter-card');
		await poll(() => card.isVisible()).toBe(true);
		const iso = await first.getAttribute('data-iso3');
		const name = await cellText(page.locator(`[data-testid="scatter-table"] tr[data-iso3="${iso}"] th`));
		expect(await card.innerText()).toContain(name);
		// The card's outcome value is the table's.
		const y = await cellText(page.locator(`[data-testid="scatter-table"] tr[data-iso3="${iso}"] td[data-cell="y"]`));
		expect(await card.innerText()).toContain(y);
		await page.keyboard.press('ArrowRight');
		const next = await page.evaluate(() => document.activeElement?.getAttribute('data-iso3'));
		expect(next).not.toBe(iso);
		expect(await card.innerText()).toContain(
			await cellText(page.locator(`[data-testid="scatter-table"] tr[data-iso3="${next}"] th`))
		);
		await page.keyboard.press('Escape');
		await poll(() => card.count()).toBe(0);
		await o.close();
	});

	it(
		'a URL opens the same view (rule, year, outcome, x), and a malformed value falls back to its default',
		{ timeout: 90_000 },
		async () => {
			const o = await site.open(
				'/approaches?rule=hat&year=2015&outcome=emcdda_drug_induced_death_rate_15_64&x=services'
			);
			const { page } = o;
			await page.waitForLoadState('networkidle');
			await poll(() => page.locator('input[name="rule"][value="hat"]').isChecked()).toBe(true);
			expect(await page.getByLabel('Year', { exact: true }).inputValue()).toBe('2015');
			await poll(() => page.getByLabel('Outcome (one definition)', { exact: true }).inputValue()).toBe(
				'emcdda_drug_induced_death_rate_15_64'
			);
			expect(await page.getByLabel('Policy measure (x axis)', { exact: true }).inputValue()).toBe('services');
			expect(await groupOf(page, 'CHE')).toBe('hat');
			await poll(() => page.getByTestId('trends-summary').innerText()).toMatch(/Drug-induced/i);
			expect(page.url()).toContain('rule=hat&year=2015&outcome=emcdda_drug_induced_death_rate_15_64&x=services');
			await o.close();

			const bad = await site.open('/approaches?rule=nonsense&year=1e3&x=services');
			await bad.page.waitForLoadState('networkidle');
			await poll(() => bad.page.getByLabel('Policy measure (x axis)', { exact: true }).inputValue()).toBe('services');
			expect(await bad.page.locator('input[name="rule"][value="design"]').isChecked()).toBe(true);
			// The malformed keys are dropped from the address, the good one stays.
			await poll(() => new URL(bad.page.url()).search).toBe('?x=services');
			expect(bad.pageErrors).toEqual([]);
			await bad.close();
		}
	);

	it('works in Norwegian at /nb/approaches', async () => {
		const o = await site.open('/nb/approaches?rule=decrim');
		const { page } = o;
		await page.waitForLoadState('networkidle');
		expect(await page.locator('html').getAttribute('lang')).toBe('nb');
		expect(await page.locator('h1').innerText()).toBe('Tilnærminger: straff og helse');
		await poll(() => page.locator('input[name="rule"][value="decrim"]').isChecked()).toBe(true);
		expect(await cellText(page.locator('[data-testid="class-table"] tr[data-iso3="PRT"] th'))).toBe('Portugal');
		const link = await page.locator('[data-testid="narrative"] a').first().getAttribute('href');
		expect(link).toMatch(/^\/nb\/compare\?/);
		expect(o.pageErrors).toEqual([]);
		await o.close();
	});

	// Each width and each theme once (axe is the slowest step of the run): the phone layout light, the desktop dark.
	for (const [width, colorScheme] of [
		[375, 'light'],
		[1280, 'dark']
	] as const)
		it(`axe clean at ${width} px, ${colorScheme}`, { timeout: 90_000 }, async () => {
			const o = await site.open('/approaches', { width, colorScheme });
			await o.page.waitForLoadState('networkidle');
			expect(await axeViolations(o.page)).toEqual([]);
			await o.close();
		});
});
