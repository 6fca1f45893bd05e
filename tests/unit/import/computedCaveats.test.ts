import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CAVEATS_FILE_ENV, withComputedCaveats, writeImport } from '../../../scripts/import/lib/output.ts';
import type { Indicator } from '../../../src/lib/data/types.ts';

const ind = (indicator_id: string, caveat: string) => ({ indicator_id, caveat }) as Indicator;

describe('caveats computed by an importer run', () => {
	afterEach(() => {
		delete process.env[CAVEATS_FILE_ENV];
	});

	it('are appended to the static caveat of the indicator they name, others untouched', () => {
		const out = withComputedCaveats([ind('a', 'Static.'), ind('b', 'Other.')], {
			a: 'In 17 country-years the tables disagree.'
		});
		expect(out.map((i) => i.caveat)).toEqual(['Static. In 17 country-years the tables disagree.', 'Other.']);
		expect(withComputedCaveats([ind('a', 'Static.')]).map((i) => i.caveat)).toEqual(['Static.']);
	});

	it('are handed to all.ts through the file it names (and only then)', () => {
		const dir = mkdtempSync(join(tmpdir(), 'dpe-caveats-'));
		const file = join(dir, 'caveats.json');
		process.env[CAVEATS_FILE_ENV] = file;
		writeImport({ observations: {}, unplaced: [], caveats: { a: 'Fact.' } }, dir, 'test');
		expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ a: 'Fact.' });
		writeImport({ observations: {}, unplaced: [] }, dir, 'test');
		expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({});
	});
});
