/**
 * The corpus of corrupted packages (tests/fixtures/corrupt/cases.json), applied one case at a time to the small valid
 * package in tests/fixtures/corrupt/base/. Every case is rejected with the right file, line and reason, or accepted on
 * purpose; none throws; messages carry no raw control characters; and whatever slipped in, the download neutraliser
 * leaves no cell a spreadsheet would run. File-system cases run through the real script in checkData.test.ts.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { looksLikeFormula, neutraliseCsv } from '../../../src/lib/data/csvSafe.ts';
import { decodeCsvBytes } from '../../../src/lib/data/decode.ts';
import { formatProblem, validatePackage } from '../../../src/lib/data/validate.ts';
import { applyPatches, CLASSES, isFsPatch, loadBase, loadCases, type Case } from '../../fixtures/corrupt/corpus.ts';

const cases = loadCases();
const base = loadBase();
const inMemory = cases.filter((c) => !c.fs && !c.patch.some(isFsPatch));
const label = (c: Case) => `${c.class}: ${c.name}`;

describe('the corruption corpus', { timeout: 20_000 }, () => {
	it('is well formed and covers every class', () => {
		const names = new Set<string>();
		for (const c of cases) {
			expect(CLASSES, label(c)).toContain(c.class);
			expect(names.has(label(c)), `duplicate case ${label(c)}`).toBe(false);
			names.add(label(c));
			expect(!!c.accept !== !!c.expect, `${label(c)}: give either accept (why) or expect`).toBe(true);
		}
		for (const cls of CLASSES) expect(cases.filter((c) => c.class === cls).length, cls).toBeGreaterThanOrEqual(3);
		expect(cases.length).toBeGreaterThanOrEqual(250);
	});

	it('starts from a valid base package', () => {
		expect(validatePackage(base).map(formatProblem)).toEqual([]);
	});

	it.each(inMemory.map((c) => [label(c), c] as const))('%s', (_, c) => {
		const files = applyPatches(base, c.patch);
		let problems: ReturnType<typeof validatePackage> = [];
		expect(() => (problems = validatePackage(files)), 'the validator must not throw').not.toThrow();
		const lines = problems.map(formatProblem);
		if (c.accept) {
			expect(lines, `accepted on purpose: ${c.accept}`).toEqual([]);
		} else {
			for (const e of c.expect!) {
				expect(
					problems.some((p) => p.file === e.file && p.line === e.line && p.reason.includes(e.reason)),
					`expected data/${e.file}:${e.line}: …${e.reason}…, got:\n${lines.slice(0, 20).join('\n')}`
				).toBe(true);
			}
			// A corruption is reported where it is, not as noise in the files that depend on it.
			const allowed = new Set(c.expect!.map((e) => e.file));
			expect(problems.filter((p) => !allowed.has(p.file)).map(formatProblem)).toEqual([]);
		}
		// A hostile value cannot rewrite the terminal or the CI log.
		for (const l of lines) expect(l).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
		// Defence in depth: whatever a file holds, its download carries no cell a spreadsheet would run.
		const runnable: string[] = [];
		for (const [path, b] of Object.entries(files)) {
			const d = decodeCsvBytes(b, path);
			if (d.problem) continue;
			const served = Papa.parse<string[]>(neutraliseCsv(d.text), { delimiter: ',' }).data;
			for (const row of served) for (const cell of row) if (looksLikeFormula(cell)) runnable.push(`${path}: ${JSON.stringify(cell.slice(0, 40))}`);
		}
		expect(runnable).toEqual([]);
	});
});
