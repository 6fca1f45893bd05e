/**
 * Every package the code uses is declared in package.json: a package that is only there because another one
 * depends on it (d3-scale under the d3 umbrella, say) can vanish or change major under us on any install.
 * "Uses" means an import, export-from, import() or require() of a bare specifier (as TypeScript's own scanner finds
 * them, so comments and strings do not count), or a `node_modules/<package>` path read as a file (found in the raw
 * text, comments included), in src/, scripts/, tests/ and the root config files.
 */
import { builtinModules } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const SOURCE = /\.(ts|js|mjs|cjs|svelte)$/;
/** SvelteKit's virtual modules and aliases, and our own Vite virtual modules (`virtual:…`, vite.config.ts), not packages. */
const VIRTUAL = /^((\$app|\$env|\$lib|\$service-worker)(\/|$)|virtual:)/;
const BUILTIN = new Set(builtinModules);

/** `d3-scale` → d3-scale, `read-excel-file/node` → read-excel-file, `@sveltejs/kit/vite` → @sveltejs/kit. */
function packageName(spec: string): string {
	const parts = spec.split('/');
	return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** The bare specifiers a file uses (relative imports, builtins and SvelteKit modules left out). */
function packagesUsed(path: string, text: string): string[] {
	// A .svelte file's code is in its <script> blocks; the rest is markup.
	const code = path.endsWith('.svelte')
		? [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n')
		: text;
	const specs = ts.preProcessFile(code, true, true).importedFiles.map((f) => f.fileName);
	for (const m of code.matchAll(/node_modules\/((?:@[\w.-]+\/)?[\w.-]+)/g)) specs.push(m[1]!);
	const out = new Set<string>();
	for (const s of specs) {
		if (s.startsWith('.') || s.startsWith('/') || s.startsWith('node:') || VIRTUAL.test(s)) continue;
		const name = packageName(s);
		if (!BUILTIN.has(name)) out.add(name);
	}
	return [...out].sort();
}

/** A package counts as declared when it, or its DefinitelyTyped types (for type-only packages like geojson), is. */
function isDeclared(name: string, declared: Set<string>): boolean {
	const types = '@types/' + (name.startsWith('@') ? name.slice(1).replace('/', '__') : name);
	return declared.has(name) || declared.has(types);
}

/** `file: package` for every use of a package that package.json does not declare. */
function undeclared(files: { path: string; text: string }[], declared: Set<string>): string[] {
	return files.flatMap((f) =>
		packagesUsed(f.path, f.text)
			.filter((p) => !isDeclared(p, declared))
			.map((p) => `${f.path}: ${p}`)
	);
}

function sourceFiles(): { path: string; text: string }[] {
	const files: string[] = [];
	const walk = (dir: string) => {
		for (const n of readdirSync(dir)) {
			const p = join(dir, n);
			if (statSync(p).isDirectory()) {
				if (n !== 'node_modules' && relative(ROOT, p) !== join('tests', 'fixtures')) walk(p);
			} else if (SOURCE.test(n)) files.push(p);
		}
	};
	for (const d of ['src', 'scripts', 'tests']) walk(join(ROOT, d));
	for (const n of readdirSync(ROOT)) if (SOURCE.test(n) && statSync(join(ROOT, n)).isFile()) files.push(join(ROOT, n));
	return files.map((p) => ({ path: relative(ROOT, p), text: readFileSync(p, 'utf8') }));
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
	dependencies?: Record<string, string>;
	devDependencies?: Record<string, string>;
};
const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);

describe('every package the code uses is declared in package.json', () => {
	it('finds imports, export-from, import(), require and node_modules paths, in .ts and in .svelte scripts', () => {
		const code = [
			"import { scaleLinear } from 'd3-scale';",
			"import type { Feature } from 'geojson';",
			"export { x } from '@scope/pkg/sub';",
			"const m = await import('lazy-pkg');",
			"const r = require('old-pkg');",
			"const atlas = readFileSync('node_modules/world-atlas/countries-110m.json');",
			"import { readFileSync } from 'node:fs';",
			"import path from 'path';",
			"import { base } from '$app/paths';",
			"import { x } from '$lib/data/series';",
			"import { y } from './local.ts';",
			"// import { z } from 'in-a-comment';"
		].join('\n');
		expect(packagesUsed('a.ts', code)).toEqual([
			'@scope/pkg',
			'd3-scale',
			'geojson',
			'lazy-pkg',
			'old-pkg',
			'world-atlas'
		]);
		const svelte = `<script lang="ts">\n\timport { geoPath } from 'd3-geo';\n</script>\n<p>import x from 'not-code'</p>`;
		expect(packagesUsed('A.svelte', svelte)).toEqual(['d3-geo']);
	});

	it('reports a package that is used but not declared, and accepts one declared only by its @types package', () => {
		const files = [
			{
				path: 'src/lib/x.ts',
				text: "import { scaleLinear } from 'd3-scale';\nimport type { Feature } from 'geojson';\nimport Papa from 'papaparse';"
			}
		];
		expect(undeclared(files, new Set(['d3', '@types/geojson', 'papaparse']))).toEqual(['src/lib/x.ts: d3-scale']);
		expect(undeclared(files, new Set(['d3-scale', '@types/geojson', 'papaparse']))).toEqual([]);
	});

	it('holds for src/, scripts/, tests/ and the root config files', () => {
		const files = sourceFiles();
		expect(files.length).toBeGreaterThan(100);
		expect(undeclared(files, declared)).toEqual([]);
	});

	it('declares the d3 modules the code imports, not the d3 umbrella, as a dependency', () => {
		for (const m of ['d3-array', 'd3-format', 'd3-geo', 'd3-scale', 'd3-shape'])
			expect(pkg.dependencies, m).toHaveProperty(m);
		// d3 itself only serves scripts/bench-map.ts (Observable Plot's UMD build needs a global d3).
		expect(pkg.dependencies).not.toHaveProperty('d3');
	});
});
