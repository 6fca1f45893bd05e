// npm test — every test: unit tests (Vitest), lint (Prettier and ESLint), the type check, the data check (and, when
// the publishers' files are at hand, that the importers reproduce data/), a production build, and end-to-end tests in
// Chromium against that build. Ends with a plain "N passed, N failed" line and exits non-zero on any failure.
//
// This is the only place a CI run builds (.ci/run does not build on its own): the build is a step of its own, and the
// end-to-end tests run against exactly that build/, so each run builds once and never tests a stale site.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumCheck } from './run-e2e.mjs';

const tmp = mkdtempSync(join(tmpdir(), 'dpe-test-'));
let passed = 0;
let failed = 0;
let skipped = 0;

function step(name, cmd, args, env = {}, quiet = false) {
	console.log(`\n── ${name} ──`);
	const r = spawnSync(cmd, args, {
		stdio: quiet ? ['inherit', 'ignore', 'inherit'] : 'inherit',
		env: { ...process.env, ...env }
	});
	return r.status ?? 1;
}

function countVitest(file, label) {
	if (!existsSync(file)) {
		failed++;
		console.error(`${label}: no results (the run crashed before reporting)`);
		return;
	}
	const j = JSON.parse(readFileSync(file, 'utf8'));
	passed += j.numPassedTests;
	// A file that fails to load has no failed test of its own: count it as one failure.
	const brokenFiles = (j.testResults ?? []).filter(
		(t) => t.status === 'failed' && !(t.assertionResults ?? []).some((a) => a.status === 'failed')
	).length;
	failed += j.numFailedTests + brokenFiles;
	skipped += (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0);
	if (j.numTotalTests === 0) {
		failed++;
		console.error(`${label}: no tests ran`);
	}
}

const unitJson = join(tmp, 'unit.json');
step('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`]);
countVitest(unitJson, 'unit');

if (step('lint (prettier --check . && eslint .)', 'npm', ['run', '--silent', 'lint']) === 0) passed++;
else {
	failed++;
	console.error('lint failed: `npm run format` rewrites the formatting; `npx eslint --fix .` fixes what ESLint can.');
}

if (step('type check (svelte-check, strict TypeScript)', 'npm', ['run', '--silent', 'check']) === 0) passed++;
else failed++;

if (step('data check', 'npx', ['tsx', 'scripts/check-data.ts']) === 0) passed++;
else failed++;

// Reproducibility: when the publishers' files are at hand, re-import everything into a temporary folder and
// require the result to equal data/ byte for byte (data/ must be exactly what the importers make).
const raw = process.env.DPE_RAW ?? '../shared/data/raw';
if (existsSync(raw)) {
	const out = join(tmp, 'data');
	// notes/ and i18n/ are written by hand (methods notes; the Norwegian words), and only validated by the data check.
	const ok =
		step(
			`data import reproduces data/ (from ${raw})`,
			'npx',
			['tsx', 'scripts/import/all.ts', raw, '--out', out],
			{},
			true
		) === 0 && step('compare with data/', 'diff', ['-r', '-x', 'notes', '-x', 'i18n', out, 'data']) === 0;
	if (ok) passed++;
	else {
		failed++;
		console.error(
			'data/ differs from what the importers produce: re-run `npm run data:import` and commit, or fix the importer.'
		);
	}
} else {
	console.log(`\n(data import reproducibility not checked: no publisher files at ${raw}; set DPE_RAW)`);
}

// The production build (prerendering every page) is a test of its own, with or without a browser.
const built = step('build (vite build, prerender)', 'npx', ['vite', 'build', '--logLevel', 'warn']) === 0;
if (built) passed++;
else failed++;

const e2e = chromiumCheck();
if (!e2e.ok && process.env.SKIP_E2E === '1') {
	console.warn(`\nSKIP_E2E=1: end-to-end tests skipped.\n${e2e.msg}`);
	skipped++;
} else if (!e2e.ok) {
	console.error(`\n${e2e.msg}`);
	failed++;
} else if (!built) {
	console.error('\nend-to-end tests not run: the build failed.');
	failed++;
} else {
	const e2eJson = join(tmp, 'e2e.json');
	step(
		'end-to-end tests (Chromium)',
		'npx',
		[
			'vitest',
			'run',
			'--config',
			'vitest.e2e.config.ts',
			'--reporter=default',
			'--reporter=json',
			`--outputFile.json=${e2eJson}`
		],
		{ CHROMIUM_PATH: e2e.path }
	);
	countVitest(e2eJson, 'e2e');
}

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
