/**
 * Map benchmark (run by `npm run bench`, or alone: `npx tsx scripts/bench-map.ts [runs]`), in Debian's Chromium.
 *
 * Side by side in one browser session, the same World choropleth (world-atlas 110m, the default indicator, the same
 * colour bins) drawn two ways:
 *  - ours: /map from build/ — geometry projected at build time, a year change only rewrites `fill` attributes;
 *  - Observable Plot's geo mark (@observablehq/plot, dev dependency, loaded from node_modules by this script's own
 *    server — no network): a standalone page that calls Plot.plot() with the same features and thresholds.
 * For each: median time to recolour for a year change, and median time to render the map from scratch
 * (ours: a region switch that creates every shape anew, from prerendered path strings; Plot: a new Plot.plot()).
 * Times are script + style + layout up to the updated DOM (performance.now() around the change, then a forced
 * layout), not paint. Also prints the gzip bytes of the JavaScript the /map route loads.
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

export interface MapBench {
	runs: number;
	ours: { recolourMs: number; renderMs: number; paths: number };
	plot: { recolourMs: number; renderMs: number; paths: number };
	routeJsGzip: number;
	routeJsFiles: number;
}

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

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
	const data = JSON.parse(readFileSync(join(BUILD, 'map/data/gbd2019_drug_disorder_death_rate.json'), 'utf8')) as {
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

function serve(plotHtml: string): Promise<{ server: Server; base: string }> {
	const extra: Record<string, () => Buffer | string> = {
		'/__bench/plot.html': () => plotHtml,
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

export async function benchMap(runs = 30): Promise<MapBench> {
	if (!existsSync(join(BUILD, 'map.html'))) throw new Error('build/map.html is missing: run `npm run build` first');
	const exe = findChromium();
	if (!exe) throw new Error('Chromium not found (apt-get install -y chromium, or set CHROMIUM_PATH)');
	const { server, base } = await serve(plotPage());
	const browser = await chromium.launch({ executablePath: exe, headless: true, args: LAUNCH_ARGS });
	try {
		const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		// Ours.
		const page = await ctx.newPage();
		await page.goto(`${base}/map`, { waitUntil: 'networkidle' });
		await page.waitForFunction(() => document.querySelectorAll('svg[data-chart="map"] path').length > 150);
		// Let the full dataset arrive (the page starts with one year).
		await page.locator('#map-year').focus();
		await page.keyboard.press('Home');
		await page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('1990'));
		// In-page code is passed as text: tsx's helpers (__name) do not exist in the page.
		const ours = (await page.evaluate(`(async (n) => {
			const input = document.querySelector('#map-year');
			const svg = () => document.querySelector('svg[data-chart="map"]');
			const settle = () => new Promise((r) => setTimeout(r, 0));
			const recolour = [];
			for (let i = 0; i < n + 5; i++) {
				const year = 1990 + (i % 30);
				await new Promise((r) => requestAnimationFrame(() => r(null)));
				const t0 = performance.now();
				input.value = String(year);
				input.dispatchEvent(new Event('input', { bubbles: true }));
				await settle();
				svg().getBoundingClientRect();
				void document.body.offsetHeight;
				if (i >= 5) recolour.push(performance.now() - t0);
			}
			const radio = (r) => document.querySelector('input[name="map-region"][value="' + r + '"]');
			// Warm both regions (load their JSON once).
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
			return { recolour, render, paths: svg().querySelectorAll('path').length };
		})(${runs})`)) as { recolour: number[]; render: number[]; paths: number };
		// Observable Plot.
		const plotPageTab = await ctx.newPage();
		await plotPageTab.goto(`${base}/__bench/plot.html`, { waitUntil: 'networkidle' });
		const plot = (await plotPageTab.evaluate(`(async (n) => {
			const w = window;
			const times = [];
			let paths = 0;
			for (let i = 0; i < n + 5; i++) {
				await new Promise((r) => requestAnimationFrame(() => r(null)));
				const t0 = performance.now();
				const svg = w.renderPlot(1990 + (i % 30));
				await new Promise((r) => setTimeout(r, 0));
				svg.getBoundingClientRect();
				void document.body.offsetHeight;
				if (i >= 5) times.push(performance.now() - t0);
				paths = svg.querySelectorAll('path').length;
			}
			return { times, paths };
		})(${runs})`)) as { times: number[]; paths: number };
		const js = routeJs();
		return {
			runs,
			ours: { recolourMs: median(ours.recolour), renderMs: median(ours.render), paths: ours.paths },
			// Plot has no recolour-only update: a year change is a full Plot.plot() (projection included), so both are the same call.
			plot: { recolourMs: median(plot.times), renderMs: median(plot.times), paths: plot.paths },
			routeJsGzip: js.gzip,
			routeJsFiles: js.files
		};
	} finally {
		await browser.close();
		await new Promise((ok) => server.close(ok));
	}
}

export function formatMapBench(r: MapBench): string {
	const ms = (v: number) => `${v.toFixed(2)} ms`.padStart(10);
	return [
		`${'World map, default indicator'.padEnd(44)}${'recolour'.padStart(10)}${'render'.padStart(10)}   paths`,
		`${'ours (prerendered paths, fill-only update)'.padEnd(44)}${ms(r.ours.recolourMs)}${ms(r.ours.renderMs)}   ${r.ours.paths}`,
		`${'Observable Plot 0.6.17 geo mark'.padEnd(44)}${ms(r.plot.recolourMs)}${ms(r.plot.renderMs)}   ${r.plot.paths}`,
		`medians of ${r.runs} runs in Chromium; recolour = year change; render = ours: region switch to World (all shapes created), Plot: Plot.plot() (Plot re-renders for any change)`,
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
