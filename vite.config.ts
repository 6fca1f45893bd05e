import { sveltekit } from '@sveltejs/kit/vite';
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

export default defineConfig({
	plugins: [paletteStylesheet(), sveltekit()],
	server: { fs: { allow: ['data'] } },
	test: {
		include: ['tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		env: { TZ: 'UTC' },
		expect: { requireAssertions: true }
	}
});
