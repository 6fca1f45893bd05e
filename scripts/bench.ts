/**
 * npm run bench — performance figures (printed, not asserted):
 *  1. per prerendered route: gzip bytes of the JavaScript it loads up front — the modulepreload links and scripts in
 *     its HTML and every chunk those import statically (SvelteKit's preload list can leave out a chunk that a lazy
 *     chunk also imports: the browser still fetches it, one round trip later, so it is counted, and the number of
 *     such chunks is shown) — its HTML size, and whether the HTML already contains the chart SVG (readable before
 *     any script runs);
 *     For a page that is an island (components/Island.svelte), also the JavaScript it loads once it is shown: the
 *     island's chunk and the chunks it imports statically that the page did not already load;
 *  2. the embed loader (static/embed.js, budget 1 KB gzip) and the embed routes' JavaScript beside the others;
 *  3. the map's recolour/render timings vs Observable Plot (scripts/bench-map.ts), when present (BENCH_NO_MAP=1 skips
 *     them: sizes only, in seconds).
 * Builds first if build/ is missing.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUILD = 'build';
if (!existsSync(join(BUILD, 'index.html'))) execSync('npx vite build', { stdio: 'inherit' });

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((n) => {
		const p = join(dir, n);
		if (statSync(p).isDirectory()) return n === '_app' ? [] : htmlFiles(p);
		return n.endsWith('.html') ? [p] : [];
	});
}

const gz = (file: string) => gzipSync(readFileSync(file)).length;

export interface RouteFigures {
	route: string;
	jsFiles: number;
	/** Chunks loaded up front that the HTML does not preload (fetched when their importer runs). */
	notPreloaded: number;
	jsGzip: number;
	htmlGzip: number;
	chartSvg: boolean;
	svgPaths: number;
	/** The island's JavaScript, loaded after the page is shown (0: the page is no island). */
	islandGzip: number;
}

const clientManifest = '.svelte-kit/output/client/.vite/manifest.json';
type ManifestChunk = { file: string; dynamicImports?: string[] };
const manifest: Record<string, ManifestChunk> = existsSync(clientManifest)
	? (JSON.parse(readFileSync(clientManifest, 'utf8')) as Record<string, ManifestChunk>)
	: {};
const byFile = new Map(Object.values(manifest).map((c) => [c.file, c]));

/** The static import closure of a built chunk (paths under build/). */
function closure(start: string): Set<string> {
	const seen = new Set<string>();
	const todo = [start];
	while (todo.length) {
		const path = todo.pop()!;
		if (seen.has(path) || !existsSync(path)) continue;
		seen.add(path);
		for (const m of readFileSync(path, 'utf8').matchAll(STATIC_IMPORT)) todo.push(join(path, '..', m[1]!));
	}
	return seen;
}

/**
 * The JavaScript an island page loads once it is shown: its page node's dynamic import of the island's component
 * (`<Name>Page.svelte`, named in the route's +page.ts) and what that imports, less what the page loaded first.
 */
function islandJs(html: string, upFront: string[]): string[] {
	if (!html.includes('data-island="')) return [];
	const loaded = new Set(upFront);
	const out = new Set<string>();
	for (const f of upFront) {
		const chunk = byFile.get(relative(BUILD, f));
		for (const key of chunk?.dynamicImports ?? []) {
			if (!/Page\.svelte$/.test(key) || !manifest[key]) continue;
			for (const p of closure(join(BUILD, manifest[key].file))) if (!loaded.has(p)) out.add(p);
		}
	}
	return [...out];
}

/** Static imports of a built chunk (`import{…}from"./x.js"`, `import"./x.js"`, `export{…}from"./x.js"`), not `import()`. */
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[^"'();]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

/** The files of the JS a page loads up front: what its HTML names, and every chunk those import statically. */
export function upFrontJs(file: string): { files: string[]; notPreloaded: number } {
	const html = readFileSync(file, 'utf8');
	const named = new Set<string>();
	const dir = join(file, '..');
	const at = (src: string) => (src.startsWith('/') ? join(BUILD, src) : join(dir, src));
	for (const m of html.matchAll(/(?:href|src)="([^"]+\.js)"/g)) named.add(at(m[1]!));
	for (const m of html.matchAll(/import\("([^"]+\.js)"\)/g)) named.add(at(m[1]!));
	const seen = new Set<string>();
	const todo = [...named].filter((p) => existsSync(p));
	while (todo.length) {
		const path = todo.pop()!;
		if (seen.has(path)) continue;
		seen.add(path);
		for (const m of readFileSync(path, 'utf8').matchAll(STATIC_IMPORT)) {
			const next = join(path, '..', m[1]!);
			if (existsSync(next)) todo.push(next);
		}
	}
	return { files: [...seen], notPreloaded: [...seen].filter((p) => !named.has(p)).length };
}

export function routeFigures(file: string): RouteFigures {
	const html = readFileSync(file, 'utf8');
	const { files, notPreloaded } = upFrontJs(file);
	const jsGzip = files.reduce((t, f) => t + gz(f), 0);
	const route =
		'/' +
		relative(BUILD, file)
			.replace(/(^|\/)index\.html$/, '')
			.replace(/\.html$/, '');
	const svg = /<svg[^>]*data-chart="[^"]+"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
	return {
		route,
		jsFiles: files.length,
		notPreloaded,
		jsGzip,
		htmlGzip: gz(file),
		chartSvg: svg.length > 0,
		svgPaths: (svg.match(/<path /g) ?? []).length,
		islandGzip: islandJs(html, files).reduce((t, f) => t + gz(f), 0)
	};
}

const all = htmlFiles(BUILD).map(routeFigures);
// Many /country/* pages share one template: show a few and the largest.
const perPlace = (r: RouteFigures) => /^(\/nb)?\/(embed\/)?country\//.test(r.route);
const countries = all.filter((r) => r.route.startsWith('/country/'));
const shown = [
	...all.filter((r) => !perPlace(r)),
	...all.filter((r) =>
		['/country/PRT', '/country/USA', '/embed/country/PRT', '/embed/country/USA', '/nb/country/NOR'].includes(r.route)
	)
];
console.log('\nRoute JavaScript (gzip) and prerendered chart');
console.log(
	'route'.padEnd(28),
	'JS files'.padStart(13),
	'JS gzip'.padStart(10),
	'HTML gzip'.padStart(10),
	'then'.padStart(10),
	' chart SVG in HTML'
);
for (const r of shown) {
	console.log(
		r.route.padEnd(28),
		`${r.jsFiles}${r.notPreloaded ? ` (${r.notPreloaded} late)` : ''}`.padStart(13),
		`${(r.jsGzip / 1024).toFixed(1)} KB`.padStart(10),
		`${(r.htmlGzip / 1024).toFixed(1)} KB`.padStart(10),
		(r.islandGzip ? `${(r.islandGzip / 1024).toFixed(1)} KB` : '').padStart(10),
		r.chartSvg ? ` yes (${r.svgPaths} paths)` : ' no'
	);
}
if (countries.length) {
	const max = countries.reduce((a, b) => (b.htmlGzip > a.htmlGzip ? b : a));
	console.log(
		`(${countries.length} country pages; largest HTML ${max.route} ${(max.htmlGzip / 1024).toFixed(1)} KB gzip)`
	);
}

{
	// The goals of issue 13 on size, over every prerendered page.
	const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
	const heaviest = all.reduce((a, b) => (b.jsGzip > a.jsGzip ? b : a));
	const map = all.find((r) => r.route === '/map');
	console.log(
		`\n"then": an island's JavaScript, loaded after the page is shown (components/Island.svelte).` +
			`\nJavaScript up front: at most ${kb(heaviest.jsGzip)}, ${heaviest.route}, over ${all.length} pages (goal ≤ 45 KB on every route: ${heaviest.jsGzip <= 45 * 1024 ? 'MET' : 'NOT MET'})` +
			(map
				? `\n/map HTML: ${kb(map.htmlGzip)} gzip (goal ≤ 40 KB: ${map.htmlGzip <= 40 * 1024 ? 'MET' : 'NOT MET'})`
				: '')
	);
}

// /nb/… pages fetch the Norwegian words as one more chunk before they render (strings/lang.ts loadLang): not in the
// HTML, so not in the figures above. Its size, with the chunks it imports that a page does not already load.
{
	const nb = manifest['src/lib/strings/nbCatalogues.ts'];
	if (nb) {
		const base = routeFigures(join(BUILD, '404.html'));
		const onBase = new Set(upFrontJs(join(BUILD, '404.html')).files);
		const seen = [...closure(join(BUILD, nb.file))].filter((p) => !onBase.has(p));
		const bytes = seen.reduce((t, f) => t + gz(f), 0);
		console.log(
			`\nNorwegian words, fetched by /nb/… pages after their HTML: ${(bytes / 1024).toFixed(1)} KB gzip in ${seen.length} files (base JS ${(base.jsGzip / 1024).toFixed(1)} KB)`
		);
	}
}

const loader = join(BUILD, 'embed.js');
if (existsSync(loader)) {
	const g = gz(loader);
	console.log(
		`\nEmbed loader /embed.js: ${readFileSync(loader).length} B, ${g} B gzip (budget 1024 B: ${g <= 1024 ? 'within' : 'OVER'})`
	);
}

if (existsSync('scripts/bench-map.ts') && !process.env.BENCH_NO_MAP) {
	console.log('\nMap: recolour and render timings (Chromium)');
	execSync('npx tsx scripts/bench-map.ts', { stdio: 'inherit' });
}
