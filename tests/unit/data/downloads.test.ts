/**
 * The CSV download route serves the package from DPE_DATA_DIR through the formula neutraliser: a hand-edited file
 * that slipped past data:check still cannot run a formula in a reader's spreadsheet.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BASE_DIR } from '../../fixtures/corrupt/corpus.ts';

let dir = '';
let route: typeof import('../../../src/routes/downloads/[file]/+server.ts');

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'dpe-downloads-'));
	cpSync(BASE_DIR, dir, { recursive: true });
	// Hand-edited after the check: the formula from the issue, in a note.
	const file = join(dir, 'observations/deaths.csv');
	writeFileSync(file, readFileSync(file, 'utf8').replace('NOR,2000,250,,src-a,', "NOR,2000,250,,src-a,=cmd|' /C calc'!A0"));
	vi.stubEnv('DPE_DATA_DIR', dir);
	vi.resetModules();
	route = await import('../../../src/routes/downloads/[file]/+server.ts');
});

afterAll(() => {
	vi.unstubAllEnvs();
	rmSync(dir, { recursive: true, force: true });
});

const get = async (file: string) => {
	const res = (route.GET as (e: { params: { file: string } }) => Response)({ params: { file } });
	return { type: res.headers.get('content-type'), text: await res.text() };
};

describe('/downloads/<name>.csv', () => {
	it('lists the tables and indicators of DPE_DATA_DIR', async () => {
		const entries = await route.entries();
		expect(entries.map((e) => e.file).sort()).toEqual(
			['countries', 'death_rate', 'deaths', 'hiv_rate', 'indicators', 'place_names', 'policies', 'policy_cells', 'policy_events', 'policy_sources', 'regulation_models', 'share', 'sources'].map((n) => `${n}.csv`)
		);
	});

	it('serves a formula cell as text, and the other cells as they are', async () => {
		const { type, text } = await get('deaths.csv');
		expect(type).toBe('text/csv; charset=utf-8');
		const rows = Papa.parse<string[]>(text, { delimiter: ',' }).data;
		expect(rows[2]).toEqual(['NOR', '2000', '250', '', 'src-a', "'=cmd|' /C calc'!A0"]);
		expect(rows[1]).toEqual(['PRT', '2000', '120', '', 'src-a', '']);
	});

	it('serves a clean file byte for byte', async () => {
		expect((await get('countries.csv')).text).toBe(readFileSync(join(BASE_DIR, 'countries.csv'), 'utf8'));
	});
});
