// ESLint flat config, as `npx sv create` sets it up (JS + typescript-eslint + eslint-plugin-svelte, Prettier owns the
// formatting), plus the rule that keeps dependencies pointing one way (./eslint.layers.js).
import prettier from 'eslint-config-prettier';
import { fileURLToPath } from 'node:url';
import { includeIgnoreFile } from '@eslint/compat';
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';
import { layerRules } from './eslint.layers.js';

const gitignorePath = fileURLToPath(new URL('./.gitignore', import.meta.url));

export default defineConfig(
	includeIgnoreFile(gitignorePath),
	{ ignores: ['data/', 'tests/fixtures/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node }
		},
		rules: {
			// typescript-eslint strongly recommend that you do not use the no-undef lint rule on TypeScript projects.
			// see: https://typescript-eslint.io/troubleshooting/faqs/eslint/#i-get-errors-from-the-no-undef-rule-about-global-variables-not-being-defined-even-though-there-are-no-typescript-errors
			'no-undef': 'off',
			// `const { pin: _, ...rest } = x` is how a key is left out of a copy.
			'@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
			// Off: the validators match control characters on purpose (CSV cells, URLs, log lines: data/cellRules.ts,
			// data/urls.ts, data/problems.ts, scripts/check-data.ts and their tests).
			'no-control-regex': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		rules: {
			// Off: `{' '}` keeps a space that Svelte would trim at the edge of an {#if}/{#each} block (and `{'; '}` a
			// separator); the rule's autofix would delete those spaces from the rendered text.
			'svelte/no-useless-mustaches': 'off',
			// Off: every hit (14) is a Map or Set built inside a $derived and returned, never mutated afterwards; a
			// SvelteMap there would only add tracking. Worth turning back on if state classes start keeping mutable
			// collections.
			'svelte/prefer-svelte-reactivity': 'off',
			// Off for now: links are built as `${base}/country/${iso3}` (25 places in components and routes, which other
			// branches are editing). Turn on together with a move to `resolve()` from $app/paths.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	...layerRules,
	// static/*.js are plain ES5 scripts for other sites' pages (the embed loader and theme script): `catch (e) {}` is
	// the ES5 way to ignore an error (no optional catch binding there).
	{
		files: ['static/**/*.js'],
		rules: {
			'no-empty': ['error', { allowEmptyCatch: true }],
			'@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none' }]
		}
	}
);
