// Dependencies point one way: data → stats/charts/map → state → components → routes.
//
// One table says which folder of src/lib may import which; the rule `layers/direction` resolves every import
// (`$lib/…`, `./…`, `../…`) to the file it names and checks that table. Resolving the path, not matching the import
// string, is why this is a small local rule rather than `no-restricted-imports` patterns: `../map/x` means the map
// layer from src/lib/state/ but a component from src/lib/components/, and `$lib/…` and relative imports are mixed
// throughout. (eslint-plugin-boundaries would do the same, but needs an import resolver plugin that understands
// `$lib` and extension-less TypeScript imports: two more dependencies for one table.)
//
// Type-only imports count like any other: a type that two layers share lives in the lower one.
import { dirname, resolve, sep } from 'node:path';

/**
 * What each folder of src/lib may import from src/lib (besides itself). `routes` (src/routes, src/*.ts) may import
 * everything; nothing in src/lib may import src/routes.
 * @type {Record<string, string[]>}
 */
export const LAYERS = {
	data: ['strings'],
	stats: ['data', 'strings'],
	charts: ['data', 'stats', 'map', 'strings'],
	map: ['data', 'stats', 'charts', 'strings'],
	state: ['data', 'stats', 'charts', 'map', 'strings'],
	// Pure export (figure SVG, CSV, citation, data version) and embed (protocol, parameters, snippets) rules: beside
	// charts/ and map/, whose models they serialise.
	export: ['data', 'stats', 'charts', 'map', 'strings'],
	embed: ['data', 'stats', 'charts', 'map', 'export', 'strings'],
	components: ['data', 'stats', 'charts', 'map', 'export', 'embed', 'state', 'strings'],
	// Build-time data access for prerendering, imported only by routes (and itself). It sits beside routes: it may
	// use state/'s types (the catalogue a state class is built from), never components.
	server: ['data', 'stats', 'charts', 'map', 'export', 'embed', 'state', 'strings'],
	// Message catalogues: importable by all, and they import only types (never code) from the pure layers.
	strings: ['data', 'stats', 'charts', 'map', 'export', 'embed']
};

/** Layers that `strings/` may reach with `import type` only. */
const TYPE_ONLY_FROM = new Set(['strings']);

/**
 * The layer a path belongs to: a folder of src/lib, `routes` for src/routes and files directly in src/, or null.
 * @param {string} file absolute path
 */
export function layerOf(file) {
	const p = file.split(sep).join('/');
	const lib = p.lastIndexOf('/src/lib/');
	if (lib >= 0) {
		const rest = p.slice(lib + '/src/lib/'.length);
		const slash = rest.indexOf('/');
		return slash < 0 ? null : rest.slice(0, slash);
	}
	const src = p.lastIndexOf('/src/');
	return src >= 0 ? 'routes' : null;
}

/**
 * The absolute path an import names, or null for packages and SvelteKit modules ($app, $env).
 * @param {string} spec
 * @param {string} fromFile absolute path of the importing file
 */
export function resolveImport(spec, fromFile) {
	if (spec === '$lib' || spec.startsWith('$lib/')) {
		const p = fromFile.split(sep).join('/');
		const src = p.lastIndexOf('/src/');
		if (src < 0) return null;
		return p.slice(0, src) + '/src/lib' + spec.slice('$lib'.length);
	}
	if (spec.startsWith('./') || spec.startsWith('../')) return resolve(dirname(fromFile), spec);
	return null;
}

/** @type {import('eslint').Rule.RuleModule} */
const direction = {
	meta: {
		type: 'problem',
		docs: {
			description: 'Dependencies in src/lib point one way: data → stats/charts/map → state → components → routes'
		},
		schema: [],
		messages: {
			upward:
				'`{{from}}/` must not import from `{{to}}/` ({{spec}}): dependencies point data → stats/charts/map → state → components → routes. Move what both need into the lower layer.',
			routes: 'src/lib must not import from src/routes ({{spec}}): move what is shared into src/lib.',
			server:
				'`{{from}}/` must not import from `server/` ({{spec}}): server/ is build-time data access, imported only by routes and server/.',
			typeOnly:
				'`strings/` may import only types from `{{to}}/` ({{spec}}): use `import type`, or move the value into a catalogue.'
		}
	},
	create(context) {
		const file = context.filename;
		const from = layerOf(file);
		if (from === null || from === 'routes' || !(from in LAYERS)) return {};
		const allowed = new Set([from, ...LAYERS[from]]);

		/**
		 * @param {any} node the import/export declaration or import() expression
		 * @param {boolean} typeOnly
		 */
		function check(node, typeOnly) {
			const source = node.source;
			if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
			const spec = source.value;
			const target = resolveImport(spec, file);
			if (target === null) return;
			const to = layerOf(target);
			if (to === null || to === from) return;
			if (to === 'routes') context.report({ node: source, messageId: 'routes', data: { spec } });
			else if (to === 'server') context.report({ node: source, messageId: 'server', data: { from, spec } });
			else if (!allowed.has(to)) context.report({ node: source, messageId: 'upward', data: { from, to, spec } });
			else if (TYPE_ONLY_FROM.has(from) && !typeOnly)
				context.report({ node: source, messageId: 'typeOnly', data: { to, spec } });
		}

		return {
			/** @param {any} node */
			ImportDeclaration(node) {
				const typeOnly =
					node.importKind === 'type' ||
					(node.specifiers.length > 0 && node.specifiers.every((/** @type {any} */ s) => s.importKind === 'type'));
				check(node, typeOnly);
			},
			/** @param {any} node */
			ExportNamedDeclaration(node) {
				check(node, node.exportKind === 'type');
			},
			/** @param {any} node */
			ExportAllDeclaration(node) {
				check(node, node.exportKind === 'type');
			},
			/** @param {any} node */
			ImportExpression(node) {
				check(node, false);
			}
		};
	}
};

/** Flat-config objects that turn the rule on for src/. */
export const layerRules = [
	{
		files: ['src/**/*.{js,ts,svelte}'],
		plugins: { layers: { rules: { direction } } },
		rules: { 'layers/direction': 'error' }
	}
];
