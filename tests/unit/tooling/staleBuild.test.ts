import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staleBuild } from '../../../scripts/run-e2e.mjs';

/** A project folder with build/index.html built at t=2000 s and one source file changed at `sourceTime` s. */
function project(sourceTime: number, withBuild = true): string {
	const root = mkdtempSync(join(tmpdir(), 'dpe-stale-'));
	mkdirSync(join(root, 'src/lib/data'), { recursive: true });
	const source = join(root, 'src/lib/data/series.ts');
	writeFileSync(source, 'export {};\n');
	utimesSync(join(root, 'src/lib/data'), 1000, 1000);
	utimesSync(join(root, 'src/lib'), 1000, 1000);
	utimesSync(join(root, 'src'), 1000, 1000);
	utimesSync(source, sourceTime, sourceTime);
	writeFileSync(join(root, 'svelte.config.js'), '');
	utimesSync(join(root, 'svelte.config.js'), 1000, 1000);
	if (withBuild) {
		mkdirSync(join(root, 'build'));
		writeFileSync(join(root, 'build/index.html'), '<!doctype html>');
		utimesSync(join(root, 'build/index.html'), 2000, 2000);
	}
	return root;
}

describe('staleBuild (npm run test:e2e never tests an old build/)', () => {
	it('says build/ is missing when there is none', () => {
		expect(staleBuild(project(1500, false))).toBe('build/ is missing');
	});

	it('names the input that changed after the build, however deep the file', () => {
		expect(staleBuild(project(2500))).toBe('build/ is older than src');
	});

	it('accepts a build newer than every input (inputs that do not exist are ignored)', () => {
		expect(staleBuild(project(1500))).toBeNull();
	});
});
