// npm test — every test: unit tests (Vitest), the data check, a production build, and end-to-end tests in Chromium.
// Ends with a plain "N passed, N failed" line and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumCheck } from './run-e2e.mjs';

const tmp = mkdtempSync(join(tmpdir(), 'dpe-test-'));
let passed = 0;
let failed = 0;
let skipped = 0;

function step(name, cmd, args, env = {}) {
	console.log(`\n── ${name} ──`);
	const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
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
	failed += j.numFailedTests + (j.numFailedTestSuites ?? 0) - (j.testResults ?? []).filter((t) => t.status === 'failed' && t.assertionResults?.some((a) => a.status === 'failed')).length;
	skipped += (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0);
	if (j.numTotalTests === 0) {
		failed++;
		console.error(`${label}: no tests ran`);
	}
}

const unitJson = join(tmp, 'unit.json');
step('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`]);
countVitest(unitJson, 'unit');

if (step('data check', 'npx', ['tsx', 'scripts/check-data.ts']) === 0) passed++;
else failed++;

const e2e = chromiumCheck();
if (!e2e.ok && process.env.SKIP_E2E === '1') {
	console.warn(`\nSKIP_E2E=1: end-to-end tests skipped.\n${e2e.msg}`);
	skipped++;
} else if (!e2e.ok) {
	console.error(`\n${e2e.msg}`);
	failed++;
} else if (step('build', 'npx', ['vite', 'build', '--logLevel', 'warn']) !== 0) {
	failed++;
} else {
	const e2eJson = join(tmp, 'e2e.json');
	step('end-to-end tests (Chromium)', 'npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${e2eJson}`], { CHROMIUM_PATH: e2e.path });
	countVitest(e2eJson, 'e2e');
}

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
