/**
 * The Norwegian edition (/nb/…): each page is Norwegian in the HTML itself (lang="nb"), shows numbers the Norwegian
 * way, names its other editions (hreflang), switches language keeping the view (path and query, both ways, a full page
 * load), is axe clean, and shows no English interface string: every string of every English catalogue (long enough to
 * be a phrase) that differs from its Norwegian counterpart must be absent from the rendered text. Text inside an
 * element marked lang="en" is English on purpose (free-text policy notes, titles kept in English) and not checked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, rawHtml, startSite, type Site } from './harness';

let site: Site;
beforeAll(async () => (site = await startSite()));
afterAll(async () => site?.close());

/** Every catalogue: src/lib/strings/<area>.ts exports `<area>Text = { en, nb }` (core.ts: coreText = en.ts + nb.ts). */
const modules = import.meta.glob<Record<string, unknown>>('../../src/lib/strings/*.ts', { eager: true });

interface EnglishString {
	where: string;
	text: string;
}
/** The English string leaves (functions skipped) that the Norwegian catalogue says differently. */
function englishStrings(): EnglishString[] {
	const out: EnglishString[] = [];
	const walk = (where: string, e: unknown, n: unknown) => {
		// Search keywords (mapText.topicKeywords …) are never shown; an English one may rightly stand in Norwegian text.
		if (/\.\w*Keywords$/.test(where)) return;
		if (typeof e === 'string') {
			const text = e.trim();
			if (text.length >= 12 && text.includes(' ') && n !== e) out.push({ where, text });
		} else if (e && typeof e === 'object')
			for (const [k, v] of Object.entries(e))
				walk(where + (Array.isArray(e) ? `[${k}]` : `.${k}`), v, (n as Record<string, unknown> | undefined)?.[k]);
	};
	for (const [file, mod] of Object.entries(modules))
		for (const [name, value] of Object.entries(mod)) {
			const c = value as { en?: unknown; nb?: unknown } | null;
			if (name.endsWith('Text') && c && typeof c === 'object' && c.en && c.nb)
				walk(`${file.replace(/^.*\/strings\//, 'strings/')} ${name}.en`, c.en, c.nb);
		}
	return out;
}
const ENGLISH = englishStrings();

/** The page's rendered text (innerText), with the parts marked as another language hidden while it is read. */
async function norwegianText(page: import('playwright-core').Page): Promise<string> {
	return page.evaluate(() => {
		// Text marked as another language, and the sources' own words: titles of works (<cite>) and quotations
		// (<blockquote>, <q>) are the publisher's, in whatever language the publisher wrote (some Norwegian, most English).
		const other = [...document.body.querySelectorAll<HTMLElement>('[lang]:not([lang="nb"]), cite, blockquote, q')];
		const was = other.map((el) => el.style.display);
		for (const el of other) el.style.display = 'none';
		const text = document.body.innerText;
		other.forEach((el, i) => (el.style.display = was[i]!));
		return text;
	});
}

/**
 * English terms that Norwegian text names on purpose, as the international name beside the Norwegian one: the
 * definition of LAR in data/i18n/nb/indicators.csv says «(internasjonalt opioid substitution treatment, OST, eller
 * opioid agonist treatment, OAT)», as Helsedirektoratet's texts do.
 */
const NAMED_ENGLISH_TERMS = ['opioid agonist treatment', 'opioid substitution treatment'];

const PAGES = [
	'/nb',
	'/nb/map?layer=policy', // with the policy layer's legend and outlines, so its words are checked too
	'/nb/compare',
	'/nb/country/NOR',
	'/nb/data',
	'/nb/about',
	'/nb/regulation',
	'/nb/approaches'
];
/** A number with a decimal comma, Norwegian grouping optional: "1,23", "1 234,5", "−0,4". */
const NB_DECIMAL = /^[−-]?\d{1,3}(\u00a0\d{3})*,\d+( ?%)?$/;

describe('the Norwegian edition', () => {
	it('collects English interface strings from every catalogue to check against', () => {
		expect(ENGLISH.length).toBeGreaterThan(100);
		expect(ENGLISH.some((s) => s.text === 'Hide the numbers')).toBe(true);
		expect(ENGLISH.some((s) => s.where.startsWith('strings/errorPage.ts errorPageText.en.notFound'))).toBe(true);
	});

	for (const path of PAGES) {
		it(`${path}: lang="nb" in the HTML, hreflang alternates, og:locale, no English interface string, axe clean`, async () => {
			expect(await rawHtml(site.base, path)).toMatch(/^<!doctype html>\s*<html lang="nb"/i);
			const o = await site.open(path);
			const { page } = o;
			expect(await page.evaluate(() => document.documentElement.lang)).toBe('nb');
			const pathname = path.split('?')[0]!;
			const bare = pathname.replace(/^\/nb/, '') || '/';
			const alternates = await page.$$eval('link[rel="alternate"][hreflang]', (ls) =>
				ls.map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`)
			);
			expect(alternates).toEqual([`en ${bare}`, `nb ${pathname}`, `x-default ${bare}`]);
			expect(await page.locator('meta[property="og:locale"]').getAttribute('content')).toBe('nb_NO');

			const text = await norwegianText(page);
			const left = ENGLISH.filter((s) => text.includes(s.text) && !NAMED_ENGLISH_TERMS.includes(s.text)).map(
				(s) => `${s.where}: “${s.text}”`
			);
			expect(left, `English interface strings on ${path}:\n${left.join('\n')}`).toEqual([]);

			expect(o.pageErrors).toEqual([]);
			expect(o.consoleErrors).toEqual([]);
			expect(await axeViolations(page)).toEqual([]);
			await o.close();
		}, 90_000); // axe on the whole map takes 20 s or more on a busy machine
	}

	for (const path of ['/nb', '/nb/map', '/nb/compare', '/nb/country/NOR']) {
		it(`${path} writes numbers the Norwegian way (decimal comma) in its table and none the English way`, async () => {
			const o = await site.open(path);
			const cells = (await o.page.locator('td, th, svg text, .value, output').allTextContents()).map((t) => t.trim());
			const nbNumbers = cells.filter((t) => NB_DECIMAL.test(t));
			expect(
				nbNumbers.length,
				`no number with a decimal comma among: ${cells.slice(0, 30).join(' | ')}`
			).toBeGreaterThan(0);
			expect(cells.filter((t) => /^[−-]?\d{1,3}(,\d{3})*\.\d+$/.test(t))).toEqual([]);
			await o.close();
		});
	}

	it('/nb/data groups thousands with a (no-break) space', async () => {
		const o = await site.open('/nb/data');
		const coverage = await o.page.locator('article.ind dd').allTextContents();
		expect(coverage.some((t) => /\d\u00a0\d{3} verdier/.test(t))).toBe(true);
		expect(coverage.some((t) => /\d,\d{3} values/.test(t))).toBe(false);
		await o.close();
	});

	for (const [from, to] of [
		['/map?year=2015&region=europe', '/nb/map?year=2015&region=europe'],
		['/nb/map?year=2015&region=europe', '/map?year=2015&region=europe'],
		['/compare?countries=PRT~CZE&align=decriminalisation', '/nb/compare?countries=PRT~CZE&align=decriminalisation'],
		['/nb/compare?countries=PRT~CZE&align=decriminalisation', '/compare?countries=PRT~CZE&align=decriminalisation']
	] as const) {
		it(`the language switch on ${from} leads to ${to} with a full page load`, async () => {
			const o = await site.open(from);
			const { page } = o;
			const target = to.startsWith('/nb') ? 'nb' : 'en';
			const link = page.locator(`header a[data-lang-switch="${target}"]`);
			await expect.poll(() => link.getAttribute('href')).toBe(to);
			expect(await link.getAttribute('hreflang')).toBe(target);
			await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
			await Promise.all([page.waitForURL((u) => u.pathname === to.split('?')[0]), link.click()]);
			await page.waitForLoadState('networkidle');
			const url = new URL(page.url());
			expect(url.pathname + url.search).toBe(to);
			expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(
				undefined
			);
			expect(await page.evaluate(() => document.documentElement.lang)).toBe(target);
			const back = page.locator(`header a[data-lang-switch="${target === 'nb' ? 'en' : 'nb'}"]`);
			await expect.poll(() => back.getAttribute('href')).toBe(from);
			expect(o.pageErrors).toEqual([]);
			await o.close();
		});
	}

	it('links every page of the Norwegian shell to the Norwegian edition', async () => {
		const o = await site.open('/nb/about');
		const hrefs = await o.page.$$eval('header nav:not(.lang) a, footer a, main a[href^="/"]', (as) =>
			as.map((a) => a.getAttribute('href') ?? '')
		);
		expect(hrefs.length).toBeGreaterThan(6);
		expect(hrefs.filter((h) => !/^\/nb(\/|$)/.test(h))).toEqual([]);
		expect(await o.page.locator('header nav:not(.lang) a[aria-current="page"]').textContent()).toBe('Om');
		await o.close();
	});
});
