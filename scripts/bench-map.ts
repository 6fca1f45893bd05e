/**
 * Map benchmark (run by `npm run bench`, or alone: `npx tsx scripts/bench-map.ts [runs]`), in Debian's Chromium.
 *
 * Three pages side by side in one browser session, on the same World choropleth (world-atlas 110m, the default
 * indicator, the same colour bins), served from loopback by this script (no network):
 *  - ours: the prerendered /map from build/;
 *  - Observable Plot: a standalone page that draws the same features and thresholds with Plot's geo mark
 *    (@observablehq/plot, a dev dependency, loaded from node_modules);
 *  - the floor: our prerendered map SVG alone on a page (cut out of build/map.html). Nothing can be faster than this
 *    with the same shapes, so it is the floor. Its cold loads are of the SVG and nothing else; its year changes are on
 *    the same page with a script that only rewrites the paths' fill attributes. (The script is left out of the cold
 *    loads because it runs before the page's first paint: with it, the floor's first map came about 45 ms later, which
 *    made every page look nearer the floor than it is.)
 *
 * Methods (medians over `runs`, default 30 cold loads and 60 year changes per page, printed with the middle half of
 * each page's figures to show how steady they are; the pages take turns so that a busy machine slows all three alike):
 *  - first map on screen: a cold load (a new browser context: empty cache) of each page, to its first contentful
 *    paint (FCP: when that frame is on screen, raster included). An init script watches every animation frame from
 *    the start of the document and tells whether the whole map (all its country shapes) is already in the first
 *    frame rendered with any content (text or a shape), so that the FCP is the map's and not, say, the header's. When it is not, the start of the first
 *    frame with the whole map stands in (earlier than that frame reaches the screen: in the page's favour), and the
 *    output says how many loads that was.
 *  - year change: inside an animation-frame callback, the change is made (ours: the year slider's value is set and
 *    an `input` event dispatched, as a drag does; Plot: a new Plot.plot() for that year replaces the old chart; the
 *    floor: new fills written to the same paths), then a message is posted; it is handled after that frame's style,
 *    layout and paint, and the time from the change to it is the figure. Doing the change in the frame callback
 *    leaves out the wait for the next frame, which would add up to 16.7 ms of idle time to all three alike.
 *  - an empty page (one word), cold loaded in turn with the others, for reference: what every cold load costs before
 *    the page has anything of its own to do (starting the renderer, committing the navigation). It is in all three
 *    pages' figures, so the first-map ratios shrink as it grows, e.g. when the machine is busy.
 *  - interactive (ours only, for reference): in the same cold loads, when the root layout marks <html data-hydrated>,
 *    i.e. every island of the page is live (its code and data loaded, hydrated) and the map answers the mouse and
 *    the slider. The page is read before that (it is prerendered); this is what the islands postpone.
 *  - render (ours only, for reference): a region switch to World, which creates every shape anew from the prerendered
 *    path strings; script, style and layout to the updated DOM.
 * Also prints the gzip bytes of the JavaScript the /map route loads.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection } from 'geojson';
import { chromium } from 'playwright-core';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { findChromium, LAUNCH_ARGS } from '../tests/e2e/harness.ts';

const BUILD = resolve('build');
const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml'
};

export interface PageTimes {
	/**
	 * First map on screen, ms from navigation start (median of cold loads): the first contentful paint when the whole
	 * map is in the first frame rendered (`laterFrames` counts the loads where it was not).
	 */
	firstMapMs: number;
	laterFrames: number;
	/** First contentful paint, ms from navigation start (median of the same loads). */
	fcpMs: number;
	/** A year change to the end of that frame's style, layout and paint (median). */
	yearChangeMs: number;
	/** The middle half of the first maps and of the year changes (25th and 75th percentiles): how steady the medians are. */
	firstMapIqr: [number, number];
	yearChangeIqr: [number, number];
	paths: number;
}

export interface MapBench {
	runs: number;
	/** First contentful paint of a page with one word on it (median of cold loads taking turns with the others). */
	emptyMs: number;
	/** `interactiveMs`: ms from navigation start to <html data-hydrated> (median of the cold loads). */
	ours: PageTimes & { renderMs: number; interactiveMs: number };
	plot: PageTimes;
	floor: PageTimes;
	routeJsGzip: number;
	routeJsFiles: number;
}

/** The q-th quantile (0…1) of `xs`, interpolated between the two nearest values. */
const quantile = (xs: number[], q: number) => {
	const s = [...xs].sort((a, b) => a - b);
	const at = (s.length - 1) * q;
	const lo = Math.floor(at);
	return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (at - lo);
};
const median = (xs: number[]) => quantile(xs, 0.5);
const iqr = (xs: number[]): [number, number] => [quantile(xs, 0.25), quantile(xs, 0.75)];

/** gzip bytes of every JS file the prerendered /map page loads (modulepreload links, scripts, dynamic imports). */
export function routeJs(htmlFile = join(BUILD, 'map.html')): { files: number; gzip: number } {
	const html = readFileSync(htmlFile, 'utf8');
	const js = new Set<string>();
	for (const m of html.matchAll(/(?:href|src)="([^"]+\.js)"/g)) js.add(m[1]!);
	for (const m of html.matchAll(/import\("([^"]+\.js)"\)/g)) js.add(m[1]!);
	let gzip = 0;
	for (const src of js) {
		const p = src.startsWith('/') ? join(BUILD, src) : join(BUILD, normalize(src));
		if (existsSync(p)) gzip += gzipSync(readFileSync(p)).length;
	}
	return { files: js.size, gzip };
}

/** The Observable Plot page: same features, values and thresholds as our default map. */
function plotPage(): string {
	const topo = JSON.parse(readFileSync('node_modules/world-atlas/countries-110m.json', 'utf8')) as Topology<{
		countries: GeometryCollection<{ name: string }>;
	}>;
	const fc = feature(topo, topo.objects.countries) as FeatureCollection;
	const countries = readFileSync('data/countries.csv', 'utf8')
		.trim()
		.split('\n')
		.slice(1)
		.map((l) => l.split(','));
	const isoOf = new Map(countries.filter((c) => c[1]).map((c) => [c[1]!, c[0]!]));
	const features = fc.features
		.filter((f: Feature) => f.id !== '010')
		.map((f) => ({ ...f, properties: { iso3: isoOf.get(String(f.id)) ?? '' } }));
	const data = JSON.parse(readFileSync(join(BUILD, `map/data/${DEFAULT_INDICATOR}.json`), 'utf8')) as {
		places: Record<string, [number, number][]>;
		bins: { thresholds: number[]; colors: string[] };
	};
	const values: Record<string, Record<number, number>> = {};
	for (const [iso3, pts] of Object.entries(data.places))
		values[iso3] = Object.fromEntries(pts.map((p) => [p[0], p[1]]));
	return `<!doctype html><html><head><meta charset="utf-8"><title>Plot bench</title></head><body>
<div id="chart"></div>
<script src="/__bench/d3.min.js"></script><script src="/__bench/plot.umd.min.js"></script>
<script>
const features = ${JSON.stringify(features)};
const values = ${JSON.stringify(values)};
const bins = ${JSON.stringify(data.bins)};
window.renderPlot = (year) => {
  const chart = Plot.plot({
    width: 960, height: 470, projection: { type: 'equal-earth', domain: { type: 'FeatureCollection', features } },
    color: { type: 'threshold', domain: bins.thresholds, range: bins.colors, unknown: '#ccc' },
    marks: [Plot.geo(features, { fill: (d) => values[d.properties.iso3]?.[year], stroke: 'white', strokeWidth: 0.6 })]
  });
  document.getElementById('chart').replaceChildren(chart);
  return chart;
};
window.renderPlot(2019);
</script></body></html>`;
}

function serve(pages: Record<string, string>): Promise<{ server: Server; base: string }> {
	const extra: Record<string, () => Buffer | string> = {
		...Object.fromEntries(Object.entries(pages).map(([path, html]) => [path, () => html])),
		'/__bench/plot.umd.min.js': () => readFileSync('node_modules/@observablehq/plot/dist/plot.umd.min.js'),
		'/__bench/d3.min.js': () => readFileSync('node_modules/d3/dist/d3.min.js')
	};
	const server = createServer((req, res) => {
		const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
		if (extra[path]) {
			res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'text/plain' });
			res.end(extra[path]!());
			return;
		}
		const clean = normalize(path).replace(/^(\.\.[/\\])+/, '');
		const file = [clean, `${clean}.html`, join(clean, 'index.html')]
			.map((c) => join(BUILD, c))
			.find((f) => f.startsWith(BUILD) && existsSync(f) && statSync(f).isFile());
		if (!file) {
			res.writeHead(404);
			res.end('not found');
			return;
		}
		res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		res.end(readFileSync(file));
	});
	return new Promise((ok) =>
		server.listen(0, '127.0.0.1', () => {
			const a = server.address();
			ok({ server, base: `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}` });
		})
	);
}

/** A page with one word on it: what a cold load costs before a page has anything of its own to do. */
const EMPTY_PAGE =
	'<!doctype html><html><head><meta charset="utf-8"><title>Empty</title></head><body>Map</body></html>';

/** Our prerendered map SVG alone on a page (the floor's first map). */
function floorSvgPage(): string {
	const html = readFileSync(join(BUILD, 'map.html'), 'utf8');
	const at = html.indexOf('data-chart="map"');
	const svg = html.slice(html.lastIndexOf('<svg', at), html.indexOf('</svg>', at) + 6);
	return `<!doctype html><html><head><meta charset="utf-8"><title>Floor bench</title></head><body>
${svg}
</body></html>`;
}

/** The same page with a script that writes a year's fills to its paths (the floor's year change). */
function floorPage(): string {
	const data = JSON.parse(readFileSync(join(BUILD, `map/data/${DEFAULT_INDICATOR}.json`), 'utf8')) as MapData;
	return floorSvgPage().replace(
		'</body>',
		`<script>
const places = ${JSON.stringify(data.places)};
const bins = ${JSON.stringify(data.bins)};
const colour = (v) => { let i = 0; while (i < bins.thresholds.length && v >= bins.thresholds[i]) i++; return bins.colors[i]; };
const shapes = [...document.querySelectorAll('svg[data-chart="map"] path')]
  .map((p) => ({ p, iso3: p.closest('[data-iso3]')?.getAttribute('data-iso3') ?? p.getAttribute('data-iso3') }))
  .filter((s) => s.iso3);
const fillsOf = (year) => shapes.map((s) => {
  const v = (places[s.iso3] ?? []).find((x) => x[0] === year)?.[1];
  return v === undefined ? 'url(#map-nodata)' : colour(v);
});
const byYear = {};
for (let y = 1990; y <= 2019; y++) byYear[y] = fillsOf(y);
window.recolour = (year) => { const f = byYear[year]; for (let i = 0; i < shapes.length; i++) shapes[i].p.setAttribute('fill', f[i]); };
</script></body>`
	);
}

interface MapData {
	places: Record<string, [number, number][]>;
	bins: { thresholds: number[]; colors: string[] };
}
const DEFAULT_INDICATOR = 'gbd2019_drug_disorder_death_rate';

/**
 * Runs in each page from the start of the document: records the start of the first animation frame in which at
 * least `min` map shapes are in the DOM. Passed as text (tsx's helpers do not exist in the page).
 */
const FIRST_MAP_WATCH = (selector: string, min: number) => `(() => {
	new MutationObserver((_, o) => {
		if (!document.documentElement.hasAttribute('data-hydrated')) return;
		window.__interactive = performance.now();
		o.disconnect();
	}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-hydrated'] });
	const tick = (t) => {
		const content = window.__firstFrame !== undefined || document.querySelector('svg path') || (document.body && document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.data.trim() ? 1 : 3) }).nextNode());
		if (window.__firstFrame === undefined && content) window.__firstFrame = t;
		if (document.querySelectorAll(${JSON.stringify(selector)}).length >= ${min}) window.__firstMap = t;
		else requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
})()`;

/** In-page: make `change` inside a frame callback, resolve with the time to the end of that frame (see the top). */
const FRAME_AFTER = `(change) => new Promise((done) => requestAnimationFrame(() => {
	const t0 = performance.now();
	change();
	const ch = new MessageChannel();
	ch.port1.onmessage = () => done(performance.now() - t0);
	ch.port2.postMessage(0);
}))`;

/** Each page's address for its cold loads (`first`) and its year changes (`year`), and what counts as its shapes. */
const PAGES = {
	ours: { first: '/map', year: '/map', shapes: 'svg[data-chart="map"] [data-iso3]' },
	plot: { first: '/__bench/plot.html', year: '/__bench/plot.html', shapes: 'svg path' },
	floor: { first: '/__bench/floor-svg.html', year: '/__bench/floor.html', shapes: 'svg[data-chart="map"] [data-iso3]' }
} as const;
type PageName = keyof typeof PAGES;

export async function benchMap(runs = 30): Promise<MapBench> {
	if (!existsSync(join(BUILD, 'map.html'))) throw new Error('build/map.html is missing: run `npm run build` first');
	const exe = findChromium();
	if (!exe) throw new Error('Chromium not found (apt-get install -y chromium, or set CHROMIUM_PATH)');
	const { server, base } = await serve({
		'/__bench/plot.html': plotPage(),
		'/__bench/floor-svg.html': floorSvgPage(),
		'/__bench/floor.html': floorPage(),
		'/__bench/empty.html': EMPTY_PAGE
	});
	const browser = await chromium.launch({ executablePath: exe, headless: true, args: LAUNCH_ARGS });
	const names = Object.keys(PAGES) as PageName[];
	try {
		// The number of country shapes on our map: the others must show as many before they count as drawn.
		const count = await (async () => {
			const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
			const p = await ctx.newPage();
			await p.goto(base + PAGES.ours.first, { waitUntil: 'load' });
			const n = await p.locator(PAGES.ours.shapes).count();
			await ctx.close();
			return n;
		})();
		// 1. Cold loads, the pages taking turns.
		const first: Record<PageName, number[]> = { ours: [], plot: [], floor: [] };
		const fcp: Record<PageName, number[]> = { ours: [], plot: [], floor: [] };
		const later: Record<PageName, number> = { ours: 0, plot: 0, floor: 0 };
		const interactive: number[] = [];
		const empty: number[] = [];
		for (let i = 0; i < runs; i++) {
			{
				const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
				const p = await ctx.newPage();
				await p.goto(`${base}/__bench/empty.html`, { waitUntil: 'load' });
				await p.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
				empty.push((await p.evaluate(`performance.getEntriesByName('first-contentful-paint')[0].startTime`)) as number);
				await ctx.close();
			}
			for (const name of names) {
				const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
				const p = await ctx.newPage();
				// Plot appends its whole chart at once: its first path means the whole map. Ours and the floor arrive as
				// the HTML is parsed: the map is drawn once all its shapes are in.
				await p.addInitScript(FIRST_MAP_WATCH(PAGES[name].shapes, name === 'plot' ? 1 : count));
				await p.goto(base + PAGES[name].first, { waitUntil: 'load' });
				await p.waitForFunction(
					() =>
						(window as unknown as { __firstMap?: number }).__firstMap !== undefined &&
						performance.getEntriesByName('first-contentful-paint').length > 0
				);
				const t = (await p.evaluate(`({
					inFirstFrame: window.__firstMap === window.__firstFrame,
					fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
					frame: window.__firstMap
				})`)) as { inFirstFrame: boolean; fcp: number; frame: number };
				// The first contentful paint is the map's when the map is whole in the first frame rendered; when it
				// comes in a later frame, that frame's start is the best the page can tell (and it is counted so).
				first[name].push(t.inFirstFrame ? t.fcp : Math.max(t.fcp, t.frame));
				if (!t.inFirstFrame) later[name]++;
				fcp[name].push(t.fcp);
				if (name === 'ours') {
					await p.waitForFunction(() => (window as unknown as { __interactive?: number }).__interactive !== undefined);
					interactive.push((await p.evaluate('window.__interactive')) as number);
				}
				await ctx.close();
			}
		}

		// 2. Year changes, in one warm tab per page.
		const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const tabs = {} as Record<PageName, import('playwright-core').Page>;
		for (const name of names) {
			tabs[name] = await ctx.newPage();
			await tabs[name].goto(base + PAGES[name].year, { waitUntil: 'networkidle' });
		}
		// Ours: let the full dataset arrive (the page starts with one year), then the slider moves through the years.
		await tabs.ours.locator('#map-year').focus();
		await tabs.ours.keyboard.press('Home');
		await tabs.ours.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('1990'));
		const change: Record<PageName, string> = {
			ours: `(year) => { const input = document.querySelector('#map-year'); input.value = String(year); input.dispatchEvent(new Event('input', { bubbles: true })); }`,
			plot: `(year) => { window.renderPlot(year); }`,
			floor: `(year) => { window.recolour(year); }`
		};
		const changes = runs * 2;
		const year: Record<PageName, number[]> = { ours: [], plot: [], floor: [] };
		for (let i = 0; i < changes + 5; i++)
			for (const name of names) {
				// The tab measured is the one in front: a tab behind others may get its frames later.
				await tabs[name].bringToFront();
				const ms = (await tabs[name].evaluate(`(async () => {
					await new Promise((r) => setTimeout(r, 400)); // past what the last change deferred (the table: 120 ms; the address: 150 ms)
					const frameAfter = ${FRAME_AFTER};
					const change = ${change[name]};
					return frameAfter(() => change(${1990 + (i % 30)}));
				})()`)) as number;
				if (i >= 5) year[name].push(ms);
			}
		const paths = {} as Record<PageName, number>;
		for (const name of names) paths[name] = await tabs[name].locator(PAGES[name].shapes).count();

		// 3. Ours: render from scratch (a region switch to World), for reference.
		const renderMs = (await tabs.ours.evaluate(`(async (n) => {
			const svg = () => document.querySelector('svg[data-chart="map"]');
			const settle = () => new Promise((r) => setTimeout(r, 0));
			const radio = (r) => document.querySelector('input[name="map-region"][value="' + r + '"]');
			for (const r of ['americas', 'world']) {
				radio(r).click();
				for (let k = 0; k < 100 && svg().getAttribute('data-region') !== r; k++) await new Promise((ok) => setTimeout(ok, 50));
			}
			const render = [];
			for (let i = 0; i < n; i++) {
				radio('americas').click();
				await settle();
				await new Promise((r) => requestAnimationFrame(() => r(null)));
				const t0 = performance.now();
				radio('world').click();
				await settle();
				svg().getBoundingClientRect();
				void document.body.offsetHeight;
				if (svg().getAttribute('data-region') === 'world') render.push(performance.now() - t0);
			}
			render.sort((a, b) => a - b);
			return render[render.length >> 1];
		})(${runs})`)) as number;
		await ctx.close();

		const times = (name: PageName): PageTimes => ({
			firstMapMs: median(first[name]),
			laterFrames: later[name],
			fcpMs: median(fcp[name]),
			yearChangeMs: median(year[name]),
			firstMapIqr: iqr(first[name]),
			yearChangeIqr: iqr(year[name]),
			paths: paths[name]
		});
		const js = routeJs();
		return {
			runs,
			emptyMs: median(empty),
			ours: { ...times('ours'), renderMs, interactiveMs: median(interactive) },
			plot: times('plot'),
			floor: times('floor'),
			routeJsGzip: js.gzip,
			routeJsFiles: js.files
		};
	} finally {
		await browser.close();
		await new Promise((ok) => server.close(ok));
	}
}

export function formatMapBench(r: MapBench): string {
	const ms = (v: number) => `${v.toFixed(1)} ms`.padStart(11);
	const x = (v: number) => `${v.toFixed(2)}×`;
	const row = (label: string, t: PageTimes) =>
		`${label.padEnd(40)}${ms(t.firstMapMs)}${ms(t.fcpMs)}${ms(t.yearChangeMs)}   ${t.paths}` +
		(t.laterFrames ? `   (map after the first frame in ${t.laterFrames} of ${r.runs} loads)` : '');
	const goal = (ok: boolean) => (ok ? 'met' : 'NOT MET');
	const span = ([a, b]: [number, number], d: number) => `${a.toFixed(d)}–${b.toFixed(d)} ms`;
	const firstVsPlot = r.plot.firstMapMs / r.ours.firstMapMs;
	const firstVsFloor = r.ours.firstMapMs / r.floor.firstMapMs;
	const yearVsPlot = r.plot.yearChangeMs / r.ours.yearChangeMs;
	const yearVsFloor = r.ours.yearChangeMs / r.floor.yearChangeMs;
	return [
		`${'World map, default indicator'.padEnd(40)}${'first map'.padStart(11)}${'FCP'.padStart(11)}${'year'.padStart(11)}   shapes`,
		row('ours: prerendered /map', r.ours),
		row('Observable Plot 0.6.17 geo mark', r.plot),
		row('floor: our SVG alone, fills rewritten', r.floor),
		`middle half (25th–75th percentile), first map / year change: ${(['ours', 'plot', 'floor'] as const)
			.map((k) => `${k} ${span(r[k].firstMapIqr, 0)} / ${span(r[k].yearChangeIqr, 1)}`)
			.join('; ')}`,
		`first map on screen: ${x(firstVsPlot)} sooner than Plot (goal ≥ 2.5×: ${goal(firstVsPlot >= 2.5)}), ${x(firstVsFloor)} the floor (goal ≤ 1.5×: ${goal(firstVsFloor <= 1.5)})`,
		`year change: ${x(yearVsPlot)} faster than Plot (goal ≥ 5×: ${goal(yearVsPlot >= 5)}), ${x(yearVsFloor)} the floor (goal ≤ 1.5×: ${goal(yearVsFloor <= 1.5)})`,
		`a page with one word on it: ${r.emptyMs.toFixed(0)} ms to its first paint in the same loads, a cost in every figure above that no page can cut (the ratios move with it as the machine gets busier)`,
		`ours, interactive (every island live, <html data-hydrated>): ${r.ours.interactiveMs.toFixed(0)} ms after navigation start`,
		`ours, render from scratch (region switch to World, to the updated layout): ${r.ours.renderMs.toFixed(1)} ms`,
		`medians of ${r.runs} cold loads and ${r.runs * 2} year changes per page; methods at the top of scripts/bench-map.ts`,
		`/map route JavaScript: ${(r.routeJsGzip / 1024).toFixed(1)} KB gzip in ${r.routeJsFiles} files`
	].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
	benchMap(Number(process.argv[2]) || 30).then(
		(r) => console.log(formatMapBench(r)),
		(e) => {
			console.error(String(e));
			process.exit(1);
		}
	);
}
