/**
 * The real curated package in data/ (the only test that reads it): it validates cleanly, and a corrupted copy of
 * any of its CSVs is rejected with the right file and line — by the pure validator and by `npm run data:check`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/data/csv.ts';
import { neutraliseCsv } from '../../../src/lib/data/csvSafe.ts';
import { parseIndicators } from '../../../src/lib/data/parse.ts';
import { formatProblem, validatePackage } from '../../../src/lib/data/validate.ts';
import { HEADLINE_RULE } from '../../../src/lib/stats/headlineIndicators.ts';

/** The package as data:check reads it: bytes, decoded (fatal UTF-8) by the validator. */
function readBytes(dir: string): Record<string, Uint8Array> {
	const files: Record<string, Uint8Array> = {};
	const walk = (d: string) => {
		for (const n of readdirSync(d)) {
			const p = join(d, n);
			if (statSync(p).isDirectory()) walk(p);
			else if (n.endsWith('.csv')) files[relative(dir, p)] = readFileSync(p);
		}
	};
	walk(dir);
	return files;
}

function readPackage(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (d: string) => {
		for (const n of readdirSync(d)) {
			const p = join(d, n);
			if (statSync(p).isDirectory()) walk(p);
			else if (n.endsWith('.csv')) files[relative(dir, p)] = readFileSync(p, 'utf8');
		}
	};
	walk(dir);
	return files;
}

const real = readPackage('data');
const files = Object.keys(real).sort();

/** Deterministic pick of the start line of one record per file (records may span lines in quoted cells). */
function pickLine(text: string, salt: number): number {
	const starts = parseCsv(text, 'x').rows.map((r) => r.line);
	return starts[(salt * 7919) % starts.length]!;
}

/** Corrupt the first cell of one line: a code no table knows. Every curated CSV starts with a key column. */
function corruptKey(text: string, line: number): string {
	const lines = text.split('\n');
	lines[line - 1] = lines[line - 1]!.replace(/^[^,]*/, 'QQ#');
	return lines.join('\n');
}

describe('the curated package in data/', () => {
	it('validates with no problems, read as bytes like data:check reads it', () => {
		expect(validatePackage(readBytes('data')).map(formatProblem)).toEqual([]);
	});

	it('holds no cell a spreadsheet would run: every download is the file byte for byte', () => {
		for (const f of files) expect(neutraliseCsv(real[f]!) === real[f], f).toBe(true);
	});

	it('gives every indicator plausibility bounds from its unit', () => {
		const parsed = parseIndicators(real['indicators.csv']!);
		expect(parsed.rows.length).toBeGreaterThan(10);
		for (const ind of parsed.rows) expect(parsed.bounds.get(ind.indicator_id), `${ind.indicator_id}: ${ind.unit}`).toBeDefined();
		const kinds = new Set([...parsed.bounds.values()].map((b) => b.kind));
		expect(kinds).toEqual(new Set(['share', 'rate', 'ratio', 'count']));
	});

	it('holds every indicator the country pages may lead with (a renamed one would silently drop its slot)', () => {
		const ids = new Set(parseIndicators(real['indicators.csv']!).rows.map((i) => i.indicator_id));
		for (const c of HEADLINE_RULE.flatMap((s) => s.candidates)) expect(ids.has(c), c).toBe(true);
	});

	it('has every required table and at least one observation file', () => {
		for (const f of ['countries.csv', 'sources.csv', 'indicators.csv', 'policies.csv', 'policy_events.csv', 'policy_sources.csv', 'policy_cells.csv', 'regulation_models.csv']) expect(files).toContain(f);
		expect(files.filter((f) => f.startsWith('observations/')).length).toBeGreaterThan(5);
	});

	it.each(files.filter((f) => f.startsWith('observations/') || ['policy_events.csv', 'policies.csv', 'policy_cells.csv', 'regulation_models.csv'].includes(f)).map((f, i) => [f, i] as const))(
		'rejects a corrupted copy of %s at the right line',
		(file, i) => {
			const line = pickLine(real[file]!, i + 1);
			const problems = validatePackage({ ...real, [file]: corruptKey(real[file]!, line) });
			expect(problems.some((p) => p.file === file && p.line === line && /unknown country code "QQ#"/.test(p.reason))).toBe(true);
		}
	);

	it('rejects a duplicated row in countries.csv, sources.csv and indicators.csv with the line of the copy', () => {
		for (const file of ['countries.csv', 'sources.csv', 'indicators.csv']) {
			const lines = real[file]!.trimEnd().split('\n');
			const copy = [...lines, lines[1]!].join('\n') + '\n';
			const problems = validatePackage({ ...real, [file]: copy });
			expect(problems.find((p) => p.file === file && p.line === lines.length + 1)?.reason).toMatch(/^duplicate /);
		}
	});

	it('npm run data:check prints file:line: reason and exits 1 on a broken copy', () => {
		const dir = mkdtempSync(join(tmpdir(), 'dpe-data-'));
		cpSync('data', dir, { recursive: true });
		const file = files.find((f) => f.startsWith('observations/'))!;
		const text = readFileSync(join(dir, file), 'utf8').split('\n');
		text[2] = text[2]!.replace(/^([^,]*,[^,]*,)[^,]*/, '$1twelve');
		writeFileSync(join(dir, file), text.join('\n'));
		let out = '';
		let code = 0;
		try {
			execFileSync(process.execPath, ['--import', 'tsx', 'scripts/check-data.ts', dir], { encoding: 'utf8', stdio: 'pipe' });
		} catch (e) {
			const err = e as { status: number; stdout: string };
			code = err.status;
			out = err.stdout;
		}
		expect(code).toBe(1);
		expect(out).toContain(`${dir}/${file}:3: value "twelve" is not a number`);
	});
});
