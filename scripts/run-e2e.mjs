// npm run test:e2e — end-to-end tests in Chromium against the built site.
// Fails with install instructions when no Chromium is found, unless SKIP_E2E=1. Builds first when build/ is missing
// or older than what it is built from, so the tests never run against a stale site.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What build/ is made from: a change to any of these makes build/ stale. */
export const BUILD_INPUTS = ['src', 'static', 'data', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'];

/** Newest modification time (ms) of a file, or of any file under a folder; 0 when it does not exist. */
function newestMtime(/** @type {string} */ path) {
	if (!existsSync(path)) return 0;
	const st = statSync(path);
	if (!st.isDirectory()) return st.mtimeMs;
	let newest = st.mtimeMs; // a deleted file shows as a newer folder
	for (const n of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, n)));
	return newest;
}

/**
 * Why build/ cannot be used as it is (missing, or older than a source file), or null when it is up to date.
 * @param {string} [root] project folder
 * @param {string[]} [inputs] paths, relative to root, that the build is made from
 */
export function staleBuild(root = '.', inputs = BUILD_INPUTS) {
	const index = join(root, 'build', 'index.html');
	if (!existsSync(index)) return 'build/ is missing';
	const built = statSync(index).mtimeMs;
	for (const i of inputs) if (newestMtime(join(root, i)) > built) return `build/ is older than ${i}`;
	return null;
}

/** @type {string[]} */
export const CHROMIUM_CANDIDATES = /** @type {string[]} */ (
	[process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
		Boolean
	)
);

/** @param {string[]} candidates paths to try, in order */
export function chromiumCheck(candidates = CHROMIUM_CANDIDATES) {
	const found = candidates.find((p) => existsSync(p));
	if (found) return { ok: true, path: found };
	const msg = [
		'End-to-end tests need Chromium, and none was found (looked at: ' + candidates.join(', ') + ').',
		'Install one:',
		'  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
		'  macOS:          brew install --cask chromium   (then CHROMIUM_PATH=/Applications/Chromium.app/Contents/MacOS/Chromium)',
		'  any system:     set CHROMIUM_PATH to a Chrome/Chromium binary',
		'Playwright’s own browser download is not used (playwright-core only).',
		'To run the other tests without a browser: SKIP_E2E=1 npm test'
	].join('\n');
	return { ok: false, msg };
}

/** @param {string[]} extraArgs */
export function runE2E(extraArgs = []) {
	const c = chromiumCheck();
	if (!c.ok) {
		if (process.env.SKIP_E2E === '1') {
			console.warn('SKIP_E2E=1: end-to-end tests skipped.\n' + c.msg);
			return { status: 0, skipped: true };
		}
		console.error(c.msg);
		return { status: 1, skipped: false };
	}
	const stale = staleBuild();
	if (stale) {
		console.log(`${stale}: building first.`);
		const b = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
		if (b.status !== 0) return { status: b.status ?? 1, skipped: false };
	}
	const r = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...extraArgs], {
		stdio: 'inherit',
		env: { ...process.env, CHROMIUM_PATH: c.path }
	});
	return { status: r.status ?? 1, skipped: false };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	process.exit(runE2E(process.argv.slice(2)).status);
}
