/**
 * Unknown addresses reach the 404 page (the static host's 404.html fallback). For /country/<code> it offers the page
 * meant when the code (or the name) matches ignoring case: /country/prt -> Portugal.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type Site } from './harness';

let site: Site;
beforeAll(async () => (site = await startSite()));
afterAll(async () => site?.close());

/** The browser's own lines for the 404s of this address (the page and its __data.json) are expected. */
const unexpected = (errors: string[], path: string) =>
	errors.filter((e) => !/status of 404/.test(e) && !e.includes(`Not found: ${path}`));

describe('404 page', () => {
	for (const [path, code, name] of [
		['/country/prt', 'PRT', 'Portugal'],
		['/country/Prt/', 'PRT', 'Portugal'],
		['/country/gb-sct', 'GB-SCT', 'Scotland'],
		['/country/portugal', 'PRT', 'Portugal'],
		['/country/holland', 'NLD', 'Netherlands']
	] as const) {
		it(`${path} reaches the 404 page, which offers ${name}`, async () => {
			const o = await site.open(path);
			const res = await fetch(site.base + path);
			expect(res.status).toBe(404);
			expect(await o.page.locator('h1').textContent()).toBe('Page not found');
			const link = o.page.locator(`p.suggest[data-suggest="${code}"] a`);
			await expect.poll(() => link.count()).toBe(1);
			expect(await o.page.locator('p.suggest').textContent()).toBe(`Did you mean ${name} (${code})?`);
			expect(await link.getAttribute('href')).toBe(`/country/${code}`);
			await link.click();
			await expect.poll(() => o.page.locator('h1').textContent()).toBe(name);
			expect(new URL(o.page.url()).pathname).toBe(`/country/${code}`);
			expect(o.pageErrors).toEqual([]);
			expect(unexpected(o.consoleErrors, path)).toEqual([]);
			expect(o.cspViolations).toEqual([]);
			await o.close();
		});
	}

	it('/country/XXX reaches the 404 page, says there is no such country page and points to the map', async () => {
		const o = await site.open('/country/XXX');
		expect(await o.page.locator('h1').textContent()).toBe('Page not found');
		await expect
			.poll(() => o.page.locator('p.suggest').textContent())
			.toBe(
				'We have no country page for “XXX”. Country pages use ISO 3166-1 alpha-3 codes in capitals (PRT for Portugal, GB-SCT for Scotland). Find the place on the map or in the table below it.'
			);
		expect(await o.page.locator('p.suggest a').getAttribute('href')).toBe('/map');
		expect(await o.page.locator('main a[href="/compare"]').count()).toBe(1);
		expect(o.pageErrors).toEqual([]);
		expect(unexpected(o.consoleErrors, '/country/XXX')).toEqual([]);
		await o.close();
	});

	it('/nb/country/prt reaches the 404 page in Norwegian (lang="nb"), which offers the Norwegian page', async () => {
		const o = await site.open('/nb/country/prt');
		expect(await o.page.locator('h1').textContent()).toBe('Fant ikke siden');
		await expect.poll(() => o.page.evaluate(() => document.documentElement.lang)).toBe('nb');
		const link = o.page.locator('p.suggest[data-suggest="PRT"] a');
		await expect.poll(() => link.count()).toBe(1);
		expect(await o.page.locator('p.suggest').textContent()).toMatch(/^Mente du .+ \(PRT\)\?$/);
		expect(await link.getAttribute('href')).toBe('/nb/country/PRT');
		expect(await o.page.title()).toBe('Fant ikke siden · Drug Policy Explorer');
		await link.click();
		await expect.poll(() => new URL(o.page.url()).pathname).toBe('/nb/country/PRT');
		expect(await o.page.evaluate(() => document.documentElement.lang)).toBe('nb');
		expect(o.pageErrors).toEqual([]);
		expect(unexpected(o.consoleErrors, '/nb/country/prt')).toEqual([]);
		await o.close();
	});

	it('/nb/no-such-page is Norwegian and every link stays in the Norwegian edition', async () => {
		const o = await site.open('/nb/no-such-page');
		expect(await o.page.locator('h1').textContent()).toBe('Fant ikke siden');
		await expect.poll(() => o.page.evaluate(() => document.documentElement.lang)).toBe('nb');
		expect(await o.page.locator('main li a').allTextContents()).toEqual([
			'Forside',
			'Kart over alle indikatorer',
			'Sammenlign land',
			'Data og kilder'
		]);
		const hrefs = await o.page.$$eval('main a, header nav:not(.lang) a, footer a', (as) =>
			as.map((a) => a.getAttribute('href'))
		);
		expect(hrefs.filter((h) => !/^\/nb(\/|$)/.test(h ?? ''))).toEqual([]);
		expect(await o.page.locator('header a[data-lang-switch="en"]').getAttribute('href')).toBe('/no-such-page');
		await o.close();
	});

	it('a code with markup is shown as text, never as HTML', async () => {
		const o = await site.open('/country/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
		await expect.poll(() => o.page.locator('p.suggest').textContent()).toContain('“<img src=x onerror=alert(1)>”');
		expect(await o.page.locator('main img').count()).toBe(0);
		expect(o.pageErrors).toEqual([]);
		await o.close();
	});

	it('a client-side navigation to /country/prt shows the same offer', async () => {
		const o = await site.open('/about');
		await o.page.evaluate(() => {
			const a = document.createElement('a');
			a.href = '/country/prt';
			a.id = 'go';
			a.textContent = 'go';
			document.querySelector('main')!.append(a);
		});
		await o.page.locator('#go').click();
		await expect.poll(() => o.page.locator('h1').textContent()).toBe('Page not found');
		await expect.poll(() => o.page.locator('p.suggest[data-suggest="PRT"]').count()).toBe(1);
		expect(o.pageErrors).toEqual([]);
		await o.close();
	});

	it('other unknown addresses get the plain 404 with links, and only the 404 page fetches the list of codes', async () => {
		const o = await site.open('/no-such-page');
		expect(await o.page.locator('h1').textContent()).toBe('Page not found');
		expect(await o.page.locator('main li a').count()).toBe(4);
		expect(await o.page.locator('p.suggest').count()).toBe(0);
		expect(o.requests).not.toContain('/search/places.json');
		await o.close();
		const country = await site.open('/country/PRT');
		expect(country.requests).not.toContain('/search/places.json');
		await country.close();
		expect(gzipSync(readFileSync('build/search/places.json')).length).toBeLessThan(10_000);
	});
});
