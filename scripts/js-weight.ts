/**
 * What each route's up-front JavaScript is made of: per source module, the bytes it takes in the chunks a route's
 * prerendered HTML loads up front (the same files `npm run bench` counts: modulepreload links, scripts, and the
 * chunks they import statically).
 *
 *   DPE_SOURCEMAP=1 npx vite build && npx tsx scripts/js-weight.ts [route …] [--top N] [--json out.json]
 *
 * Method: DPE_SOURCEMAP=1 makes vite write hidden source maps (no reference comment, so the chunks are byte for byte
 * the shipped ones). Every generated segment of a chunk is credited to the source its mapping names; bytes no mapping
 * covers (Svelte's template strings, import/export lines) go to the next mapped module. A module's gzip figure is its share of its chunk's raw bytes times the chunk's gzip size
 * (gzip does not split by module; the shares are estimates, the per-route totals are exact). Modules under
 * node_modules are grouped by package. Sizes only: it reads build/, it never builds.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUILD = 'build';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

/** One line of a source map's `mappings`: [generated column, source index or -1] per segment. */
function decodeLine(line: string, state: { source: number }): [number, number][] {
	const out: [number, number][] = [];
	let col = 0;
	for (const seg of line.split(',')) {
		if (!seg) continue;
		const fields: number[] = [];
		let value = 0;
		let shift = 0;
		for (const ch of seg) {
			const digit = B64_INDEX.get(ch);
			if (digit === undefined) throw new Error(`bad VLQ character ${ch}`);
			value += (digit & 31) << shift;
			if (digit & 32) shift += 5;
			else {
				fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
				value = 0;
				shift = 0;
			}
		}
		col += fields[0]!;
		if (fields.length >= 4) {
			state.source += fields[1]!;
			out.push([col, state.source]);
		} else out.push([col, -1]);
	}
	return out;
}

function moduleName(source: string): string {
	const p = normalize(source).replace(/^(\.\.\/)+/, '');
	const nm = p.lastIndexOf('node_modules/');
	if (nm >= 0) {
		const rest = p.slice(nm + 'node_modules/'.length).split('/');
		return `npm:${rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]}`;
	}
	return p.replace(/^.*?(src\/|\.svelte-kit\/)/, '$1');
}

/** Raw bytes per module in one chunk, from its map. */
function chunkModules(file: string): Map<string, number> {
	const code = readFileSync(file, 'utf8');
	const out = new Map<string, number>();
	const add = (k: string, n: number) => out.set(k, (out.get(k) ?? 0) + n);
	const mapFile = `${file}.map`;
	if (!existsSync(mapFile)) {
		add(`(no map) ${relative(BUILD, file)}`, Buffer.byteLength(code));
		return out;
	}
	const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[]; mappings: string };
	const names = map.sources.map(moduleName);
	const lines = code.split('\n');
	const mapLines = map.mappings.split(';');
	const state = { source: 0 };
	// Bytes no mapping covers (Svelte's hoisted template strings, the chunk's import/export lines) go to the next
	// mapped module: a component's templates sit just before its code. What is left at the end goes to the last one.
	let pending = 0;
	let last = '(unmapped)';
	const credit = (src: number, n: number) => {
		if (src < 0) return void (pending += n);
		last = names[src]!;
		add(last, n + pending);
		pending = 0;
	};
	lines.forEach((text, i) => {
		const segs = decodeLine(mapLines[i] ?? '', state);
		const bytes = (from: number, to: number) => Buffer.byteLength(text.slice(from, to));
		pending += 1; // the newline
		if (!segs.length) return void (pending += bytes(0, text.length));
		pending += bytes(0, segs[0]![0]);
		segs.forEach(([col, src], j) => credit(src, bytes(col, j + 1 < segs.length ? segs[j + 1]![0] : text.length)));
	});
	if (pending) add(last, pending);
	return out;
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((n) => {
		const p = join(dir, n);
		if (statSync(p).isDirectory()) return n === '_app' ? [] : htmlFiles(p);
		return n.endsWith('.html') ? [p] : [];
	});
}

function routeOf(file: string): string {
	return (
		'/' +
		relative(BUILD, file)
			.replace(/(^|\/)index\.html$/, '')
			.replace(/\.html$/, '')
	);
}

/** The JS files a page loads up front, as bench.ts counts them: what its HTML names and every chunk those import. */
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[^"'();]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
function routeJs(file: string): string[] {
	const html = readFileSync(file, 'utf8');
	const todo: string[] = [];
	for (const m of html.matchAll(/(?:href|src)="([^"]+\.js)"/g)) todo.push(m[1]!);
	for (const m of html.matchAll(/import\("([^"]+\.js)"\)/g)) todo.push(m[1]!);
	const seen = new Set<string>();
	const paths = todo.map((src) => (src.startsWith('/') ? join(BUILD, src) : join(dirname(file), src)));
	while (paths.length) {
		const p = paths.pop()!;
		if (seen.has(p) || !existsSync(p)) continue;
		seen.add(p);
		for (const m of readFileSync(p, 'utf8').matchAll(STATIC_IMPORT)) paths.push(join(dirname(p), m[1]!));
	}
	return [...seen];
}

const chunkCache = new Map<string, { gz: number; raw: number; modules: Map<string, number> }>();
function chunk(file: string) {
	let c = chunkCache.get(file);
	if (!c) {
		const buf = readFileSync(file);
		c = { gz: gzipSync(buf).length, raw: buf.length, modules: chunkModules(file) };
		chunkCache.set(file, c);
	}
	return c;
}

/** Estimated gzip bytes per module for a route. */
export function routeModules(file: string): { total: number; modules: Map<string, number> } {
	const modules = new Map<string, number>();
	let total = 0;
	for (const f of routeJs(file)) {
		const c = chunk(f);
		total += c.gz;
		for (const [m, raw] of c.modules) modules.set(m, (modules.get(m) ?? 0) + (raw / c.raw) * c.gz);
	}
	return { total, modules };
}

const args = process.argv.slice(2);
const top = Number(args[args.indexOf('--top') + 1]) || 25;
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const wanted = args.filter((a, i) => a.startsWith('/') && args[i - 1] !== '--json');
const pages = htmlFiles(BUILD).filter((f) => (wanted.length ? wanted.includes(routeOf(f)) : true));
const report: Record<string, { total: number; modules: Record<string, number> }> = {};
for (const f of pages) {
	const { total, modules } = routeModules(f);
	report[routeOf(f)] = { total, modules: Object.fromEntries(modules) };
	if (!wanted.length) continue;
	console.log(`\n${routeOf(f)}: ${(total / 1024).toFixed(1)} KB gzip`);
	for (const [m, b] of [...modules].sort((a, b) => b[1] - a[1]).slice(0, top))
		console.log(`  ${(b / 1024).toFixed(2).padStart(7)} KB  ${m}`);
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(report));
