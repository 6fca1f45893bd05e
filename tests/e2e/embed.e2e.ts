/**
 * Embeds on another site: a host page on a different origin (served here from memory, never part of the build)
 * carries the embed code for /embed/map and /embed/country/PRT with the loader, as a reader would paste it. The
 * loader must resize each iframe to its embed's content height, ignore messages from any other window, and nothing
 * may be requested from a third host. Inside the embed: no site chrome, controls=false, dark=true|false, axe clean,
 * and pinned embeds (current, an older version kept by the host, a version the host no longer has).
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAP_DARK, MAP_LIGHT, SERIES_DARK, SERIES_LIGHT } from '../../src/lib/charts/palette.ts';
import { defaultHeight, embedSnippet, iframeSnippet, DEFAULT_HEIGHTS } from '../../src/lib/embed/snippet.ts';
import { axeViolations, BUILD, startSite, type Site } from './harness';

let site: Site;
let host: { server: Server; base: string; pages: Map<string, string> };
let version: string;

/** A second origin (localhost, not 127.0.0.1) serving the host pages set in `pages`. */
function hostServer(): Promise<typeof host> {
	const pages = new Map<string, string>();
	const server = createServer((req, res) => {
		const body = pages.get((req.url ?? '/').split('?')[0]!);
		res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
		res.end(body ?? 'not found');
	});
	return new Promise((ok) =>
		server.listen(0, '127.0.0.1', () => {
			const a = server.address();
			ok({ server, base: `http://localhost:${typeof a === 'object' && a ? a.port : 0}`, pages });
		})
	);
}

const article = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;font-family:serif"><main style="max-width:760px;margin:0 auto;padding:0 12px"><h1>An article about drug policy</h1><p>Some text.</p>
${body}<p>More text after the embeds.</p></main></body></html>`;

beforeAll(async () => {
	site = await startSite();
	host = await hostServer();
	version = /data-version="([^"]+)"/.exec(readFileSync(join(BUILD, 'embed/country/PRT.html'), 'utf8'))![1]!;
	const params = { dark: 'auto', controls: true, lang: null } as const;
	const map = {
		site: site.base,
		path: '/embed/map',
		lang: 'en',
		view: '',
		params,
		mode: 'live',
		title: 'Drug deaths, World (Drug Policy Explorer)',
		kind: 'map'
	} as const;
	const prt = {
		...map,
		path: '/embed/country/PRT',
		title: 'Drug-induced deaths in Portugal (Drug Policy Explorer)',
		kind: 'country'
	} as const;
	// The loader twice (two embeds pasted separately), and an unrelated iframe of the host that posts a height too.
	host.pages.set(
		'/article.html',
		article(
			`${embedSnippet(map)}\n<p>Between the embeds.</p>\n${embedSnippet(prt)}\n<iframe id="other" src="/other.html" title="Other widget" style="width:100%;border:0;height:50px"></iframe>`
		)
	);
	host.pages.set(
		'/other.html',
		`<!doctype html><title>other</title><script>parent.postMessage({ type: 'dpe:embed-height', height: 4321 }, '*');</script>`
	);
	host.pages.set('/plain.html', article(iframeSnippet(prt)));
	const compare = {
		...map,
		path: '/embed/compare',
		title: 'Compare countries (Drug Policy Explorer)',
		kind: 'compare'
	} as const;
	host.pages.set('/compare.html', article(embedSnippet(compare)));
	host.pages.set('/compare-plain.html', article(iframeSnippet(compare)));
	host.pages.set('/compare-fixed.html', article(iframeSnippet({ ...compare, params: { ...params, controls: false } })));
}, 60_000);
afterAll(async () => {
	await site?.close();
	await new Promise((ok) => host?.server.close(ok));
});

async function openHost(path: string, width = 1280) {
	const context = await site.browser.newContext({ viewport: { width, height: 900 }, colorScheme: 'light' });
	const page = await context.newPage();
	const external: string[] = [];
	const errors: string[] = [];
	page.on('request', (r) => {
		const u = r.url();
		if (!u.startsWith(site.base) && !u.startsWith(host.base) && !/^(data:|blob:|about:)/.test(u)) external.push(u);
	});
	page.on('pageerror', (e) => errors.push(String(e)));
	await page.goto(host.base + path, { waitUntil: 'networkidle' });
	return { page, external, errors, close: () => context.close() };
}

function embedFrame(page: Page, path: string): Frame {
	const f = page.frames().find((x) => x.url().startsWith(site.base + path));
	if (!f)
		throw new Error(
			`no frame for ${path}: ${page
				.frames()
				.map((x) => x.url())
				.join(', ')}`
		);
	return f;
}

/** Height of the embed's content, measured inside it, and of its iframe on the host page (and both widths). */
async function heights(page: Page, path: string) {
	const [content, innerWidth] = await embedFrame(page, path).evaluate(() => [
		Math.ceil(document.querySelector('.embed')!.getBoundingClientRect().height),
		window.innerWidth
	]);
	const [iframe, width] = await page.evaluate((p) => {
		const r = document.querySelector(`iframe[src*="${p}"]`)!.getBoundingClientRect();
		return [r.height, Math.round(r.width)];
	}, path);
	return { content: content!, iframe: iframe!, sameWidth: innerWidth === width };
}

/**
 * Wait until the iframe has its content's height. The iframe is scrolled into view first: browsers pause rendering
 * (and ResizeObserver) in cross-origin iframes off screen, so a later change reaches the host when the reader gets there.
 */
async function settled(page: Page, path: string) {
	await page.locator(`iframe[src*="${path}"]`).scrollIntoViewIfNeeded();
	// Equal, and the same in two samples a moment apart (a resize reaches a cross-origin frame asynchronously).
	let prev = '';
	await expect
		.poll(
			async () => {
				const h = await heights(page, path);
				const same = JSON.stringify(h) === prev;
				prev = JSON.stringify(h);
				return h.sameWidth && h.iframe === h.content && same;
			},
			{ timeout: 10_000, interval: 300 }
		)
		.toBe(true);
	return heights(page, path);
}

describe('embed code on another site', () => {
	it('the loader resizes each iframe to its embed’s content height, at any width, and nothing comes from a third host', async () => {
		const h = await openHost('/article.html', 1280);
		try {
			// The first heights arrive without scrolling (the embed re-measures in its first seconds).
			for (const path of ['/embed/map', '/embed/country/PRT']) {
				await expect
					.poll(
						async () => {
							const x = await heights(h.page, path);
							return x.iframe === x.content && x.content > 200;
						},
						{ timeout: 8000 }
					)
					.toBe(true);
			}
			const wide = await heights(h.page, '/embed/country/PRT');
			console.log('embed heights at 1280 px host:', await heights(h.page, '/embed/map'), wide);
			await h.page.setViewportSize({ width: 375, height: 800 });
			for (const path of ['/embed/map', '/embed/country/PRT']) {
				const { content, iframe } = await settled(h.page, path);
				expect(iframe).toBe(content);
			}
			console.log(
				'embed heights at 375 px host:',
				await heights(h.page, '/embed/map'),
				await heights(h.page, '/embed/country/PRT')
			);
			// Opening the table makes the embed taller: the iframe follows.
			const before = (await heights(h.page, '/embed/map')).iframe;
			await embedFrame(h.page, '/embed/map').locator('details.numbers > summary').click();
			const after = await settled(h.page, '/embed/map');
			expect(after.iframe).toBeGreaterThan(before + 500);
			expect(h.external).toEqual([]);
			expect(h.errors).toEqual([]);
		} finally {
			await h.close();
		}
	});

	it('a height posted by another window (an unrelated iframe, the host page itself) is ignored', async () => {
		const h = await openHost('/article.html', 1280);
		try {
			await settled(h.page, '/embed/country/PRT');
			await h.page.evaluate(() => window.postMessage({ type: 'dpe:embed-height', height: 3333 }, '*'));
			await h.page.evaluate(() => new Promise((ok) => setTimeout(ok, 200)));
			const sizes = await h.page.evaluate(() =>
				[...document.querySelectorAll('iframe')].map((f) => Math.round(f.getBoundingClientRect().height))
			);
			expect(sizes).not.toContain(4321);
			expect(sizes).not.toContain(3333);
			expect(sizes[2]).toBe(50);
			const { content, iframe } = await heights(h.page, '/embed/country/PRT');
			expect(iframe).toBe(content);
		} finally {
			await h.close();
		}
	});

	it('a plain iframe without the loader keeps its fixed default height and shows the embed', async () => {
		const h = await openHost('/plain.html', 760);
		try {
			const f = embedFrame(h.page, '/embed/country/PRT');
			await f.locator('svg[data-chart]').first().waitFor();
			const iframe = await h.page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height);
			expect(iframe).toBe(DEFAULT_HEIGHTS.country);
			// The default is chosen so the default view fits at a typical article width (no inner scroll bar).
			const content = await f.evaluate(() =>
				Math.ceil(document.querySelector('.embed')!.getBoundingClientRect().height)
			);
			expect(content).toBeLessThanOrEqual(DEFAULT_HEIGHTS.country);
		} finally {
			await h.close();
		}
	});
});

describe('inside the embed', () => {
	it('no site header or footer; the source line and a link back to the same view, opening in a new tab', async () => {
		const r = await site.open('/embed/map?indicator=emcdda_drd_rate_15_64&region=europe&dark=true', { width: 760 });
		try {
			const p = r.page;
			expect(await p.locator('.skip, nav, body > div > header').count()).toBe(0);
			await expect.poll(() => p.locator('h1').textContent()).toMatch(/Europe/);
			expect(await p.locator('[data-figure] .source-note').textContent()).toMatch(/Source/);
			const back = p.locator('[data-full-view]');
			expect(await back.getAttribute('target')).toBe('_blank');
			const href = (await back.getAttribute('href'))!;
			expect(href).toMatch(/^\/map\?/);
			expect(new URLSearchParams(href.split('?')[1]).get('region')).toBe('europe');
			expect(href).not.toMatch(/dark=/);
			expect(r.external).toEqual([]);
			expect(r.pageErrors).toEqual([]);
			expect(r.cspViolations).toEqual([]);
		} finally {
			await r.close();
		}
	});

	it('controls=false hides the controls; by default they are there', async () => {
		for (const [q, visible] of [
			['', true],
			['?controls=false', false]
		] as const) {
			const r = await site.open(`/embed/map${q}`, { width: 1280 });
			try {
				expect(await r.page.locator('[data-embed-controls]').isVisible()).toBe(visible);
				expect(await r.page.locator('svg[data-chart="map"]').isVisible()).toBe(true);
			} finally {
				await r.close();
			}
		}
	});

	it('dark=true gives the dark theme on a light system, dark=false the light one on a dark system, auto follows the system', async () => {
		const cases = [
			['?dark=true', 'light', 'rgb(20, 23, 28)'],
			['?dark=false', 'dark', 'rgb(255, 255, 255)'],
			['', 'dark', 'rgb(20, 23, 28)'],
			['?dark=%3Cscript%3E', 'light', 'rgb(255, 255, 255)']
		] as const;
		for (const [q, scheme, bg] of cases) {
			const r = await site.open(`/embed/country/PRT${q}`, { colorScheme: scheme });
			try {
				expect(await r.page.evaluate(() => getComputedStyle(document.body).backgroundColor), `${q} on ${scheme}`).toBe(
					bg
				);
				expect(r.cspViolations).toEqual([]);
			} finally {
				await r.close();
			}
		}
	});

	it('axe finds nothing in the map and country embeds, light and dark', { timeout: 90_000 }, async () => {
		for (const path of [
			'/embed/map',
			'/embed/country/PRT',
			'/embed/map?controls=false&dark=true',
			'/embed/country/USA?dark=true'
		]) {
			const r = await site.open(path, { width: 375 });
			try {
				expect(await axeViolations(r.page), path).toEqual([]);
			} finally {
				await r.close();
			}
		}
	});
});

describe('pinned embeds', () => {
	it('pinned to this build’s version: says so, with the date', async () => {
		const r = await site.open(`/embed/country/PRT?pin=${version}`);
		try {
			const v = r.page.locator('[data-pin-state]');
			await expect.poll(() => v.getAttribute('data-pin-state')).toBe('current');
			expect(await v.textContent()).toContain(`version ${version}), pinned`);
		} finally {
			await r.close();
		}
	});

	it('pinned to an older version the host kept: draws that version’s numbers', async () => {
		const old = '2020-00000000aa';
		const current = JSON.parse(readFileSync(join(BUILD, `embed/v/${version}/country/PRT.json`), 'utf8'));
		const last = current.cards[0].points.at(-1);
		last[1] = 99.9;
		current.version = { id: old, asOf: '2020', hash: '00000000aa' };
		const r = await site.open(`/embed/country/PRT?pin=${old}`, {
			before: async (page) => {
				await page.route(`**/embed/v/${old}/country/PRT.json`, (route) =>
					route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(current) })
				);
			}
		});
		try {
			const v = r.page.locator('[data-pin-state]');
			await expect.poll(() => v.getAttribute('data-pin-state')).toBe('kept');
			expect(await v.getAttribute('data-version')).toBe(old);
			expect(await r.page.locator('.value strong').textContent()).toBe('99.9');
			expect(await v.textContent()).toMatch(/published up to 2020 \(version 2020-00000000aa\), pinned/);
		} finally {
			await r.close();
		}
	});

	it('pinned to a version the host no longer has: says so plainly and shows today’s data, labelled', async () => {
		const r = await site.open('/embed/country/PRT?pin=2019-0000000001');
		try {
			const v = r.page.locator('[data-pin-state]');
			await expect.poll(() => v.getAttribute('data-pin-state')).toBe('gone');
			const text = (await v.textContent())!;
			expect(text).toContain('pinned to data version 2019-0000000001');
			expect(text).toContain('no longer keeps');
			expect(text).toContain(`today’s data`);
			expect(text).toContain(version);
			expect(await r.page.locator('svg[data-chart]').count()).toBeGreaterThan(0);
			expect(r.requests).toContain('/embed/v/2019-0000000001/country/PRT.json');
		} finally {
			await r.close();
		}
	});

	it('the map embed pinned to another version says the data changed since', async () => {
		const r = await site.open('/embed/map?pin=2019-0000000001');
		try {
			const v = r.page.locator('[data-pin-state]');
			await expect.poll(() => v.getAttribute('data-pin-state')).toBe('changed');
			expect(await v.textContent()).toMatch(/The data have changed since/);
		} finally {
			await r.close();
		}
	});
});

/** "#0072b2" -> "rgb(0, 114, 178)", as getComputedStyle says it. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe('the compare embed', () => {
	it('the loader resizes its iframe to the content height; a plain iframe’s default height fits a 640–740 px column', async () => {
		const h = await openHost('/compare.html', 760);
		try {
			const { content, iframe } = await settled(h.page, '/embed/compare');
			expect(iframe).toBe(content);
			expect(content).toBeGreaterThan(400);
			await h.page.setViewportSize({ width: 375, height: 800 });
			const narrow = await settled(h.page, '/embed/compare');
			expect(narrow.iframe).toBe(narrow.content);
			expect(narrow.content).toBeGreaterThan(content);
			expect(h.external).toEqual([]);
			expect(h.errors).toEqual([]);
		} finally {
			await h.close();
		}
		for (const [page, controls] of [
			['/compare-plain.html', true],
			['/compare-fixed.html', false]
		] as const) {
			const measured: number[] = [];
			for (const width of [640 + 24, 740 + 24]) {
				const p = await openHost(page, width);
				try {
					const f = embedFrame(p.page, '/embed/compare');
					await f.locator('svg[data-chart]').first().waitFor();
					expect(await p.page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height)).toBe(
						defaultHeight('compare', controls)
					);
					measured.push(
						await f.evaluate(() => Math.ceil(document.querySelector('.embed')!.getBoundingClientRect().height))
					);
				} finally {
					await p.close();
				}
			}
			console.log(`compare embed default-view heights at 640 and 740 px columns (controls ${controls}):`, measured);
			for (const h of measured) expect(h).toBeLessThanOrEqual(defaultHeight('compare', controls));
		}
	});

	it('a query reopens that view inside the embed, and the link back opens the same view on /compare', async () => {
		const q = 'countries=PRT~NOR&indicator=emcdda_drug_induced_death_rate_15_64';
		const r = await site.open(`/embed/compare?${q}&dark=true`, { width: 760 });
		try {
			const p = r.page;
			const root = p.locator('.compare-embed');
			await expect.poll(() => root.getAttribute('data-countries')).toBe('PRT~NOR');
			expect(await root.getAttribute('data-indicator')).toBe('emcdda_drug_induced_death_rate_15_64');
			await expect
				.poll(() =>
					p.locator('g.series[data-key]').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-key')).sort())
				)
				.toEqual(['NOR', 'PRT']);
			expect(await p.locator('h1').textContent()).toMatch(/Portugal/);
			expect(await p.locator('[data-figure] .source-note').textContent()).toMatch(/Source/);
			const back = p.locator('[data-full-view]');
			expect(await back.getAttribute('target')).toBe('_blank');
			const href = (await back.getAttribute('href'))!;
			expect(href).toMatch(/^\/compare\?/);
			const sp = new URLSearchParams(href.split('?')[1]);
			expect(sp.get('countries')).toBe('PRT~NOR');
			expect(sp.get('indicator')).toBe('emcdda_drug_induced_death_rate_15_64');
			expect(href).not.toMatch(/dark=/);
			// The embed never writes the history of its page (in an iframe, that is the host's Back button): as many
			// entries as an embed opened without a query, and the address as it was.
			const plain = await site.open('/embed/compare', { width: 760 });
			const entries = await plain.page.evaluate(() => history.length);
			await plain.close();
			expect(await p.evaluate(() => [history.length, location.search])).toEqual([entries, `?${q}&dark=true`]);
			// The link back opens that same view on /compare.
			const full = await site.open(href, { width: 1280 });
			try {
				await expect
					.poll(() =>
						full.page
							.locator('g.series[data-key]')
							.evaluateAll((gs) => gs.map((g) => g.getAttribute('data-key')).sort())
					)
					.toEqual(['NOR', 'PRT']);
				expect(await full.page.locator('[data-figure] h2').first().textContent()).toBe(
					await p.locator('h1').textContent()
				);
			} finally {
				await full.close();
			}
			expect(r.pageErrors).toEqual([]);
			expect(r.cspViolations).toEqual([]);
		} finally {
			await r.close();
		}
	});

	it('controls=false hides the pickers; the chart, source line and link back stay', async () => {
		for (const [q, visible] of [
			['', true],
			['?controls=false', false]
		] as const) {
			const r = await site.open(`/embed/compare${q}`, { width: 760 });
			try {
				expect(await r.page.locator('[data-embed-controls]').isVisible()).toBe(visible);
				expect(await r.page.locator('svg[data-chart]').first().isVisible()).toBe(true);
				expect(await r.page.locator('[data-figure] .source-note').isVisible()).toBe(true);
				expect(await r.page.locator('[data-full-view]').isVisible()).toBe(true);
			} finally {
				await r.close();
			}
		}
	});

	it('axe finds nothing in the compare embed, light and dark', { timeout: 60_000 }, async () => {
		for (const [path, scheme] of [
			['/embed/compare', 'light'],
			['/embed/compare?dark=true&controls=false', 'light'],
			['/embed/compare', 'dark']
		] as const) {
			const r = await site.open(path, { width: 375, colorScheme: scheme });
			try {
				expect(await axeViolations(r.page), `${path} ${scheme}`).toEqual([]);
			} finally {
				await r.close();
			}
		}
	});
});

describe('forced themes draw the theme’s own colours', () => {
	/** Background, the map's borders, "no data" hatch, and the first series' line, as computed on the page. */
	async function colours(path: string, scheme: 'light' | 'dark') {
		const r = await site.open(path, { width: 1280, colorScheme: scheme });
		try {
			const p = r.page;
			await p.locator('svg[data-chart]').first().waitFor();
			return {
				bg: await p.evaluate(() => getComputedStyle(document.body).backgroundColor),
				border: (await p.locator('svg[data-chart="map"] .shapes path').count())
					? await p
							.locator('svg[data-chart="map"] .shapes path')
							.first()
							.evaluate((el) => getComputedStyle(el).stroke)
					: null,
				hatch: (await p.locator('.hatch-line').count())
					? await p
							.locator('.hatch-line')
							.first()
							.evaluate((el) => getComputedStyle(el).stroke)
					: null,
				series0: (await p.locator('g.series[data-series="0"] path').count())
					? await p
							.locator('g.series[data-series="0"] path')
							.first()
							.evaluate((el) => getComputedStyle(el).stroke)
					: null
			};
		} finally {
			await r.close();
		}
	}

	it('dark=true on a light system: dark background, dark map and series colours; dark=false on a dark system: the light ones', async () => {
		const darkMap = await colours('/embed/map?dark=true', 'light');
		expect(darkMap).toEqual({
			bg: 'rgb(20, 23, 28)',
			border: rgb(MAP_DARK.border),
			hatch: rgb(MAP_DARK.nodataLine),
			series0: null
		});
		const lightMap = await colours('/embed/map?dark=false', 'dark');
		expect(lightMap).toEqual({
			bg: 'rgb(255, 255, 255)',
			border: rgb(MAP_LIGHT.border),
			hatch: rgb(MAP_LIGHT.nodataLine),
			series0: null
		});
		expect((await colours('/embed/compare?dark=true', 'light')).series0).toBe(rgb(SERIES_DARK[0]));
		expect((await colours('/embed/compare?dark=false', 'dark')).series0).toBe(rgb(SERIES_LIGHT[0]));
		// auto (no parameter) follows the system, as the main site does.
		expect((await colours('/embed/compare', 'dark')).series0).toBe(rgb(SERIES_DARK[0]));
		expect((await colours('/embed/country/PRT', 'light')).series0).toBe(rgb(SERIES_LIGHT[0]));
	});
});

describe('Norwegian embeds', () => {
	/** The embed's language, a number of its table as written, and its data version line. */
	async function words(p: Page) {
		await p.locator('[data-pin-state]').waitFor();
		return p.evaluate(() => ({
			lang: document.documentElement.lang,
			path: location.pathname,
			search: location.search,
			value: document.querySelector('td[data-value]')?.textContent?.trim() ?? '',
			version: document.querySelector('[data-pin-state]')?.textContent?.trim() ?? ''
		}));
	}

	it(
		'/nb/embed/map and /nb/embed/country/PRT are Norwegian: lang="nb", decimal comma, Norwegian version line',
		{ timeout: 60_000 },
		async () => {
			const r = await site.open('/nb/embed/map?region=europe', { width: 760 });
			try {
				const w = await words(r.page);
				expect(w.lang).toBe('nb');
				expect(w.value).toMatch(/^\d+,\d+$/);
				expect(w.version).toMatch(/denne innbyggingen viser nettstedets gjeldende data\.$/);
				expect(r.pageErrors).toEqual([]);
				expect(r.cspViolations).toEqual([]);
			} finally {
				await r.close();
			}
			const c = await site.open('/nb/embed/country/PRT', { width: 760 });
			try {
				const w = await words(c.page);
				expect(w.lang).toBe('nb');
				expect(w.version).toMatch(/^Data (per|fra datasett publisert til og med) /);
				expect(c.pageErrors).toEqual([]);
				expect(c.cspViolations).toEqual([]);
			} finally {
				await c.close();
			}
		}
	);

	it(
		'lang=nb on an English embed address loads the Norwegian embed with the same query, before the English one paints; lang=en goes back',
		{ timeout: 60_000 },
		async () => {
			const r = await site.open('/embed/map?region=europe&lang=nb&dark=true', {
				width: 760,
				before: async (page) => {
					// Every document this tab shows: the English one may not be drawn visibly (it is hidden, then replaced).
					await page.addInitScript(() => {
						const seen = { painted: false };
						new PerformanceObserver((l) => {
							if (l.getEntries().some((e) => e.name === 'first-paint' || e.name === 'first-contentful-paint'))
								seen.painted = true;
						}).observe({ type: 'paint', buffered: true });
						addEventListener('pagehide', () => {
							if (document.documentElement.style.visibility !== 'hidden' && seen.painted)
								sessionStorage.setItem('dpe-painted', document.documentElement.lang);
						});
					});
				}
			});
			try {
				await expect.poll(() => r.page.evaluate(() => location.pathname)).toBe('/nb/embed/map');
				const w = await words(r.page);
				expect(w.search).toBe('?region=europe&lang=nb&dark=true');
				expect(w.lang).toBe('nb');
				expect(w.value).toMatch(/^\d+,\d+$/);
				expect(await r.page.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBe('dark');
				expect(await r.page.evaluate(() => sessionStorage.getItem('dpe-painted'))).toBeNull();
				expect(r.pageErrors).toEqual([]);
				expect(r.cspViolations).toEqual([]);
			} finally {
				await r.close();
			}
			const e = await site.open('/nb/embed/country/PRT?lang=en', { width: 760 });
			try {
				await expect.poll(() => e.page.evaluate(() => location.pathname)).toBe('/embed/country/PRT');
				const w = await words(e.page);
				expect(w.lang).toBe('en');
				expect(w.version).toMatch(/^Data (as of|from datasets)/);
				expect(e.cspViolations).toEqual([]);
			} finally {
				await e.close();
			}
		}
	);

	it(
		'embed code in Norwegian on another site: /nb/embed/… and ?lang=nb both show the Norwegian embed, resized by the loader',
		{ timeout: 60_000 },
		async () => {
			const params = { dark: 'auto', controls: true, lang: null } as const;
			const common = { site: site.base, view: '', mode: 'live', kind: 'country' } as const;
			host.pages.set(
				'/nb.html',
				article(
					`${embedSnippet({ ...common, path: '/embed/country/PRT', lang: 'nb', params, title: 'Portugal (Drug Policy Explorer)' })}\n` +
						embedSnippet({
							...common,
							path: '/embed/country/CZE',
							lang: 'en',
							params: { ...params, lang: 'nb' },
							title: 'Tsjekkia (Drug Policy Explorer)'
						})
				)
			);
			const h = await openHost('/nb.html', 1280);
			try {
				const srcs = await h.page.evaluate(() => [...document.querySelectorAll('iframe')].map((f) => f.src));
				expect(srcs).toEqual([`${site.base}/nb/embed/country/PRT`, `${site.base}/embed/country/CZE?lang=nb`]);
				for (const [i, path] of [
					[0, '/nb/embed/country/PRT'],
					[1, '/nb/embed/country/CZE']
				] as const) {
					const f = embedFrame(h.page, path);
					await f.locator('[data-pin-state]').waitFor();
					expect(await f.evaluate(() => document.documentElement.lang)).toBe('nb');
					await expect
						.poll(
							async () => {
								const content = await f.evaluate(() =>
									Math.ceil(document.querySelector('.embed')!.getBoundingClientRect().height)
								);
								const iframe = await h.page.evaluate(
									(n) => document.querySelectorAll('iframe')[n]!.getBoundingClientRect().height,
									i
								);
								return iframe === content && content > 200;
							},
							{ timeout: 8000 }
						)
						.toBe(true);
				}
				expect(h.external).toEqual([]);
				expect(h.errors).toEqual([]);
			} finally {
				await h.close();
			}
		}
	);
});
