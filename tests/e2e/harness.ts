/**
 * End-to-end harness: serves the built, prerendered site (build/) as plain static files on 127.0.0.1 and drives
 * Debian's Chromium with playwright-core. Every page opened through `open()` records console errors, page errors
 * requests to other hosts and Content-Security-Policy violations, so tests can assert there are none.
 *
 * Like many static hosts (Netlify, Cloudflare Pages, Vercel with clean URLs), the server answers `/map/` with
 * `map.html` when there is no `map/index.html`, so the trailing-slash form of every page is served as a page too.
 */
import AxeBuilder from '@axe-core/playwright';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const BUILD = resolve('build');
const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.csv': 'text/csv',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain'
};

export const CHROMIUM_CANDIDATES = [
	process.env.CHROMIUM_PATH,
	'/usr/lib/chromium/chromium',
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser'
].filter((p): p is string => !!p);
export function findChromium(): string | null {
	return CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** Launch flags known to work on these machines (see README): no sandbox as root, no background networking. */
export const LAUNCH_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

function serveStatic(): Promise<{ server: Server; base: string }> {
	const server = createServer((req, res) => {
		const clean = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!)).replace(/^(\.\.[/\\])+/, '');
		const candidates = [
			clean,
			`${clean}.html`,
			join(clean, 'index.html'),
			...(clean.length > 1 && clean.endsWith('/') ? [`${clean.slice(0, -1)}.html`] : [])
		];
		const file = candidates
			.map((c) => join(BUILD, c))
			.find((f) => f.startsWith(BUILD) && existsSync(f) && statSync(f).isFile());
		if (!file) {
			res.writeHead(404, { 'content-type': 'text/html' });
			res.end(existsSync(join(BUILD, '404.html')) ? readFileSync(join(BUILD, '404.html')) : 'not found');
			return;
		}
		res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		res.end(readFileSync(file));
	});
	return new Promise((ok) =>
		server.listen(0, '127.0.0.1', () => {
			const addr = server.address();
			ok({ server, base: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}` });
		})
	);
}

export interface Site {
	base: string;
	browser: Browser;
	/** `before` runs on the new page before it navigates (e.g. to answer some requests with page.route()). */
	/** `hasTouch` emulates a touch screen (for `page.tap()`). */
	open(
		path: string,
		opts?: {
			width?: number;
			javaScript?: boolean;
			colorScheme?: 'light' | 'dark';
			hasTouch?: boolean;
			before?: (page: Page) => Promise<void>;
		}
	): Promise<Opened>;
	close(): Promise<void>;
}

export interface Opened {
	page: Page;
	consoleErrors: string[];
	pageErrors: string[];
	external: string[];
	/** Every request to the site itself (paths), in order. */
	requests: string[];
	/** Every `securitypolicyviolation` in any document of this page, as "directive blockedURI (source:line)". */
	cspViolations: string[];
	close(): Promise<void>;
}

export async function startSite(): Promise<Site> {
	if (!existsSync(join(BUILD, 'index.html'))) throw new Error('build/ is missing: run `npm run build` first');
	const exe = findChromium();
	if (!exe) throw new Error('Chromium not found: apt-get install -y chromium (or set CHROMIUM_PATH)');
	const { server, base } = await serveStatic();
	const browser = await chromium.launch({ executablePath: exe, headless: true, args: LAUNCH_ARGS });
	return {
		base,
		browser,
		async open(path, opts = {}) {
			const context = await browser.newContext({
				viewport: { width: opts.width ?? 1280, height: 900 },
				javaScriptEnabled: opts.javaScript ?? true,
				colorScheme: opts.colorScheme ?? 'light',
				hasTouch: opts.hasTouch ?? false
			});
			const rec: Opened = {
				page: null!,
				consoleErrors: [],
				pageErrors: [],
				external: [],
				requests: [],
				cspViolations: [],
				close: () => context.close()
			};
			// Recorded in the page (window.__cspViolations) and reported here, so violations survive full navigations.
			await context.exposeFunction('__reportCsp', (v: string) => rec.cspViolations.push(v));
			await context.addInitScript(() => {
				const w = window as unknown as { __cspViolations: string[]; __reportCsp: (v: string) => void };
				w.__cspViolations = [];
				document.addEventListener('securitypolicyviolation', (e) => {
					const v =
						`${e.effectiveDirective} ${e.blockedURI || '(inline)'} (${e.sourceFile || document.location.pathname}:${e.lineNumber}) ${e.sample}`.trim();
					w.__cspViolations.push(v);
					void w.__reportCsp(v);
				});
			});
			const page = await context.newPage();
			rec.page = page;
			page.on('console', (m) => {
				if (m.type() === 'error') rec.consoleErrors.push(m.text());
			});
			page.on('pageerror', (e) => rec.pageErrors.push(String(e)));
			const network = inFlight(page);
			page.on('request', (r) => {
				const u = r.url();
				if (u.startsWith(base)) rec.requests.push(u.slice(base.length));
				else if (!/^(data:|blob:|about:)/.test(u)) rec.external.push(u);
			});
			await opts.before?.(page);
			await page.goto(base + path, { waitUntil: 'load' });
			await settled(page, network, opts.javaScript ?? true);
			return rec;
		},
		async close() {
			await browser.close();
			await new Promise((ok) => server.close(ok));
		}
	};
}

/** Counts a page's requests that have started and not yet finished or failed, and when that count last changed. */
export function inFlight(page: Page): { count: number; changed: number } {
	const n = { count: 0, changed: Date.now() };
	const add = (d: number) => () => {
		n.count += d;
		n.changed = Date.now();
	};
	page.on('request', add(1));
	page.on('requestfinished', add(-1));
	page.on('requestfailed', add(-1));
	return n;
}

/**
 * Waits until a loaded page is ready to test: hydrated (the root layout marks <html data-hydrated> in onMount, after
 * every child has mounted and started its fetches), then no request in flight for QUIET_MS. Playwright's
 * 'networkidle' waits a fixed 500 ms of silence after every navigation, which was a fifth of the end-to-end run; the
 * hydration mark makes a shorter quiet window safe (nothing starts a fetch between the scripts loading and mounting).
 * A page that never hydrates (a test that breaks its scripts on purpose) is given up on after HYDRATION_MS.
 */
export async function settled(page: Page, network: { count: number; changed: number }, javaScript: boolean) {
	if (javaScript)
		await page
			.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'), null, { timeout: HYDRATION_MS })
			.catch(() => undefined);
	const deadline = Date.now() + 10_000;
	while (Date.now() < deadline && (network.count > 0 || Date.now() - network.changed < QUIET_MS))
		await new Promise((ok) => setTimeout(ok, 25));
}
const QUIET_MS = 150;
const HYDRATION_MS = 5_000;

/** axe-core WCAG 2.1 A/AA violations, as "id: help (n nodes)" strings (empty = clean). */
export async function axeViolations(page: Page): Promise<string[]> {
	const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	return r.violations.map(
		(v) =>
			`${v.id}: ${v.help} (${v.nodes.length} nodes: ${v.nodes
				.slice(0, 2)
				.map((n) => n.target.join(' '))
				.join('; ')})`
	);
}

/** Raw prerendered HTML of a route as served (what a reader gets before any script runs). */
export async function rawHtml(base: string, path: string): Promise<string> {
	const r = await fetch(base + path);
	return r.text();
}

/** Open the share menu of the figure `figure` (its data-figure; null: the page's only menu) with the keyboard. */
export async function openShareMenu(page: Page, figure: string | null) {
	const root = figure ? `[data-figure="${figure}"] [data-share]` : '[data-share]';
	const toggle = page.locator(`${root} button.toggle`);
	await toggle.focus();
	await page.keyboard.press('Enter');
	const panel = page.locator(`${root} .panel`);
	await panel.waitFor({ state: 'visible' });
	// Its parts load when the menu is first reached (ShareMenu.svelte): open means loaded, not "Loading…".
	await page.locator(`${root} .panel:not([aria-busy="true"]) button`).first().waitFor();
	return panel;
}
