import { sveltekit } from '@sveltejs/kit/vite';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { paletteCss } from './src/lib/charts/palette.ts';

/**
 * virtual:palette.css — the chart palette's CSS variables and dark-theme overrides, generated from
 * src/lib/charts/palette.ts (the one copy of the palette), bundled into the site's stylesheet (CSP: no inline styles).
 */
function paletteStylesheet(): Plugin {
	const id = 'virtual:palette.css';
	const resolved = '\0palette.css';
	return {
		name: 'dpe-palette-css',
		resolveId: (source) => (source === id ? resolved : null),
		load: (source) => (source === resolved ? paletteCss() : null)
	};
}

/** The policy vocabulary's Norwegian labels: field -> value -> label (one copy of them, in data/). */
export type VocabularyLabels = Record<string, Record<string, string>>;

/**
 * Read data/i18n/nb/vocabulary.csv (`field,value,en,nb`) into field -> value -> Norwegian label. A row without its
 * field, value or Norwegian text stops the build with the file and line (npm run data:check says the same, at length).
 */
export function readVocabularyNb(path: string, text = readFileSync(path, 'utf8')): VocabularyLabels {
	const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
	const bad = parsed.errors[0];
	// PapaParse counts data rows from 0; the file's line is that + 2 (header on line 1).
	if (bad) throw new Error(`${path}:${(bad.row ?? 0) + 2}: ${bad.message}`);
	const out: VocabularyLabels = {};
	parsed.data.forEach((r, i) => {
		const { field, value, nb } = r;
		if (!field || !value || !nb) throw new Error(`${path}:${i + 2}: a row needs field, value and nb`);
		(out[field] ??= {})[value] = nb;
	});
	return out;
}

/**
 * virtual:vocabulary-nb — `export default` the Norwegian policy vocabulary (possession status, cannabis model,
 * services, event types, kinds of reform, topics, flags) read from data/i18n/nb/vocabulary.csv at build time, so the
 * catalogue (src/lib/strings/vocabularyNb.ts) never types those labels a second time. Vitest resolves it too (same
 * config). The CSV is watched: editing it reloads the dev server.
 */
export function vocabularyNb(): Plugin {
	const id = 'virtual:vocabulary-nb';
	const resolved = '\0vocabulary-nb';
	const file = resolve('data/i18n/nb/vocabulary.csv');
	return {
		name: 'dpe-vocabulary-nb',
		resolveId: (source) => (source === id ? resolved : null),
		load(source) {
			if (source !== resolved) return null;
			this.addWatchFile(file);
			return `export default ${JSON.stringify(readVocabularyNb(file))};`;
		}
	};
}

export default defineConfig({
	plugins: [paletteStylesheet(), vocabularyNb(), sveltekit()],
	server: { fs: { allow: ['data'] } },
	// DPE_SOURCEMAP=1: source maps beside the chunks, with no reference comment in them (so the JavaScript is byte for
	// byte what a normal build ships): scripts/js-weight.ts reads them to say which modules each route loads.
	build: {
		sourcemap: process.env.DPE_SOURCEMAP ? 'hidden' : false,
		rolldownOptions: {
			treeshake: {
				// PapaParse (CommonJS) does nothing when imported but define Papa: a module that imports it for a function
				// the page never calls (data/csv.ts beside constants the browser uses) must not bring its 6.6 KB gzip along.
				// Everything else keeps the default (package.json `sideEffects`, else assumed to have effects).
				moduleSideEffects: (id) => (/[\\/]node_modules[\\/]papaparse[\\/]/.test(id) ? false : undefined)
			}
		}
	},
	test: {
		include: ['tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
		setupFiles: ['tests/setup/langs.ts'],
		environment: 'node',
		env: { TZ: 'UTC' },
		expect: { requireAssertions: true }
	}
});
