/**
 * The imported regulation models (data/regulation_models.csv) and the validator's rules for them: vocabulary of
 * `model`, a source on every row, years in range. A broken copy of the real file must be rejected at the line that
 * is broken, with the reason.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/data/csv.ts';
import { regulationModelProblem, regulationModelType } from '../../../src/lib/data/regulationModelType.ts';
import { formatProblem, validatePackage } from '../../../src/lib/data/validate.ts';
import { REFORM_KIND_IDS } from '../../../src/lib/stats/reformKinds.ts';
import { run, readInput } from '../../../scripts/import/policies.ts';
import { loadPlaces } from '../../../scripts/import/lib/places.ts';

function readData(dir = 'data'): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (abs: string, rel: string) => {
		for (const name of readdirSync(abs)) {
			const a = join(abs, name);
			const r = rel ? `${rel}/${name}` : name;
			if (statSync(a).isDirectory()) walk(a, r);
			else if (name.endsWith('.csv')) out[r] = readFileSync(a, 'utf8');
		}
	};
	walk(dir, '');
	return out;
}
const FILE = 'regulation_models.csv';
const real = readData();
const validate = (files: Record<string, string>) =>
	validatePackage(files, { codeVocabularies: { reform_kind: REFORM_KIND_IDS } }).map(formatProblem);

/** The real file with one cell of data line `line` (1 = header) replaced. */
function broken(line: number, column: string, value: string): Record<string, string> {
	const table = parseCsv(real[FILE]!, FILE);
	const row = table.rows.find((r) => r.line === line)!;
	expect(row, `line ${line}`).toBeDefined();
	const q = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
	const lines = real[FILE]!.split('\n');
	const cols = table.header;
	lines[line - 1] = cols.map((c) => q(c === column ? value : (row.cells[c] ?? ''))).join(',');
	return { ...real, [FILE]: lines.join('\n') };
}

describe('regulation models vocabulary', () => {
	it('gives every imported row a model type', () => {
		const rows = parseCsv(real[FILE]!, FILE).rows;
		expect(rows.length).toBeGreaterThanOrEqual(26);
		for (const r of rows)
			expect(regulationModelType(r.cells.model!), `line ${r.line}: ${r.cells.model}`).not.toBeNull();
	});

	it('reads the phrasings of the file', () => {
		expect(regulationModelType('state-controlled pharmacy sales (state_pharmacy)')).toBe('state_pharmacy');
		expect(regulationModelType('prescription supply: safer supply / risk-mitigation prescribing')).toBe('safer_supply');
		expect(regulationModelType('prescription supply: TADIAM pilot (tablets)')).toBe('hat');
		expect(
			regulationModelType('state-licensed growers supplying coffee shops (experiment closed coffee-shop chain)')
		).toBe('pilot_trial');
		expect(
			regulationModelType(
				'delisted from narcotics; unregulated shops (2022) then prescription-only sale of buds (medical_only, 2025)'
			)
		).toBe('unregulated_sale');
		expect(regulationModelType('medical only')).toBeNull();
		expect(regulationModelType('licensed retail (licenced_retail)')).toBeNull();
		expect(regulationModelProblem('medical only')).toMatch(/not a known model type/);
	});
});

describe('validator on a broken copy of the real file', () => {
	it('accepts the real package', () => {
		expect(validate(real)).toEqual([]);
	});

	it('rejects a model outside the vocabulary at its line', () => {
		const problems = validate(broken(7, 'model', 'legal, more or less'));
		expect(problems).toContain('data/regulation_models.csv:7: ' + regulationModelProblem('legal, more or less'));
		expect(problems.filter((p) => p.includes('not a known model type'))).toHaveLength(1);
	});

	it('rejects a row without a source at its line', () => {
		const problems = validate(broken(12, 'ref', ''));
		expect(problems.some((p) => p.startsWith('data/regulation_models.csv:12: ') && p.includes('has no source'))).toBe(
			true
		);
	});

	it('rejects a start year out of range at its line', () => {
		const problems = validate(broken(20, 'since', '1776'));
		expect(problems).toContain('data/regulation_models.csv:20: since "1776" must be a year 1800–2030');
		expect(
			validate(broken(20, 'since', '20199')).some((p) => p.startsWith('data/regulation_models.csv:20: since "20199"'))
		).toBe(true);
	});

	it('rejects a ref that is not a known source at its line', () => {
		const problems = validate(broken(5, 'ref', 'no-such-ref'));
		expect(problems).toContain(
			'data/regulation_models.csv:5: model "licensed retail (licensed_retail)" cites unknown ref "no-such-ref" (not in policy_sources.csv)'
		);
	});
});

describe('importer', () => {
	const places = loadPlaces('data');
	const input = readInput('tests/fixtures/import/policies');
	it('rejects a raw model outside the vocabulary, naming the raw file and line', () => {
		const lines = input.models.split('\n');
		lines[1] = lines[1]!.replace('licensed retail (licensed_retail)', 'retail of some kind');
		const result = run({ ...input, models: lines.join('\n') }, places, 'fx');
		expect(result.problems.join('\n')).toMatch(
			/fx\/regulation_models\.csv:2: CAN: model "retail of some kind" is not a known model type/
		);
	});
	it('rejects a raw start year out of range', () => {
		const lines = input.models.split('\n');
		lines[1] = lines[1]!.replace(',2018,', ',1700,');
		const result = run({ ...input, models: lines.join('\n') }, places, 'fx');
		expect(result.problems.join('\n')).toMatch(/fx\/regulation_models\.csv:2: CAN: since 1700 is outside 1800–2030/);
	});
});
