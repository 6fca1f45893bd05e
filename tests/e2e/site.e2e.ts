/** Every top-level page (and the Norwegian edition of the shell's pages): fits a 375 px phone without sideways scrolling, has a title and one h1, no errors, axe clean. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startSite, type Site } from './harness';

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
	'/regulation',
	'/country/PRT',
	'/country/GB-SCT',
	'/no-such-page',
	// The Norwegian edition of the shell's own pages (the views are checked in nb.e2e.ts).
	'/nb',
	'/nb/about',
	'/nb/approaches',
	// Norwegian compounds are long: «Reguleringsmodeller» alone was wider than a 375 px screen.
	'/nb/regulation',
	'/nb/no-such-page'
];

/**
 * Pages whose own test file runs axe at 375 px in this same state (map, compare, country, approaches, regulation): axe
 * is the slowest step of the run, so it runs once per page, width and theme.
 */
const AXE_ELSEWHERE = new Set(['/map', '/compare', '/country/PRT', '/country/GB-SCT', '/approaches', '/regulation']);

describe('every page', () => {
	for (const route of ROUTES) {
		const axe = AXE_ELSEWHERE.has(route) ? '' : ', axe clean';
		it(`${route} at 375px: no sideways scroll, one h1, a title, no errors or other hosts${axe}`, async () => {
			const o = await site.open(route, { width: 375 });
			const overflow = await o.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow).toBeLessThanOrEqual(0);
			expect(await o.page.locator('h1').count()).toBe(1);
			expect((await o.page.title()).length).toBeGreaterThan(5);
			expect(o.pageErrors).toEqual([]);
			expect(
				o.consoleErrors.filter(
					(e) => !(route.endsWith('/no-such-page') && /404|Not found: \/(nb\/)?no-such-page/.test(e))
				)
			).toEqual([]);
			expect(o.external).toEqual([]);
			if (axe) expect(await axeViolations(o.page)).toEqual([]);
			await o.close();
		});
	}
});
