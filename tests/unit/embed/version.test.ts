import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataVersion, initialPinState, isDataVersion, pinnedPath, versionAsOf } from '../../../src/lib/embed/version.ts';
import { embedVersion, newestRetrieval } from '../../../src/lib/server/embedVersion.ts';

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

describe('embedVersion (build time)', () => {
	it('uses the newest retrieval date when sources.csv has one, else the newest dataset year', () => {
		expect(newestRetrieval('source_id,year,retrieved\na,2019,2025-01-02\nb,2024,2026-03-24\nc,2020,\n')).toBe('2026-03-24');
		expect(newestRetrieval('source_id,year\na,2019\nb,n.d.\nc,2024\n')).toBe('2024');
		expect(newestRetrieval('source_id,year\n')).toBe('0000');
	});

	it('changes when any number in data/ changes, and not otherwise', () => {
		const dir = mkdtempSync(join(tmpdir(), 'dpe-ver-'));
		mkdirSync(join(dir, 'observations'));
		writeFileSync(join(dir, 'sources.csv'), 'source_id,year\na,2024\n');
		writeFileSync(join(dir, 'observations', 'x.csv'), 'iso3,year,value\nPRT,2019,4.5\n');
		writeFileSync(join(dir, 'notes.md'), 'not data');
		const a = embedVersion(dir);
		expect(a.id).toMatch(/^2024-[0-9a-f]{10}$/);
		expect(embedVersion(dir)).toEqual(a);
		writeFileSync(join(dir, 'notes.md'), 'still not data');
		expect(embedVersion(dir)).toEqual(a);
		writeFileSync(join(dir, 'observations', 'x.csv'), 'iso3,year,value\nPRT,2019,4.6\n');
		const b = embedVersion(dir);
		expect(b.asOf).toBe('2024');
		expect(b.id).not.toBe(a.id);
	});

	it('this repository’s data/ has a valid version', () => {
		expect(isDataVersion(embedVersion().id)).toBe(true);
	});
});
