/**
 * The compare explorer's loading, with a fake fetch over the real build-time slice: the default view needs no
 * request; a file that cannot be used sends the view back to the last one whose data were at hand and says so; a slow
 * answer to an older choice never overrides a newer one. And what the address bar is told.
 */
import { describe, expect, it } from 'vitest';
import { CompareExplorer } from '../../../src/lib/state/compareExplorer.svelte.ts';
import { compareSlice } from '../../../src/lib/server/slices/compare.ts';
import { indicatorPayload } from '../../../src/lib/server/compareData.ts';

const DEATHS = 'gbd2019_drug_disorder_death_rate';
const OPIOID = 'gbd2017_opioid_death_rate';
const slice = compareSlice();
const full = (id: string) => JSON.stringify(indicatorPayload(id));

type Answer = { status?: number; body: string } | 'network' | Promise<{ status?: number; body: string }>;

function explorer(answers: Record<string, Answer> = {}) {
	const calls: string[] = [];
	const ex = new CompareExplorer({
		...slice,
		dataUrl: (id) => `/compare/data/${id}.json`,
		fetch: async (url) => {
			calls.push(url);
			const a = answers[url];
			if (a === 'network') throw new TypeError('Failed to fetch');
			const r = a ? await a : { body: full(url.match(/data\/(\w+)\.json/)![1]!) };
			return new Response(r.body, { status: r.status ?? 200 });
		}
	});
	return { ex, calls };
}

function deferred() {
	let release: (v: { status?: number; body: string }) => void = () => {};
	const promise = new Promise<{ status?: number; body: string }>((ok) => (release = ok));
	return { promise, release };
}

describe('CompareExplorer', () => {
	it('draws the default view from the page data: no request, five lines, Portugal’s before/after', async () => {
		const { ex, calls } = explorer();
		await ex.set({ scale: 'log', align: 'decriminalisation' });
		await ex.set({ align: 'none', n: 3 });
		expect(calls).toEqual([]);
		expect(ex.loading).toBe(false);
		expect(ex.figure.series.map((s) => s.key)).toEqual(slice.defaults.countries);
		expect(ex.figure.yScale).toBe('log');
		expect(ex.title).toBe(`${slice.payload.indicator.short_label}: Portugal, Czechia, Norway, Sweden, Estonia`);
		expect(ex.beforeAfter?.iso3).toBe('PRT');
		expect(ex.query).toBe('scale=log&n=3');
	});

	it('loads another indicator once, then shows it with its own title, sources and place sets', async () => {
		const { ex, calls } = explorer();
		const p = ex.set({ indicator: OPIOID });
		expect(ex.loading).toBe(true);
		expect(ex.urlWrite).toBeNull();
		await p;
		expect(ex.loading).toBe(false);
		expect(ex.failure).toBeNull();
		expect(ex.title).toMatch(/^Opioid use disorder deaths \(GBD 2017\): Portugal/);
		expect(ex.figure.sources.map((s) => s.source_id)).toContain('ihme-gbd2017');
		expect(ex.urlWrite).toEqual({ query: `indicator=${OPIOID}`, delay: 150, allowPush: true });
		await ex.set({ indicator: DEATHS });
		await ex.set({ indicator: OPIOID, countries: ['ESP'] });
		expect(calls).toEqual([`/compare/data/${OPIOID}.json`]);
		expect(ex.figure.series.map((s) => s.key)).toEqual(['ESP']);
	});

	for (const [what, answer, kind] of [
		['a 404', { status: 404, body: '<!doctype html>' }, 'http'],
		['a network error', 'network', 'network'],
		['{}', { body: '{}' }, 'shape'],
		['truncated JSON', { body: full(OPIOID).slice(0, 3000) }, 'json'],
		['another indicator’s file', { body: full(DEATHS) }, 'shape']
	] as const) {
		it(`${what}: back to the last good view, with the failure said, loading over`, async () => {
			const { ex } = explorer({ [`/compare/data/${OPIOID}.json`]: answer });
			await ex.set({ scale: 'log' });
			await ex.set({ indicator: OPIOID });
			expect(ex.loading).toBe(false);
			expect(ex.view).toEqual({ ...slice.defaults, scale: 'log' });
			expect(ex.failure).toMatchObject({ indicator: OPIOID, kind });
			expect(ex.failure!.message).toContain('Could not load the data for “Opioid use disorder deaths (GBD 2017)”');
			expect(ex.failure!.message).toContain(`Still showing “${slice.payload.indicator.short_label}”`);
			expect(ex.failure!.reason).toContain(`/compare/data/${OPIOID}.json`);
			// The address bar goes back without a new history entry.
			expect(ex.urlWrite).toEqual({ query: 'scale=log', delay: 150, allowPush: false });
			// The next choice clears the failure.
			await ex.set({ scale: 'linear' });
			expect(ex.failure).toBeNull();
		});
	}

	it('a place the page data lack needs the full file; when it is broken the places before stay', async () => {
		const { ex } = explorer({ [`/compare/data/${DEATHS}.json`]: { body: 'null' } });
		await ex.setCountries([...slice.defaults.countries, 'ESP']);
		expect(ex.view.countries).toEqual(slice.defaults.countries);
		expect(ex.failure?.message).toContain('for these places');
	});

	it('goes back to the last view that loaded, not to the default one', async () => {
		const { ex } = explorer({ [`/compare/data/${DEATHS}.json`]: { status: 500, body: '' } });
		await ex.set({ indicator: OPIOID, countries: ['PRT', 'ESP'] });
		await ex.set({ indicator: DEATHS });
		expect(ex.view).toMatchObject({ indicator: OPIOID, countries: ['PRT', 'ESP'] });
		expect(ex.failure?.message).toContain('Still showing “Opioid use disorder deaths (GBD 2017)”');
	});

	it('a slow failure for an older choice is ignored once a newer choice is on screen', async () => {
		const slow = deferred();
		const { ex } = explorer({ [`/compare/data/${OPIOID}.json`]: slow.promise });
		const first = ex.set({ indicator: OPIOID });
		await ex.set({ indicator: DEATHS, scale: 'log' });
		expect(ex.loading).toBe(false);
		slow.release({ body: '{}' });
		await first;
		expect(ex.failure).toBeNull();
		expect(ex.view).toEqual({ ...slice.defaults, scale: 'log' });
		expect(ex.loading).toBe(false);
	});

	it('a slow good answer for an older choice is kept for later but does not take over the screen', async () => {
		const slow = deferred();
		const { ex, calls } = explorer({ [`/compare/data/${OPIOID}.json`]: slow.promise });
		const first = ex.set({ indicator: OPIOID });
		await ex.set({ indicator: DEATHS });
		slow.release({ body: full(OPIOID) });
		await first;
		expect(ex.view.indicator).toBe(DEATHS);
		expect(ex.title.startsWith(slice.payload.indicator.short_label)).toBe(true);
		await ex.set({ indicator: OPIOID });
		expect(ex.loading).toBe(false);
		expect(ex.title).toMatch(/^Opioid/);
		expect(calls).toHaveLength(1);
	});

	it('two choices waiting for the same file make one request, and the later one decides', async () => {
		const slow = deferred();
		const { ex, calls } = explorer({ [`/compare/data/${OPIOID}.json`]: slow.promise });
		const a = ex.set({ indicator: OPIOID });
		const b = ex.set({ countries: ['PRT', 'ESP'] });
		expect(ex.loading).toBe(true);
		slow.release({ body: full(OPIOID) });
		await Promise.all([a, b]);
		expect(calls).toHaveLength(1);
		expect(ex.loading).toBe(false);
		expect(ex.figure.series.map((s) => s.key)).toEqual(['PRT', 'ESP']);
	});

	it('reads the address bar: old or malformed queries are written back as the view they stand for', async () => {
		const { ex } = explorer();
		expect(ex.canonical('?country=prt,esp,ZZZ&scale=logarithmic&n=1e9&align=hat_trial')).toBe(
			'countries=PRT~ESP&scale=log&align=heroin_assisted_treatment'
		);
		expect(ex.canonical('?countries=~~~&year=2001')).toBe('');
		ex.enter('?countries=PRT~CZE&align=decriminalisation');
		expect(ex.view).toMatchObject({
			countries: ['PRT', 'CZE'],
			align: 'decriminalisation',
			reform: 'decriminalisation'
		});
		expect(ex.figure.xLabel).toBe('Years since reform');
		expect(ex.title).toMatch(
			new RegExp(
				`^${slice.payload.indicator.short_label.replace(/[()]/g, '\\$&')}, aligned on each country’s decriminalisation`
			)
		);
	});

	it('setN and setYear keep numbers in range; setReform moves the alignment with it', async () => {
		const { ex } = explorer();
		await ex.setN(99);
		expect(ex.view.n).toBe(slice.defaults.n);
		await ex.setN(3);
		expect(ex.view.n).toBe(3);
		await ex.setAligned(true);
		await ex.setReform('thresholds');
		expect(ex.view).toMatchObject({ align: 'thresholds', reform: 'thresholds' });
		await ex.setYear('from', '1995');
		await ex.setYear('to', '1800');
		expect([ex.view.from, ex.view.to]).toEqual([1995, null]);
		await ex.setYear('from', '');
		expect(ex.view.from).toBeNull();
		expect(ex.placeSets.map((s) => s.label)).toEqual([
			'Headline set',
			'Reform countries',
			'Nordics',
			'EU',
			'North America'
		]);
	});
});
