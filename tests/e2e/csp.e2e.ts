/**
 * Content-Security-Policy: every page carries one (prerendered pages as a <meta>), it allows scripts only from our
 * origin plus the page's own hashed start-up script, and nothing a page does — loading, hydrating, changing the map's
 * year, loading another indicator, adding a country — breaks it (no `securitypolicyviolation` event, no console error).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD, startSite, type Site } from './harness';

let site: Site;
beforeAll(async () => (site = await startSite()));
afterAll(async () => site?.close());

/** The policy in a page's HTML as directive -> sources. */
function policyOf(html: string): Map<string, string[]> {
	const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
	return new Map(
		content
			.replaceAll('&#39;', "'")
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((d) => d[0])
			.map(([name, ...sources]) => [name!, sources])
	);
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith('.html') ? [p] : [];
	});
}

const ROUTES = [
	'/',
	'/map',
	'/compare',
	'/country/PRT',
	'/country/GB-SCT',
	'/data',
	'/about',
	'/approaches',
	'/no-such-page'
];

describe('Content-Security-Policy', () => {
	it('every prerendered page (and the 404 fallback) has the policy, before any script or stylesheet', async () => {
		const files = htmlFiles(BUILD);
		expect(files.length).toBeGreaterThan(200);
		const problems: string[] = [];
		for (const f of files) {
			const html = readFileSync(f, 'utf8');
			const p = policyOf(html);
			const name = relative(BUILD, f);
			const script = p.get('script-src') ?? [];
			if (script[0] !== "'self'" || script.slice(1).some((s) => !/^'sha256-[A-Za-z0-9+/=]+'$/.test(s)))
				problems.push(`${name}: script-src ${script.join(' ')}`);
			if (p.get('object-src')?.join(' ') !== "'none'") problems.push(`${name}: object-src`);
			if (p.get('base-uri')?.join(' ') !== "'self'") problems.push(`${name}: base-uri`);
			if (p.get('connect-src')?.join(' ') !== "'self'") problems.push(`${name}: connect-src`);
			if (p.get('default-src')?.join(' ') !== "'self'") problems.push(`${name}: default-src`);
			// Styles: our files, and the page's inline <style> (svelte.config.js inlines the CSS) by its hash only.
			const styles = p.get('style-src-elem') ?? [];
			if (styles[0] !== "'self'" || styles.slice(1).some((s) => !/^'sha256-[A-Za-z0-9+/=]+'$/.test(s)))
				problems.push(`${name}: style-src-elem ${styles.join(' ')}`);
			for (const css of [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!)) {
				const h = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
				if (!styles.includes(h)) problems.push(`${name}: an inline style without its hash in style-src-elem`);
			}
			// Ignored in a <meta> policy (Chromium logs an error for it); left to the host's headers.
			if (p.has('frame-ancestors')) problems.push(`${name}: frame-ancestors in a meta policy`);
			const meta = html.indexOf('http-equiv="content-security-policy"');
			const firstLoad = html.search(/<script|<link[^>]*(modulepreload|stylesheet|icon)/);
			if (meta < 0 || meta > firstLoad) problems.push(`${name}: policy not before the first script/stylesheet`);
			// Every inline script is covered by a hash (SvelteKit hashes only its own start-up script).
			const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
			for (const code of inline) {
				const h = `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
				if (!script.includes(h)) problems.push(`${name}: an inline script without its hash in script-src`);
			}
		}
		expect(problems.slice(0, 10)).toEqual([]);
	});

	for (const route of ROUTES) {
		it(`${route}: loads and hydrates with no policy violation`, async () => {
			const o = await site.open(route);
			// The inline start-up script ran (it sets window.__sveltekit_<hash>) and loaded the app's entry.
			expect(await o.page.evaluate(() => Object.keys(window).some((k) => k.startsWith('__sveltekit_')))).toBe(true);
			expect(o.requests.some((r) => r.startsWith('/_app/immutable/entry/start.'))).toBe(true);
			expect(await o.page.locator('h1').count()).toBe(1);
			expect(o.pageErrors).toEqual([]);
			expect(await o.page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual(
				[]
			);
			expect(o.cspViolations).toEqual([]);
			expect(
				o.consoleErrors.filter((e) => !(route === '/no-such-page' && /status of 404|Not found: \/no-such-page/.test(e)))
			).toEqual([]);
			await o.close();
		});
	}

	it('the policy is enforced: an injected inline script is blocked and reported', async () => {
		const o = await site.open('/about');
		const ran = await o.page.evaluate(() => {
			const s = document.createElement('script');
			s.textContent = 'window.__injected = true';
			document.body.append(s);
			return (window as unknown as { __injected?: boolean }).__injected === true;
		});
		expect(ran).toBe(false);
		await expect.poll(() => o.cspViolations.length).toBe(1);
		expect(o.cspViolations[0]).toMatch(/^script-src-elem \(?inline\)?/);
		await o.close();
	});

	it('the map: changing the year, the indicator and the region stays within the policy', async () => {
		const o = await site.open('/map');
		const slider = o.page.locator('#map-year');
		await slider.focus();
		await o.page.keyboard.press('Home');
		await expect.poll(() => o.page.locator('output[data-year]').textContent()).toBe('1990');
		await o.page.locator('.picker summary').click();
		await o.page.locator('#ind-q').fill('opioid use');
		await o.page.locator('[data-pick="gbd2017_opioid_death_rate"]').click();
		await expect.poll(() => o.page.locator('h1').textContent()).toContain('Opioid use disorder deaths');
		await o.page.locator('label', { hasText: 'Americas' }).click();
		await expect.poll(() => o.page.locator('svg[data-chart="map"]').getAttribute('data-region')).toBe('americas');
		// The tooltip is placed with a style attribute set from script.
		await o.page.locator('a[data-iso3="USA"]').hover();
		expect(o.requests.some((r) => r.startsWith('/map/data/gbd2017_opioid_death_rate.json'))).toBe(true);
		expect(o.cspViolations).toEqual([]);
		expect(o.consoleErrors).toEqual([]);
		await o.close();
	});

	it('compare: adding a country and another indicator stays within the policy', async () => {
		const o = await site.open('/compare');
		await o.page.locator('#place-add').fill('Spain');
		await o.page.locator('#place-add').press('Enter');
		await expect.poll(() => o.page.locator('g.series[data-key="ESP"] path').count()).toBeGreaterThan(0);
		await o.page.locator('details.picker summary').click();
		await o.page.locator('[data-pick="gbd2017_opioid_death_rate"]').click();
		await expect.poll(() => o.page.locator('.figure h2.title').textContent()).toContain('Opioid');
		// The crosshair (style attribute on the readout) by keyboard.
		await o.page.locator('svg[data-chart="line"]').first().focus();
		await o.page.keyboard.press('ArrowRight');
		expect(o.cspViolations).toEqual([]);
		expect(o.consoleErrors).toEqual([]);
		await o.close();
	});

	it('a client-side navigation (loads __data.json) stays within the policy', async () => {
		const o = await site.open('/about');
		await o.page.locator('header a[href="/data"]').click();
		await expect.poll(() => new URL(o.page.url()).pathname).toBe('/data');
		expect(o.requests.some((r) => r.includes('__data.json'))).toBe(true);
		expect(o.cspViolations).toEqual([]);
		expect(o.consoleErrors).toEqual([]);
		await o.close();
	});
});
