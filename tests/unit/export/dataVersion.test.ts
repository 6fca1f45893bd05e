import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync, writeFileSync, appendFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { liveUrl, newestRelease, pinnedUrl } from '../../../src/lib/export/dataVersion.ts';
import { dataVersionOf } from '../../../src/lib/server/dataVersion.ts';

const FIXTURE = 'tests/fixtures/corrupt/base';
const tmp = mkdtempSync(join(tmpdir(), 'dpe-version-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const copy = (name: string) => {
	const dir = join(tmp, name);
	cpSync(FIXTURE, dir, { recursive: true });
	return dir;
};

describe('dataVersionOf', () => {
	const base = dataVersionOf(FIXTURE);

	it('is deterministic: the same files give the same version, wherever the folder is', () => {
		expect(base.version).toMatch(/^[0-9a-f]{8}$/);
		expect(dataVersionOf(copy('same'))).toEqual(base);
		expect(base.files).toBe(12); // 8 at the top, 4 under observations/
	});

	it('is the documented definition: SHA-256 over sorted paths, each as path, NUL, length, NUL, bytes', () => {
		const files = ['countries.csv', 'indicators.csv', 'observations/death_rate.csv', 'observations/deaths.csv', 'observations/hiv_rate.csv', 'observations/share.csv', 'policies.csv', 'policy_cells.csv', 'policy_events.csv', 'policy_sources.csv', 'regulation_models.csv', 'sources.csv'];
		const h = createHash('sha256');
		for (const f of files) {
			const bytes = readFileSync(join(FIXTURE, f));
			h.update(`${f}\u0000${bytes.length}\u0000`);
			h.update(bytes);
		}
		expect(base.version).toBe(h.digest('hex').slice(0, 8));
	});

	it('takes the newest release year of sources.csv', () => {
		const years = readFileSync(join(FIXTURE, 'sources.csv'), 'utf8').match(/,(\d{4}),/g)!.map((m) => m.slice(1, 5));
		expect(base.newestRelease).toBe(years.sort().at(-1));
	});

	it('changes when one byte of any CSV changes (also in a sub-folder), or a CSV is added', () => {
		const a = copy('changed');
		const f = join(a, 'observations', 'deaths.csv');
		writeFileSync(f, readFileSync(f, 'utf8').replace(/\d(?=\D*$)/, (d) => String((Number(d) + 1) % 10)));
		expect(dataVersionOf(a).version).not.toBe(base.version);
		const b = copy('added');
		writeFileSync(join(b, 'observations', 'new.csv'), 'iso3,year,value,flag,source_id,note\n');
		expect(dataVersionOf(b).files).toBe(base.files + 1);
		expect(dataVersionOf(b).version).not.toBe(base.version);
	});

	it('ignores files that are not CSV (notes, READMEs)', () => {
		const c = copy('notes');
		appendFileSync(join(c, 'README.md'), 'more words\n');
		writeFileSync(join(c, 'observations', 'notes.md'), 'x');
		expect(dataVersionOf(c)).toEqual(base);
	});

	it('a renamed file is a different version (paths are hashed with the bytes)', () => {
		const d = copy('renamed');
		cpSync(join(d, 'observations', 'share.csv'), join(d, 'observations', 'share2.csv'));
		rmSync(join(d, 'observations', 'share.csv'));
		expect(dataVersionOf(d).version).not.toBe(base.version);
	});
});

describe('version helpers', () => {
	it('newestRelease reads four-digit years and skips undated ones', () => {
		expect(newestRelease(['2019', 'n.d.', 'c.2021', '2020', ''])).toBe('2021');
		expect(newestRelease(['n.d.'])).toBe('');
	});

	it('pinned URLs carry the version; live URLs do not', () => {
		const pinned = pinnedUrl('https://x.example/embed/map?indicator=a&v=old', 'ab12cd34');
		expect(pinned).toBe('https://x.example/embed/map?indicator=a&v=ab12cd34');
		expect(liveUrl(pinned)).toBe('https://x.example/embed/map?indicator=a');
	});
});
