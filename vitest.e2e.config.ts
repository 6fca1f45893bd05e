import { defineConfig } from 'vitest/config';
import { vocabularyNb } from './vite.config.ts';

// End-to-end tests in a real Chromium against the built site (npm run build first; scripts/run-e2e.mjs does both).
export default defineConfig({
	// tests/e2e/nb.e2e.ts reads the message catalogues, and the Norwegian ones import virtual:vocabulary-nb.
	plugins: [vocabularyNb()],
	test: {
		include: ['tests/e2e/**/*.e2e.ts'],
		setupFiles: ['tests/setup/langs.ts'],
		environment: 'node',
		env: { TZ: 'UTC' },
		testTimeout: 30_000,
		hookTimeout: 60_000,
		fileParallelism: false,
		expect: { requireAssertions: true }
	}
});
