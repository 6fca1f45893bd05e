import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
	dataVersion,
	initialPinState,
	isDataVersion,
	pinnedPath,
	versionAsOf
} from '../../../src/lib/embed/version.ts';
import {
	csvFiles,
	dataVersion as buildVersion,
	dataVersionOf,
	newestRetrieval
} from '../../../src/lib/server/dataVersion.ts';

const FIXTURE = 'tests/fixtures/corrupt/base';
const tmp = mkdtempSync(join(tmpdir(), 'dpe-version-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const copy = (name: string) => {
	const dir = join(tmp, name);
	cpSync(FIXTURE, dir, { recursive: true });
	return dir;
};

describe('data versions', () => {
	it.each([
		['2026-03-24-0123456789', true],
		['2026-0123456789', true],
		['2026-03-24-012345678', false],
		['2026-03-24-0123456789a', false],
		['2026-03-24-0123456789/..', false],
		['2026-03-24-ABCDEF0123', false],
		['', false],
		[42, false]
	])('%j is a version: %s', (v, ok) => {
		expect(isDataVersion(v)).toBe(ok);
	});

	it('builds the id from date and hash, and reads the date back', () => {
		const v = dataVersion('2026-03-24', 'abcdef0123456789');
		expect(v).toEqual({ id: '2026-03-24-abcdef0123', asOf: '2026-03-24', hash: 'abcdef0123' });
		expect(versionAsOf(v.id)).toBe('2026-03-24');
		expect(versionAsOf('2024-abcdef0123')).toBe('2024');
		expect(versionAsOf('nope')).toBeNull();
		expect(() => dataVersion('yesterday', 'abcdef0123')).toThrow();
		expect(pinnedPath(v.id, 'country/PRT.json')).toBe('/embed/v/2026-03-24-abcdef0123/country/PRT.json');
	});

	it.each([
		[null, 'live'],
		['2026-0123456789', 'current'],
		['2025-0123456789', 'loading']
	] as const)('pin %j on a build of 2026-0123456789 that keeps old versions: %s', (pin, state) => {
		expect(initialPinState(pin, '2026-0123456789', true)).toBe(state);
	});

	it('an embed that cannot load old versions says the data changed', () => {
		expect(initialPinState('2025-0123456789', '2026-0123456789', false)).toBe('changed');
	});
});

describe('dataVersionOf (build time)', () => {
	const base = dataVersionOf(FIXTURE);

	it('uses the newest retrieval date when sources.csv has one, else the newest dataset year', () => {
		expect(newestRetrieval('source_id,year,retrieved\na,2019,2025-01-02\nb,2024,2026-03-24\nc,2020,\n')).toBe(
			'2026-03-24'
		);
		expect(newestRetrieval('source_id,year\na,2019\nb,n.d.\nc,2024\n')).toBe('2024');
		expect(newestRetrieval('source_id,year\n')).toBe('0000');
	});

	it('is deterministic: the same files give the same version, wherever the folder is', () => {
		expect(base.id).toMatch(/^\d{4}(-\d{2}-\d{2})?-[0-9a-f]{10}$/);
		expect(dataVersionOf(copy('same'))).toEqual(base);
		expect(base.files).toBe(17); // 9 at the top, 4 under observations/, 4 under i18n/nb/ (translations are data too)
	});

	it('is the documented definition: SHA-256 over sorted paths, each as path, NUL, length, NUL, bytes', () => {
		const files = [
			'countries.csv',
			'i18n/nb/indicators.csv',
			'i18n/nb/regulation_models.csv',
			'i18n/nb/sources.csv',
			'i18n/nb/vocabulary.csv',
			'indicators.csv',
			'observations/death_rate.csv',
			'observations/deaths.csv',
			'observations/hiv_rate.csv',
			'observations/share.csv',
			'place_names.csv',
			'policies.csv',
			'policy_cells.csv',
			'policy_events.csv',
			'policy_sources.csv',
			'regulation_models.csv',
			'sources.csv'
		];
		expect(csvFiles(FIXTURE)).toEqual(files);
		const h = createHash('sha256');
		for (const f of files) {
			const bytes = readFileSync(join(FIXTURE, f));
			h.update(`${f}\u0000${bytes.length}\u0000`);
			h.update(bytes);
		}
		const years = readFileSync(join(FIXTURE, 'sources.csv'), 'utf8')
			.match(/,(\d{4}),/g)!
			.map((m) => m.slice(1, 5));
		expect(base.id).toBe(`${years.sort().at(-1)}-${h.digest('hex').slice(0, 10)}`);
	});

	it('changes when one byte of any CSV changes (also in a sub-folder, at any depth), or a CSV is added', () => {
		const a = copy('changed');
		const f = join(a, 'observations', 'deaths.csv');
		writeFileSync(
			f,
			readFileSync(f, 'utf8').replace(/\d(?=\D*$)/, (d) => String((Number(d) + 1) % 10))
		);
		expect(dataVersionOf(a).id).not.toBe(base.id);
		const b = copy('added');
		mkdirSync(join(b, 'extra', 'deep'), { recursive: true });
		writeFileSync(join(b, 'extra', 'deep', 'new.csv'), 'iso3,year,value,flag,source_id,note\n');
		expect(dataVersionOf(b).files).toBe(base.files + 1);
		expect(dataVersionOf(b).id).not.toBe(base.id);
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
		expect(dataVersionOf(d).id).not.toBe(base.id);
	});

	it('this repository’s data/ has a valid version, and says how it is defined', () => {
		const v = buildVersion();
		expect(isDataVersion(v.id)).toBe(true);
		expect(v.definition).toMatch(/SHA-256 over every CSV under data\//);
	});
});
