/**
 * The map explorer's loading: a file that cannot be used (404, network error, truncated JSON, an HTML page, `{}`,
 * `null`, another indicator's data) leaves one consistent view — the requested view goes back to the one on screen,
 * `failure` says what could not be loaded, and loading ends. Real build-time data, a fake fetch.
 */
import { describe, expect, it, vi } from 'vitest';
import { MapExplorer } from '../../../src/lib/state/mapExplorer.svelte.ts';
import {
	mapCatalogue,
	mapData,
	mapDataYear,
	mapGeometry,
	mapIndicators,
	mapCannabis,
	mapPlaces,
	mapPolicy
} from '../../../src/lib/server/mapView.ts';
import { CANNABIS_FILL } from '../../../src/lib/map/cannabisModelFill.ts';
import { defaultMapState } from '../../../src/lib/state/mapState.ts';
import { binsFor, cellFill, computeCells } from '../../../src/lib/map/mapCells.ts';

const DEATHS = 'gbd2019_drug_disorder_death_rate';
const OPIOID = 'gbd2017_opioid_death_rate';
const catalogue = mapCatalogue();
const start = defaultMapState(catalogue);

type Answer = { status?: number; body: string } | 'network' | Promise<{ status?: number; body: string }>;

/** An explorer whose fetch answers each URL from `answers` (default: the real file). `calls` lists the URLs asked. */
function explorer(answers: Record<string, Answer> = {}, lang: 'en' | 'nb' = 'en') {
	const calls: string[] = [];
	const ex = new MapExplorer({
		catalogue,
		indicators: mapIndicators(),
		initialData: mapDataYear(start.indicator, start.year),
		initialGeometry: mapGeometry('world'),
		places: mapPlaces(),
		dataUrl: (id) => `/map/data/${id}.json`,
		geoUrl: (r) => `/map/geo/${r}.json`,
		cannabisUrl: '/map/cannabis.json',
		policyUrl: '/map/policy.json',
		lang,
		fetch: async (url) => {
			calls.push(url);
			const a = answers[url];
			if (a === 'network') throw new TypeError('Failed to fetch');
			const r = a
				? await a
				: {
						body: JSON.stringify(
							url.includes('/geo/')
								? mapGeometry(url.match(/geo\/(\w+)/)![1] as 'europe')
								: url.endsWith('/cannabis.json')
									? mapCannabis()
									: url.endsWith('/policy.json')
										? mapPolicy()
										: mapData(url.match(/data\/(\w+)\.json/)![1]!)
						)
					};
			return new Response(r.body, { status: r.status ?? 200 });
		}
	});
	return { ex, calls };
}

const BAD: [string, Answer, string][] = [
	['a 404', { status: 404, body: '<!doctype html><title>Not found</title>' }, 'http'],
	['a network error', 'network', 'network'],
	['{}', { body: '{}' }, 'shape'],
	['null', { body: 'null' }, 'shape'],
	['truncated JSON', { body: JSON.stringify(mapData(OPIOID)).slice(0, 5000) }, 'json'],
	['an HTML page with status 200', { body: '<!doctype html><html><body>Welcome</body></html>' }, 'json'],
	['another indicator’s data', { body: JSON.stringify(mapData(DEATHS)) }, 'shape']
];

describe('MapExplorer loading', () => {
	for (const [what, answer, kind] of BAD) {
		it(`${what} for a new indicator: the view goes back to the one shown, with the failure, and loading ends`, async () => {
			const { ex } = explorer({ [`/map/data/${OPIOID}.json`]: answer });
			const p = ex.set({ indicator: OPIOID });
			expect(ex.loading).toBe(true);
			expect(ex.view.indicator).toBe(OPIOID);
			await p;
			expect(ex.loading).toBe(false);
			expect(ex.view).toEqual(start);
			expect(ex.shown).toEqual(start);
			expect(ex.indicator.indicator_id).toBe(DEATHS);
			expect(ex.requestedIndicator.indicator_id).toBe(DEATHS);
			expect(ex.failure).toMatchObject({ indicator: OPIOID, part: 'data', kind, region: 'world' });
			expect(ex.failure!.reason).toContain(`/map/data/${OPIOID}.json`);
			// Still drawable: every place of the view has a cell, from the dataset on screen.
			expect(ex.cells.get('PRT')?.metric).toBe(mapData(DEATHS).places['PRT']!.find((p) => p[0] === start.year)![1]);
		});
	}

	it('a good file shows the new indicator; a failure is cleared by the next request, and trying again loads', async () => {
		const answers: Record<string, Answer> = { [`/map/data/${OPIOID}.json`]: { body: '{}' } };
		const { ex, calls } = explorer(answers);
		await ex.set({ indicator: OPIOID });
		expect(ex.failure?.kind).toBe('shape');
		delete answers[`/map/data/${OPIOID}.json`];
		await ex.set({ indicator: OPIOID });
		expect(ex.failure).toBeNull();
		expect(ex.shown.indicator).toBe(OPIOID);
		expect(ex.shown.year).toBe(2017);
		expect(ex.dataset.indicator_id).toBe(OPIOID);
		expect(calls.filter((c) => c.includes(OPIOID))).toHaveLength(2);
	});

	it('a broken region geometry keeps the World map, says which map failed', async () => {
		const { ex } = explorer({ '/map/geo/europe.json': { body: '{"region":"europe"}' } });
		await ex.set({ region: 'europe' });
		expect(ex.view.region).toBe('world');
		expect(ex.shown.region).toBe('world');
		expect(ex.geometry.region).toBe('world');
		expect(ex.failure).toMatchObject({ part: 'geometry', region: 'europe', kind: 'shape' });
	});

	it('another year of the first indicator that cannot load keeps the year on screen', async () => {
		const { ex } = explorer({ [`/map/data/${DEATHS}.json`]: { status: 500, body: '' } });
		await ex.set({ year: 1995 });
		expect(ex.view.year).toBe(start.year);
		expect(ex.failure).toMatchObject({ indicator: DEATHS, year: 1995, part: 'data', kind: 'http' });
	});

	it('a slow request overtaken by a view already loaded ends loading at once and cannot take over the screen', async () => {
		let release: (v: { body: string }) => void = () => {};
		const slow = new Promise<{ body: string }>((ok) => (release = ok));
		const { ex } = explorer({ [`/map/data/${OPIOID}.json`]: slow });
		const first = ex.set({ indicator: OPIOID });
		expect(ex.loading).toBe(true);
		await ex.set({ indicator: DEATHS });
		expect(ex.loading).toBe(false);
		expect(ex.shown.indicator).toBe(DEATHS);
		release({ body: JSON.stringify(mapData(OPIOID)) });
		await first;
		expect(ex.loading).toBe(false);
		expect(ex.shown.indicator).toBe(DEATHS);
		expect(ex.view.indicator).toBe(DEATHS);
		expect(ex.failure).toBeNull();
		// The file that arrived is kept: going back to it needs no request.
		await ex.set({ indicator: OPIOID });
		expect(ex.shown.indicator).toBe(OPIOID);
	});

	it('a slow failure overtaken by another request does not undo it', async () => {
		let release: (v: { body: string }) => void = () => {};
		const slow = new Promise<{ body: string }>((ok) => (release = ok));
		const { ex } = explorer({ [`/map/data/${OPIOID}.json`]: slow });
		const first = ex.set({ indicator: OPIOID });
		const second = ex.set({ region: 'europe', indicator: DEATHS });
		release({ body: '{}' });
		await Promise.all([first, second]);
		expect(ex.failure).toBeNull();
		expect(ex.view).toMatchObject({ indicator: DEATHS, region: 'europe' });
		expect(ex.shown).toMatchObject({ indicator: DEATHS, region: 'europe' });
	});

	it('preload keeps the one-year dataset when the full file is broken', async () => {
		const { ex } = explorer({ [`/map/data/${DEATHS}.json`]: { body: '[]' } });
		await ex.preload();
		expect(ex.dataset.partial).toBe(true);
		expect(ex.failure).toBeNull();
	});

	it('playing stops at a year that cannot load', async () => {
		const { ex } = explorer({ [`/map/data/${DEATHS}.json`]: { body: 'null' } });
		await ex.set({ year: start.year });
		ex.playing = true;
		await ex.set({ year: 2000 });
		expect(ex.playing).toBe(false);
		expect(ex.view.year).toBe(start.year);
	});
});

describe('MapExplorer policy layer: cannabis models', () => {
	it('loads the models when the layer is first switched on (once), outlines Canada in its model’s colour from 2018, and says so in the summary', async () => {
		const { ex, calls } = explorer();
		expect(ex.cannabis.size).toBe(0);
		await ex.set({ layer: 'cannabis', year: 2016 });
		expect(calls.filter((c) => c.endsWith('/cannabis.json'))).toHaveLength(1);
		expect(ex.shown.layer).toBe('cannabis');
		expect(ex.outlines.has('CAN')).toBe(false);
		expect(ex.outlines.get('URY')).toBe('solid');
		await ex.set({ year: 2019 });
		expect(ex.outlines.get('CAN')).toBe('solid');
		expect(ex.outlineColors.get('CAN')).toBe(CANNABIS_FILL.licensed_retail);
		expect(ex.outlines.get('USA')).toBe('dotted');
		// Possession outlines are not drawn with it (one layer at a time): Portugal is decriminalised, no supply model.
		expect(ex.outlines.has('PRT')).toBe(false);
		expect(ex.summary).toMatch(
			/Outlines show cannabis regulation models in 2019: state pharmacy: Uruguay; licensed retail: Canada, United States \(some states\)/
		);
		expect(ex.cannabisLegend.categories).toContain('licensed_retail');
		expect(ex.query).toBe('layer=cannabis');
		await ex.set({ layer: 'policy' });
		expect(ex.outlines.get('PRT')).toBe('solid');
		expect(ex.outlineColors.size).toBe(0);
		expect(ex.summary).not.toMatch(/cannabis/);
		await ex.set({ layer: 'cannabis' });
		expect(calls.filter((c) => c.endsWith('/cannabis.json'))).toHaveLength(1);
	});

	it('a broken models file keeps the view on screen and says the layer could not load', async () => {
		const { ex } = explorer({ '/map/cannabis.json': { body: '{"places":3}' } });
		await ex.set({ layer: 'cannabis' });
		expect(ex.shown.layer).toBe('none');
		expect(ex.view.layer).toBe('none');
		expect(ex.failure).toMatchObject({ part: 'layer', kind: 'shape' });
		expect(ex.outlines.size).toBe(0);
	});

	it('summarises the models in Norwegian on a Norwegian page', async () => {
		const { ex } = explorer({}, 'nb');
		await ex.set({ layer: 'cannabis', year: 2019 });
		expect(ex.summary).toMatch(
			/Omrissene viser reguleringsmodeller for cannabis i 2019: statlig apoteksalg: Uruguay; lisensierte butikker: Canada/
		);
	});
});

describe('MapExplorer and the address bar', () => {
	it('tells the address bar nothing while a view loads, then the view with its delay', async () => {
		const { ex } = explorer();
		expect(ex.urlWrite).toEqual({ query: '', delay: 150, allowPush: true });
		const p = ex.set({ indicator: OPIOID });
		expect(ex.urlWrite).toBeNull();
		await p;
		expect(ex.urlWrite).toEqual({ query: `indicator=${OPIOID}`, delay: 150, allowPush: true });
		ex.playing = true;
		expect(ex.urlWrite?.delay).toBe(600);
		ex.pause();
	});

	it('after a failure the view goes back without a new history entry', async () => {
		const { ex } = explorer({ [`/map/data/${OPIOID}.json`]: { body: '{}' } });
		await ex.set({ indicator: OPIOID });
		expect(ex.urlWrite).toEqual({ query: '', delay: 150, allowPush: false });
	});

	it('writes an old or malformed query back as the view it stands for', () => {
		const { ex } = explorer();
		expect(ex.canonical('?ind=gbd2017_opioid_death_rate&region=EU&year=1e9&mode=3d')).toBe(
			`indicator=${OPIOID}&region=europe`
		);
		expect(ex.canonical('?year=abc&zz=1')).toBe('');
	});

	it('entering the address bar’s view shows it and then loads the whole dataset and the policy facts once; the same view only preloads', async () => {
		const { ex, calls } = explorer();
		ex.enter('');
		ex.enter('?');
		expect(calls).toEqual([`/map/data/${DEATHS}.json`, '/map/policy.json']);
		ex.enter('?region=europe');
		expect(ex.view.region).toBe('europe');
		await expect.poll(() => ex.shown.region).toBe('europe');
		expect(calls).toEqual([`/map/data/${DEATHS}.json`, '/map/policy.json', '/map/geo/europe.json']);
	});
});

describe('MapExplorer words in the page language', () => {
	it('writes where, when, the summary and the caption in Norwegian on a Norwegian page', async () => {
		const { ex } = explorer({}, 'nb');
		expect(ex.lang).toBe('nb');
		expect(ex.where).toBe('Verden');
		expect(ex.when).toBe(String(start.year));
		expect(ex.summary).toMatch(
			new RegExp(`^I ${start.year} hadde .+ den høyeste verdien for .+ av \\d+ steder på verdenskartet har data`)
		);
		expect(ex.tableCaption).toMatch(/, Verden, \d{4}, rangert\. Enhet: /);
		await ex.set({ mode: 'latest', region: 'europe' });
		expect(ex.where).toBe('Europa');
		expect(ex.when).toBe(`siste tilgjengelige til og med ${ex.shown.year}`);
		expect(ex.summary).toMatch(
			/^Med hvert steds siste verdi til og med \d{4} hadde .+ i kartutsnittet Europa har data/
		);
		expect(ex.sliderContext).toBe('eller siste før');
	});

	it('stays English by default', () => {
		const { ex } = explorer();
		expect(ex.where).toBe('World');
		expect(ex.summary).toMatch(new RegExp(`^In ${start.year}, .+ had the highest `));
	});
});

describe('MapExplorer year changes: colours first, words after the frame', () => {
	it('a year change paints the fills in its frame and moves the words once that frame is drawn, also when it drags `from` along in year mode', async () => {
		// Where there are no frames (the server, here), a change is shown at once: the colours to expect.
		const { ex: ref } = explorer();
		await ref.preload();
		await ref.set({ year: 1995 });
		const fills1995 = ref.fills;
		const frames: FrameRequestCallback[] = [];
		vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
		try {
			const { ex } = explorer();
			await ex.preload();
			// 2019 → 1995 moves `from` (below the year) along with it: still a change of the year alone in year mode.
			const from = ex.view.from;
			await ex.set({ year: 1995 });
			expect(ex.view.from).not.toBe(from);
			expect(ex.paint.year).toBe(1995);
			expect(ex.fills).toEqual(fills1995);
			expect(ex.shown.year).toBe(2019);
			expect(ex.when).toBe('2019');
			expect(frames).toHaveLength(1);
			frames.shift()!(0);
			await new Promise((r) => setTimeout(r, 0));
			expect(ex.shown.year).toBe(1995);
			expect(ex.when).toBe('1995');
			// Any other change is shown at once, colours and words together.
			await ex.set({ mode: 'latest' });
			expect(ex.shown.mode).toBe('latest');
			expect(frames).toHaveLength(0);
		} finally {
			vi.unstubAllGlobals();
		}
	});
});

describe('MapExplorer possession-policy facts (not in the prerendered page)', () => {
	it('the tooltip has no policy line until the facts arrive; then Portugal is not criminal since 2001', async () => {
		const { ex, calls } = explorer();
		expect(ex.policyLoaded).toBe(false);
		expect(ex.policy.size).toBe(0);
		await ex.loadPolicy();
		await ex.loadPolicy();
		expect(calls.filter((c) => c.endsWith('/policy.json'))).toHaveLength(1);
		expect(ex.policyLoaded).toBe(true);
		expect(ex.policy.get('PRT')).toMatchObject({ class: 'not_criminal', since: 2001 });
		expect(ex.policyFacts.citations['emcdda-cdr-2019-prt-law']).toBe('EMCDDA 2019');
	});

	it('the policy layer and the reform mode wait for the facts (one request for both), then show Portugal', async () => {
		let answer!: (a: { body: string }) => void;
		const { ex, calls } = explorer({ '/map/policy.json': new Promise((ok) => (answer = ok)) });
		const layer = ex.set({ layer: 'policy' });
		void ex.loadPolicy();
		expect(ex.loading).toBe(true);
		expect(ex.shown.layer).toBe('none');
		answer({ body: JSON.stringify(mapPolicy()) });
		await layer;
		expect(ex.shown.layer).toBe('policy');
		expect(ex.outlines.get('PRT')).toBe('solid');
		expect(calls.filter((c) => c.endsWith('/policy.json'))).toHaveLength(1);
		await ex.set({ layer: 'none', mode: 'reform' });
		expect(ex.shown.mode).toBe('reform');
		expect(ex.cells.get('PRT')).toMatchObject({ missing: null, fromPoint: { year: 2000 } }); // the year before the reform
	});

	it('a broken facts file keeps the view on screen, says the policy could not load, and the next request tries again', async () => {
		const { ex, calls } = explorer({ '/map/policy.json': { body: '{"facts": 3}' } });
		await ex.loadPolicy();
		expect(ex.policyLoaded).toBe(false);
		expect(ex.failure).toBeNull();
		await ex.set({ layer: 'policy' });
		expect(ex.shown.layer).toBe('none');
		expect(ex.view.layer).toBe('none');
		expect(ex.failure).toMatchObject({ part: 'policy', kind: 'shape' });
		expect(calls.filter((c) => c.endsWith('/policy.json'))).toHaveLength(2);
	});
});

describe('MapExplorer years computed ahead (warmYears)', () => {
	it('gives every year of the range the cells and fills of its own year, mode and start year', async () => {
		const idle: IdleRequestCallback[] = [];
		vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => idle.push(cb));
		const deadline = { didTimeout: false, timeRemaining: () => 50 } as IdleDeadline;
		try {
			const { ex } = explorer();
			// Only the first year is loaded: nothing to compute ahead yet.
			ex.warmYears();
			expect(idle).toHaveLength(0);
			await ex.preload();
			const dataset = mapData(DEATHS);
			const places = [...ex.cells.keys()];
			const [first, last] = ex.indicator.years;
			for (const mode of ['year', 'latest', 'change'] as const) {
				await ex.set({ mode, from: 2000 });
				ex.warmYears();
				expect(idle).toHaveLength(1);
				while (idle.length) idle.shift()!(deadline);
				for (let year = 2001; year <= last; year += 3) {
					await ex.set({ year });
					const from = mode === 'change' ? 2000 : first;
					const cells = computeCells({ dataset, mode, year, from, places });
					const bins = binsFor(mode, dataset.bins, cells);
					expect(ex.cells, `${mode} ${year}`).toEqual(cells);
					expect(ex.fills).toEqual(new Map([...cells].map(([iso3, c]) => [iso3, cellFill(c, bins)])));
				}
			}
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
