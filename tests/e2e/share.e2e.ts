import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, BUILD, openShareMenu, rawHtml, startSite, type Opened, type Site } from './harness';

let site: Site;
beforeAll(async () => (site = await startSite()));
afterAll(async () => site?.close());

const focused = (o: { page: import('playwright-core').Page }) =>
	o.page.evaluate(() => document.activeElement?.getAttribute('data-action') ?? document.activeElement?.className ?? '');

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
		// Its parts load when the menu is first reached: it says it is busy until its buttons are there.
		await o.page.locator('#share-headline-panel:not([aria-busy="true"]) button').first().waitFor();
		// Tab order: the first thing after the button is Copy link.
		await o.page.keyboard.press('Tab');
		expect(await focused(o)).toBe('copy-link');
		await o.page.keyboard.press('Enter');
		await expect.poll(() => o.page.locator('[data-share-status]').textContent()).toBe('Link copied.');
		expect(await o.page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.base}/country/PRT`);

		// The citation is shown, with the dataset behind the first headline chart and this page's link.
		const cite = await o.page.locator('#share-headline-cite').inputValue();
		expect(cite).toMatch(
			/^.+ \(\d{4}\)\. .+ Retrieved \d{1,2} [A-Z][a-z]+ \d{4} from http:\/\/127\.0\.0\.1:\d+\/country\/PRT via Drug Policy Explorer\.$/
		);

		const [download] = await Promise.all([
			o.page.waitForEvent('download'),
			o.page.locator('[data-action="csv"]').click()
		]);
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
		await expect
			.poll(() => o.page.locator('[data-share-status]').textContent())
			.toBe('Downloaded prt-key-numbers.csv.');

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
				await page.addInitScript(() =>
					Object.defineProperty(navigator, 'clipboard', {
						value: { writeText: () => Promise.reject(new Error('denied')) }
					})
				);
			}
		});
		await o.page.locator('[data-share] button.toggle').click();
		await o.page.locator('[data-action="copy-link"]').click();
		await expect
			.poll(() => o.page.locator('[data-share-status]').textContent())
			.toMatch(/Could not copy automatically/);
		const field = o.page.locator('#share-headline-link');
		expect(await field.inputValue()).toBe(`${site.base}/country/PRT`);
		expect(
			await field.evaluate(
				(el: HTMLInputElement) =>
					document.activeElement === el && el.selectionStart === 0 && el.selectionEnd === el.value.length
			)
		).toBe(true);
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

/** Press a menu button with the keyboard and return the downloaded file's name and text. */
async function downloadText(o: Opened, panel: ReturnType<Opened['page']['locator']>, action: string) {
	await panel.locator(`[data-action="${action}"]`).focus();
	const [d] = await Promise.all([o.page.waitForEvent('download'), o.page.keyboard.press('Enter')]);
	return { name: d.suggestedFilename(), text: readFileSync((await d.path())!, 'utf8').replace(/^\uFEFF/, '') };
}
const csvRows = (text: string) => Papa.parse<string[]>(text, { comments: '#', skipEmptyLines: true }).data;
const today = () =>
	new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
		new Date()
	);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "Publisher (year). Dataset. Retrieved <date> from <view URL> via Drug Policy Explorer." — exactly. */
const citationRe = (url: string) =>
	new RegExp(
		`^(.+? \\((\\d{4}|n\\.d\\.)\\)\\. .+?\\. )+Retrieved ${escapeRe(today())} from ${escapeRe(url)} via Drug Policy Explorer\\.$`
	);
/** The line chart's table as (place, x, value) cells, with values as plain numbers ('' when missing). */
async function lineTable(o: Opened, figure: string) {
	return o.page.locator(`[data-figure="${figure}"] table`).evaluate((t: HTMLTableElement) => {
		const places = [...t.querySelectorAll('thead th')].slice(1).map((th) => th.textContent!.trim());
		const out: string[][] = [];
		for (const tr of t.querySelectorAll('tbody tr')) {
			const x = tr.querySelector('th')!.textContent!.trim().replace('\u2212', '-').replace(/^\+/, '');
			[...tr.querySelectorAll('td')].forEach((td, i) => {
				const v = td.classList.contains('missing') ? '' : td.childNodes[0]!.textContent!.trim().replace(/,/g, '');
				out.push([places[i]!, x, v]);
			});
		}
		return out;
	});
}

describe('share menu loads its parts when opened', () => {
	/** The JavaScript files a page's HTML loads up front (modulepreload links and scripts), as bench.ts counts them. */
	const upFront = (route: string) => {
		const html = readFileSync(join(BUILD, `${route}.html`), 'utf8');
		const files = [...html.matchAll(/(?:href|src)="\/([^"]+\.js)"/g), ...html.matchAll(/import\("\/([^"]+\.js)"\)/g)];
		return [...new Set(files.map((m) => m[1]!))].map((f) => readFileSync(join(BUILD, f), 'utf8'));
	};

	it('no page loads the panel, the embed dialog or PapaParse up front', () => {
		for (const route of ['map', 'compare', 'index', 'country/PRT', 'nb/country/NOR']) {
			const js = upFront(route);
			expect(js.length, route).toBeGreaterThan(3);
			// EmbedDialog's markup and a string only PapaParse has.
			expect(
				js.some((t) => t.includes('data-embed-dialog')),
				route
			).toBe(false);
			expect(
				js.some((t) => t.includes('__parsed_extra')),
				route
			).toBe(false);
			// The button is there (the panel's words are not), except where the page is an island: its every control
			// comes with the island's code, after the page is shown (components/Island.svelte).
			expect(
				js.some((t) => t.includes('Share & download')),
				route
			).toBe(!readFileSync(join(BUILD, `${route}.html`), 'utf8').includes('data-island="'));
		}
	});

	it('says so when its parts cannot be loaded, and opening it again tries again', async () => {
		const o = await site.open('/country/PRT');
		const blocked: string[] = [];
		const block = (r: import('playwright-core').Route) => {
			blocked.push(r.request().url());
			return r.abort('failed');
		};
		// Everything the page needed is loaded (networkidle): from now on, no more code arrives.
		await o.page.route('**/_app/immutable/**', block);
		const toggle = o.page.locator('[data-share] button.toggle');
		await toggle.click();
		expect(await toggle.getAttribute('aria-expanded')).toBe('true');
		await expect
			.poll(() => o.page.locator('[data-share-status]').textContent())
			.toMatch(/^Could not load the share menu.*Check the connection, then open the menu again\.$/);
		expect(await o.page.locator('[data-share-status]').getAttribute('class')).toContain('failed');
		expect(blocked.length).toBeGreaterThan(0);
		expect(await o.page.locator('[data-action="copy-link"]').count()).toBe(0);

		await o.page.unroute('**/_app/immutable/**', block);
		await toggle.click(); // close
		await toggle.click(); // open again: loads now
		await o.page.locator('[data-action="copy-link"]').waitFor({ state: 'visible' });
		await o.page.locator('[data-action="csv"]').waitFor({ state: 'visible' });
		expect(await o.page.locator('[data-share-status]').textContent()).toBe('');
		expect(await o.page.locator('#share-headline-cite').inputValue()).toMatch(
			/Retrieved .* via Drug Policy Explorer\.$/
		);
		expect(o.pageErrors).toEqual([]);
		await o.close();
	});
});

describe('share menu on /compare and /map', () => {
	it('/compare: CSV of the rows shown (sources, licence, neutralised text cells), citation, and a copied link that reopens the same view', async () => {
		const ID = 'emcdda_drug_induced_death_rate_15_64';
		const path = `/compare?countries=PRT~CZE&indicator=${ID}&align=decriminalisation`;
		const o = await site.open(path, {
			before: async (page) => {
				// A publisher's name that looks like a formula (as a hostile or odd source might): the file must defuse it.
				await page.route(`**/compare/data/${ID}.json`, async (route) => {
					const res = await route.fetch();
					const j = await res.json();
					for (const s of j.sources)
						if (s.source_id === j.indicator.source_id) s.publisher = `=HYPERLINK("http://x.example","${s.publisher}")`;
					await route.fulfill({ response: res, json: j });
				});
			}
		});
		await o.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.base });
		await o.page.locator('[data-figure="compare-chart"] svg[data-chart="line"] g.series').first().waitFor();
		await expect.poll(() => o.page.evaluate(() => location.search)).toContain('align=decriminalisation');
		const view = await o.page.evaluate(() => location.href);
		const panel = await openShareMenu(o.page, 'compare-chart');
		await o.page.keyboard.press('Tab');
		expect(await focused(o)).toBe('copy-link');

		const csv = await downloadText(o, panel, 'csv');
		expect(csv.name).toMatch(/^emcdda-drug-induced-death-rate-15-64-prt-cze\.csv$/);
		expect(csv.text).toMatch(/^# Title: .+aligned on each country’s decriminalisation/);
		// The header names the source as it is (a `# ` line never starts a formula).
		expect(csv.text).toMatch(/\n# Source: =HYPERLINK\("http:\/\/x\.example"/);
		expect(csv.text).toMatch(/\n# Licence: .+\n/);
		expect(csv.text).toContain(`\n# View: ${view}\n`);
		const rows = csvRows(csv.text);
		expect(rows[0]).toEqual(['code', 'place', 'years_since_reform', 'value', 'flag', 'source']);
		// Exactly the table's cells: same places, same x, same values as shown.
		const table = await lineTable(o, 'compare-chart');
		expect(rows.slice(1).map((r) => [r[1], r[2], r[3]])).toEqual(
			[...table].sort((a, b) =>
				a[0] === b[0]
					? Number(a[1]) - Number(b[1])
					: rows.findIndex((r) => r[1] === a[0]) - rows.findIndex((r) => r[1] === b[0])
			)
		);
		// Text that starts a formula gets a leading ' in the cells; numbers stay unquoted numbers.
		const withValue = rows.slice(1).filter((r) => r[3] !== '');
		expect(withValue.length).toBeGreaterThan(5);
		for (const r of withValue) expect(r[5]).toMatch(/^'=HYPERLINK/);
		expect(csv.text).toMatch(/\nPRT,Portugal,\d+,\d+\.\d,derived,"'=HYPERLINK/);

		// The citation, shown and copied, in its exact format.
		const cite = await o.page.locator('#share-compare-cite').inputValue();
		expect(cite).toMatch(citationRe(view));
		await panel.locator('[data-action="copy-citation"]').focus();
		await o.page.keyboard.press('Enter');
		await expect.poll(() => o.page.evaluate(() => navigator.clipboard.readText())).toBe(cite);

		// The copied link is this exact view.
		await panel.locator('[data-action="copy-link"]').focus();
		await o.page.keyboard.press('Enter');
		await expect
			.poll(() => o.page.locator('#share-compare-panel [data-share-status]').textContent())
			.toBe('Link copied.');
		const link = await o.page.evaluate(() => navigator.clipboard.readText());
		expect(link).toBe(view);
		const title = await o.page.locator('#compare-chart-title').textContent();
		const again = await site.open(link.replace(site.base, ''));
		await again.page.locator('[data-figure="compare-chart"] svg[data-chart="line"] g.series').first().waitFor();
		await expect.poll(() => again.page.locator('#compare-chart-title').textContent()).toBe(title);
		expect(await lineTable(again, 'compare-chart')).toEqual(table);
		await again.close();
		expect(o.pageErrors).toEqual([]);
		await o.close();
	});

	it('/map: CSV rows = the ranked table’s rows (negative changes unquoted), the citation, and a copied link that reopens the same view', async () => {
		const o = await site.open('/map?region=europe', { width: 1280 });
		await o.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.base });
		await expect.poll(() => o.page.locator('#map-table tbody tr').count()).toBeGreaterThan(10);
		const panel = await openShareMenu(o.page, 'map-figure');
		const view = await o.page.evaluate(() => location.href);
		const csv = await downloadText(o, panel, 'csv');
		expect(csv.text).toMatch(/\n# Source: Institute for Health Metrics and Evaluation/);
		expect(csv.text).toMatch(/\n# Licence: .+\n/);
		expect(csv.text).toContain(`\n# View: ${view}\n`);
		const rows = csvRows(csv.text);
		const shown = await o.page
			.locator('#map-table tbody tr')
			.evaluateAll((trs) =>
				trs.map((tr) => [
					tr.getAttribute('data-iso3'),
					tr.querySelector('td[data-value]')?.textContent?.replace(/,/g, '') ?? ''
				])
			);
		expect(rows.slice(1).map((r) => [r[1], r[3]])).toEqual(shown);
		expect(await o.page.locator('#share-map-cite').inputValue()).toMatch(citationRe(view));

		await panel.locator('[data-action="copy-link"]').focus();
		await o.page.keyboard.press('Enter');
		const link = await o.page.evaluate(() => navigator.clipboard.readText());
		expect(link).toBe(view);
		const again = await site.open(link.replace(site.base, ''));
		await expect.poll(() => again.page.locator('#map-table tbody tr').count()).toBe(shown.length);
		expect(await again.page.locator('h1').textContent()).toBe(await o.page.locator('h1').textContent());
		expect(
			await again.page
				.locator('#map-table tbody tr')
				.evaluateAll((trs) =>
					trs.map((tr) => [
						tr.getAttribute('data-iso3'),
						tr.querySelector('td[data-value]')?.textContent?.replace(/,/g, '') ?? ''
					])
				)
		).toEqual(shown);
		await again.close();
		await o.close();

		// Change mode: falls are negative numbers, written unquoted; the rows are still the table's, in its order.
		const c = await site.open('/map?region=europe&mode=change', { width: 1280 });
		await expect.poll(() => c.page.locator('#map-table tbody tr').count()).toBeGreaterThan(10);
		const changeCsv = await downloadText(c, await openShareMenu(c.page, 'map-figure'), 'csv');
		const changeRows = csvRows(changeCsv.text);
		expect(changeRows[0]!.slice(0, 4)).toEqual(['rank', 'code', 'place', 'change_percent']);
		expect(changeCsv.text).toMatch(/\n\d+,[A-Z]{3},[^,\n]+,-\d+,/);
		expect(changeRows.slice(1).map((r) => r[1])).toEqual(
			await c.page.locator('#map-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-iso3')))
		);
		await c.close();
	});

	for (const width of [375, 1280])
		for (const [path, figure, route] of [
			['/compare', 'compare-chart', '/embed/compare'],
			['/map', 'map-figure', '/embed/map']
		] as const)
			it(`${path} at ${width} px: menu beside the title, on screen, axe clean open and with the embed dialog (live and pinned)`, async () => {
				const o = await site.open(path, { width });
				const toggle = (await o.page.locator(`[data-figure="${figure}"] [data-share] button.toggle`).boundingBox())!;
				expect(toggle.x + toggle.width).toBeLessThanOrEqual(width);
				if (figure === 'compare-chart') {
					// In the frame's head, right of the title and level with its first line.
					const title = (await o.page.locator('#compare-chart-title').boundingBox())!;
					expect(toggle.x).toBeGreaterThanOrEqual(title.x + title.width);
					expect(Math.abs(toggle.y - title.y)).toBeLessThan(12);
				}
				const panel = await openShareMenu(o.page, figure);
				const box = (await panel.boundingBox())!;
				expect(box.x).toBeGreaterThanOrEqual(0);
				expect(box.x + box.width).toBeLessThanOrEqual(width);
				expect(await axeViolations(o.page)).toEqual([]);
				await panel.locator('[data-action="embed"]').focus();
				await o.page.keyboard.press('Enter');
				const dialog = o.page.locator(`[data-figure="${figure}"] [data-embed-dialog]`);
				await dialog.waitFor({ state: 'visible' });
				const code = () => dialog.locator('textarea').inputValue();
				expect(await code()).toMatch(
					new RegExp(
						`^<iframe src="${escapeRe(site.base + route)}(\\?[^"]*)?" title="[^"]+" width="100%" height="\\d+"`
					)
				);
				expect(await code()).toContain(`<script async src="${site.base}/embed.js"></script>`);
				expect(await code()).not.toContain('pin=');
				await dialog.locator('input[value="pinned"]').check();
				expect(await code()).toMatch(
					/[?&]amp;pin=\d{4}(-\d\d-\d\d)?-[0-9a-f]{10}"|[?]pin=\d{4}(-\d\d-\d\d)?-[0-9a-f]{10}"/
				);
				expect(await axeViolations(o.page)).toEqual([]);
				await o.page.keyboard.press('Escape');
				await dialog.waitFor({ state: 'hidden' });
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
		expect(await rawHtml(site.base, '/country/PRT')).toContain(
			'<meta property="og:title" content="Portugal: drug policy and outcomes"'
		);
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

describe('share menu on a Norwegian page', () => {
	const todayNb = () =>
		new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
			new Date()
		);

	it(
		'/nb/compare: Norwegian menu, a copied /nb/ link, a CSV with Norwegian comment lines and machine-readable numbers, a Norwegian citation and /nb/embed/ code',
		{ timeout: 60_000 },
		async () => {
			const o = await site.open('/nb/compare?countries=PRT~CZE', { width: 1280 });
			await o.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.base });
			await o.page.locator('[data-figure="compare-chart"] svg[data-chart="line"] g.series').first().waitFor();
			const view = await o.page.evaluate(() => location.href);
			expect(view).toMatch(new RegExp(`^${escapeRe(site.base)}/nb/compare\\?`));
			expect(await o.page.locator('[data-figure="compare-chart"] [data-share] button.toggle .long').textContent()).toBe(
				'Del og last ned'
			);
			const panel = await openShareMenu(o.page, 'compare-chart');

			await panel.locator('[data-action="copy-link"]').focus();
			await o.page.keyboard.press('Enter');
			await expect
				.poll(() => o.page.locator('#share-compare-panel [data-share-status]').textContent())
				.toBe('Lenken er kopiert.');
			expect(await o.page.evaluate(() => navigator.clipboard.readText())).toBe(view);

			const csv = await downloadText(o, panel, 'csv');
			const comments = csv.text.split('\n').filter((l) => l.startsWith('# '));
			expect(comments[0]).toMatch(/^# Tittel: /);
			expect(comments).toContain(`# Visning: ${view}`);
			expect(comments).toContain(`# Hentet: ${todayNb()}`);
			expect(comments.some((l) => /^# Kilde: .+\(\d{4}|u\.å\.\)/.test(l))).toBe(true);
			expect(comments.some((l) => l.startsWith('# Lisens: '))).toBe(true);
			expect(comments.some((l) => /^# Dataversjon: \d{4}(-\d\d-\d\d)?-[0-9a-f]{10}$/.test(l))).toBe(true);
			expect(comments.at(-1)).toMatch(/^# Tallcellene er maskinlesbare: punktum som desimaltegn/);
			// No English header word left.
			expect(
				comments.filter((l) => /^# (Title|Source|Licence|View|Retrieved|Data version|Values|Number cells)\b/.test(l))
			).toEqual([]);
			const rows = csvRows(csv.text);
			expect(rows[0]).toEqual(['kode', 'sted', 'år', 'verdi', 'merknad', 'kilde']);
			const values = rows
				.slice(1)
				.map((r) => r[3]!)
				.filter(Boolean);
			expect(values.length).toBeGreaterThan(5);
			for (const v of values) expect(v).toMatch(/^-?\d+(\.\d+)?$/);
			// The chart's own table on the page writes the same numbers with a decimal comma.
			const cells = await o.page
				.locator('[data-figure="compare-chart"] table tbody td')
				.evaluateAll((tds) => tds.map((td) => td.textContent!.trim()));
			expect(cells.filter((t) => /^\d+,\d+\b/.test(t)).length).toBeGreaterThan(5);
			expect(cells.filter((t) => /^\d+\.\d+\b/.test(t))).toEqual([]);
			await expect
				.poll(() => o.page.locator('#share-compare-panel [data-share-status]').textContent())
				.toBe(`Lastet ned ${csv.name}.`);

			const cite = await o.page.locator('#share-compare-cite').inputValue();
			expect(cite).toMatch(
				new RegExp(
					`^(.+? \\((\\d{4}|u\\.å\\.)\\)\\. .+?\\. )+Hentet ${escapeRe(todayNb())} fra ${escapeRe(view)} via Drug Policy Explorer\\.$`
				)
			);

			await panel.locator('[data-action="embed"]').focus();
			await o.page.keyboard.press('Enter');
			const dialog = o.page.locator('[data-figure="compare-chart"] [data-embed-dialog]');
			await dialog.waitFor({ state: 'visible' });
			expect(await dialog.locator('h2').textContent()).toBe('Bygg inn denne figuren');
			expect(await dialog.locator('textarea').inputValue()).toMatch(
				new RegExp(`^<iframe src="${escapeRe(site.base)}/nb/embed/compare\\?[^"]*"`)
			);
			expect(await axeViolations(o.page)).toEqual([]);
			await o.page.keyboard.press('Escape');
			expect(o.pageErrors).toEqual([]);
			expect(o.cspViolations).toEqual([]);
			await o.close();
		}
	);
});
