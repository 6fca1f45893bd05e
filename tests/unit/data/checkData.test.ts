/**
 * `npm run data:check` as CI runs it: a subprocess with piped output, on temporary copies of the corpus base package
 * with the file-system cases of tests/fixtures/corrupt/cases.json applied (symbolic links, folders and pipes named
 * *.csv, an unreadable file, a million bad rows, a clean package, hundreds of broken files). Each problem is printed
 * as `DIR/file:line: reason`, output is complete when piped, no stack trace ever, exit code 0 / 1 / 2.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyPatches, isFsPatch, loadBase, loadCases, type Case, type Patch } from '../../fixtures/corrupt/corpus.ts';

const NOBODY = 65534;
const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const temps: string[] = [];
afterAll(() => {
	for (const t of temps) rmSync(t, { recursive: true, force: true });
});

function run(dir: string, uid?: number) {
	const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-data.ts', dir], {
		encoding: 'utf8',
		stdio: 'pipe',
		maxBuffer: 256 * 1024 * 1024,
		...(uid === undefined ? {} : { uid, gid: uid })
	});
	return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', error: r.error };
}

/** Write the base package with the in-memory patches of `cases` applied, then their file-system patches. */
function build(cases: Case[]): string {
	const root = mkdtempSync(join(tmpdir(), 'dpe-check-'));
	temps.push(root);
	chmodSync(root, 0o755);
	const dir = join(root, 'data');
	const files = applyPatches(loadBase(), cases.flatMap((c) => c.patch.filter((p) => !isFsPatch(p))));
	for (const [path, bytes] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), bytes);
	}
	for (const p of cases.flatMap((c) => c.patch.filter(isFsPatch))) applyFs(dir, p);
	return dir;
}

function applyFs(dir: string, p: Patch): void {
	const at = (f: string) => join(dir, f);
	switch (p.op) {
		case 'symlink':
			if (p.replace) rmSync(at(p.file));
			symlinkSync(p.target, at(p.file));
			return;
		case 'mkdir':
			if (p.replace) rmSync(at(p.file));
			mkdirSync(at(p.file));
			return;
		case 'fifo': {
			const r = spawnSync('mkfifo', [at(p.file)]);
			if (r.status !== 0) throw new Error('mkfifo failed');
			return;
		}
		case 'copy':
			cpSync(at(p.from), at(p.file));
			return;
		case 'unreadable':
			chmodSync(at(p.file), 0o000);
			return;
		case 'many':
			for (let i = 0; i < p.files; i++) {
				writeFileSync(at(`observations/many_${i}.csv`), 'iso3,year,value,flag,source_id,note\n' + 'PRT,20O1,1,,src-a,\n'.repeat(p.rows));
			}
			return;
		case 'rmroot':
			rmSync(dir, { recursive: true });
			return;
		default:
			throw new Error(`not a file-system patch: ${p.op}`);
	}
}

function expectClean(out: { stdout: string; stderr: string }) {
	const all = out.stdout + out.stderr;
	expect(all, 'no stack trace').not.toMatch(/^\s+at .+[:(]\d+/m);
	expect(all).not.toMatch(/internal error|Error:|TypeError|RangeError|Maximum call stack/);
}

function expectReported(dir: string, stdout: string, c: Case) {
	const lines = stdout.split('\n');
	for (const e of c.expect ?? []) {
		const prefix = `${dir}/${e.file}:${e.line}: `;
		expect(
			lines.some((l) => l.startsWith(prefix) && l.includes(e.reason)),
			`${c.name}: expected ${prefix}…${e.reason}…`
		).toBe(true);
	}
}

const fsCases = loadCases().filter((c) => c.fs);
const byName = (name: string) => {
	const c = fsCases.find((x) => x.name.startsWith(name));
	if (!c) throw new Error(`no case ${name}`);
	return c;
};

describe('npm run data:check on a real file system', { timeout: 30_000 }, () => {
	it('has file-system and exit-code cases in the corpus', () => {
		expect(fsCases.filter((c) => c.class === 'filesystem').length).toBeGreaterThanOrEqual(6);
		expect(fsCases.filter((c) => c.class === 'exit').length).toBeGreaterThanOrEqual(3);
	});

	it('exits 0 with one line on a clean package', () => {
		const out = run(build([]));
		expect(out.status).toBe(0);
		expect(out.stdout).toMatch(/^data:check: \d+ CSV files, no problems\n$/);
		expect(out.stderr).toBe('');
	});

	const together = fsCases.filter((c) => !c.alone);
	it(`reports ${together.length} file-system corruptions at once, each with its file, and exits 1`, () => {
		const dir = build(together);
		const out = run(dir);
		expectClean(out);
		expect(out.status).toBe(1);
		for (const c of together) expectReported(dir, out.stdout, c);
		expect(out.stdout + out.stderr, 'no raw control character reaches the log').not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
		expect(out.stderr).toMatch(/^data:check: \d+ problem\(s\) in \d+ CSV files\n$/);
	});

	it('reports an unreadable file by name (as an unprivileged user when the tests run as root)', () => {
		const c = byName('an unreadable file');
		const dir = build([c]);
		if (asRoot) for (const d of [dirname(dir), dir, join(dir, 'observations')]) chmodSync(d, 0o755);
		const out = run(dir, asRoot ? NOBODY : undefined);
		expect(out.error).toBeUndefined();
		expectClean(out);
		expect(out.status).toBe(1);
		expectReported(dir, out.stdout, c);
	});

	it('survives a million bad rows: 50 messages and a count, quickly, no stack overflow', () => {
		const c = byName('1,000,000 bad rows');
		const dir = build([c]);
		const t0 = Date.now();
		const out = run(dir);
		const ms = Date.now() - t0;
		expectClean(out);
		expect(out.status).toBe(1);
		expectReported(dir, out.stdout, c);
		// Per row: unknown country, unknown source, and (after the first) a duplicate country-year.
		expect(out.stdout).toContain(`${dir}/observations/deaths.csv:0: … and ${3 * 1_000_000 - 1 - 50} more problem(s) in this file`);
		expect(out.stdout.split('\n').filter((l) => l.startsWith(`${dir}/observations/deaths.csv:`)).length).toBe(51);
		expect(out.stderr).toBe(`data:check: ${3 * 1_000_000 - 1} problem(s) in ${readdirSync(join(dir, 'observations')).length + 13} CSV files\n`);
		expect(ms).toBeLessThan(60_000);
	}, 90_000);

	it('prints every line when piped (10,200 lines, about a megabyte), then exits 1', () => {
		const c = byName('piped output is complete');
		const dir = build([c]);
		const out = run(dir);
		expectClean(out);
		expect(out.status).toBe(1);
		expectReported(dir, out.stdout, c);
		const lines = out.stdout.trimEnd().split('\n');
		// 200 files × (1 unknown indicator + 60 bad years) = 61 problems each: 50 shown + "… and 11 more".
		expect(lines.length).toBe(200 * 51);
		expect(out.stdout.length).toBeGreaterThan(900_000);
		expect(out.stdout.endsWith('\n')).toBe(true);
		expect(out.stderr).toBe(`data:check: ${200 * 61} problem(s) in ${17 + 200} CSV files\n`);
	}, 60_000);

	it('exits 2 with one line when the data folder does not exist', () => {
		const c = byName('a data folder that does not exist');
		const dir = build([c]);
		expect(() => statSync(dir)).toThrow();
		const out = run(dir);
		expectClean(out);
		expect(out.status).toBe(c.exitCode);
		expect(out.stdout).toBe('');
		expect(out.stderr).toMatch(/^data:check: cannot open the data folder ".*": ENOENT .*\n$/);
	});
});
