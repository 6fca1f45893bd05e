import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { fs: { allow: ['data'] } },
	test: {
		include: ['tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		env: { TZ: 'UTC' },
		expect: { requireAssertions: true }
	}
});
