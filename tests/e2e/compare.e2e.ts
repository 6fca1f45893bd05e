import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, rawHtml, startSite, type Site } from './harness';
import { compareText } from '../../src/lib/strings/compare';

let site: Site;
beforeAll(async () => (site = await startSite()));
afterAll(async () => site?.close());

const DEFAULT = ['PRT', 'CZE', 'NOR', 'SWE', 'EST'];
const INDICATOR = 'gbd2019_drug_disorder_death_rate';
/** The 27 EU members (data/countries.csv eu_member). */
const EU = Papa.parse<{ iso3: string; eu_member: string }>(readFileSync('data/countries.csv', 'utf8'), {
	header: true,
	skipEmptyLines: true
})
	.data.filter((c) => c.eu_member === 'true')
	.map((c) => c.iso3);

/** Vertices of a series' paths as [x, y] pixel pairs (viewBox units). */
async function vertices(page: Page, key: string): Promise<[number, number][]> {
	const ds = await page
		.locator(`svg[data-chart="line"] g.series[data-key="${key}"] path`)
		.evaluateAll((els) => els.map((e) => e.getAttribute('d') ?? ''));
	return ds.flatMap((d) =>
		[...d.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as [number, number])
	);
}

/** Pixel x of a data x from two labelled x ticks (linear axis). */
async function xOf(page: Page, value: number, a: string, b: string): Promise<number> {
	const ticks = page.locator('svg[data-chart="line"] g.grid text[text-anchor="middle"]');
	const pos = async (label: string) =>
		Number(
			await ticks
				.filter({ hasText: new RegExp(`^${label.replace(/[+]/g, '\\+')}$`) })
				.first()
				.getAttribute('x')
		);
	const [pa, pb] = [await pos(a), await pos(b)];
	const [va, vb] = [Number(a.replace('−', '-').replace('+', '')), Number(b.replace('−', '-').replace('+', ''))];
	return pa + ((value - va) / (vb - va)) * (pb - pa);
}

function observations(iso3: string): Map<number, number> {
	const rows = readFileSync(`data/observations/${INDICATOR}.csv`, 'utf8').trim().split('\n').slice(1);
	return new Map(
		rows.filter((l) => l.startsWith(`${iso3},`)).map((l) => [Number(l.split(',')[1]), Number(l.split(',')[2])])
	);
}

describe('/compare', () => {
	it('has the default chart as SVG in the prerendered HTML, with Portugal’s 2001 reform marked', async () => {
		const html = await rawHtml(site.base, '/compare');
		const svg = /<svg[^>]*data-chart="line"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
		for (const key of DEFAULT) expect(svg).toContain(`data-key="${key}"`);
		expect(svg).toMatch(/data-event-key="PRT"[^>]*data-event-x="2001"/);
		expect(html).toContain('Before and after the reform: Portugal');
		expect(html).toMatch(/Institute for Health Metrics and Evaluation/);
	});

	it('draws Portugal’s 2001 marker on Portugal’s line, at x = 2001', async () => {
		const o = await site.open('/compare');
		const marker = o.page.locator('g.event[data-event-key="PRT"][data-event-x="2001"] circle');
		expect(await marker.count()).toBe(1);
		const cx = Number(await marker.getAttribute('cx'));
		const cy = Number(await marker.getAttribute('cy'));
		expect(Math.abs(cx - (await xOf(o.page, 2001, '2000', '2002')))).toBeLessThan(0.6);
		const vertex = (await vertices(o.page, 'PRT')).find(([x]) => Math.abs(x - cx) < 0.2);
		expect(vertex).toBeDefined();
		expect(Math.abs(vertex![1] - cy)).toBeLessThan(0.2);
		expect(o.consoleErrors).toEqual([]);
		await o.close();
	});

	it('align mode puts the Portugal and Czech Republic reforms at x = 0, on their own lines', async () => {
		const o = await site.open('/compare?countries=PRT~CZE&align=decriminalisation');
		const prt = o.page.locator('g.event[data-event-key="PRT"][data-event-x="0"] circle');
		const cze = o.page.locator('g.event[data-event-key="CZE"][data-event-x="0"] circle');
		await expect.poll(() => prt.count()).toBe(1);
		expect(await cze.count()).toBe(1);
		const rule = Number(await o.page.locator('g.xrule line').getAttribute('x1'));
		expect(Number(await prt.getAttribute('cx'))).toBeCloseTo(rule, 0);
		expect(Number(await cze.getAttribute('cx'))).toBeCloseTo(rule, 0);
		expect(Math.abs(rule - (await xOf(o.page, 0, '−2', '+2')))).toBeLessThan(0.6);
		// Each marker sits on its own line's value in the reform year.
		for (const [key, loc] of [
			['PRT', prt],
			['CZE', cze]
		] as const) {
			const cy = Number(await loc.getAttribute('cy'));
			expect((await vertices(o.page, key)).some(([x, y]) => Math.abs(x - rule) < 0.6 && Math.abs(y - cy) < 0.2)).toBe(
				true
			);
		}
		expect(await o.page.locator('.figure .summary').textContent()).toMatch(
			/aligned on each country’s decriminalisation/
		);
		expect(o.consoleErrors).toEqual([]);
		await o.close();
	});

	it('before/after numbers for Portugal equal the values computed from data/', async () => {
		const o = await site.open('/compare');
		const v = observations('PRT');
		const win = (a: number, b: number) => [...v].filter(([y]) => y >= a && y <= b);
		const mean = (xs: [number, number][]) => xs.reduce((s, [, x]) => s + x, 0) / xs.length;
		const slope = (xs: [number, number][]) => {
			const my = xs.reduce((s, [y]) => s + y, 0) / xs.length;
			const mv = mean(xs);
			return xs.reduce((s, [y, x]) => s + (y - my) * (x - mv), 0) / xs.reduce((s, [y]) => s + (y - my) ** 2, 0);
		};
		const before = win(1996, 2000);
		const after = win(2002, 2006);
		const stat = async (name: string) =>
			Number(await o.page.locator(`[data-stat="${name}"]`).getAttribute('data-value'));
		expect(await stat('before-mean')).toBeCloseTo(mean(before), 9);
		expect(await stat('after-mean')).toBeCloseTo(mean(after), 9);
		expect(await stat('before-slope')).toBeCloseTo(slope(before), 9);
		expect(await stat('after-slope')).toBeCloseTo(slope(after), 9);
		expect((await o.page.locator('[data-stat="before-mean"]').textContent())?.trim()).toBe(mean(before).toFixed(2));
		expect((await o.page.locator('[data-stat="before-count"]').textContent())?.trim()).toBe(`${before.length} of 5`);
		// Changing N recomputes (N = 3: 1998–2000 vs 2002–2004) and lands in the URL.
		await o.page.locator('.ba input[type="number"]').fill('3');
		await o.page.locator('.ba input[type="number"]').press('Enter');
		await expect.poll(() => stat('before-mean')).toBeCloseTo(mean(win(1998, 2000)), 9);
		await expect.poll(() => o.page.url()).toContain('n=3');
		expect(await o.page.locator('path.trend[data-trend-key="PRT"]').count()).toBe(1);
		await o.close();
	});

	it('applies URL state in the browser and falls back on bad values without errors', async () => {
		const o = await site.open('/compare?countries=%3Cscript%3E~prt~ZZZ&scale=cubic&n=abc&align=evil&indicator=nope');
		await expect.poll(() => o.page.locator('svg[data-chart="line"] g.series').count()).toBe(1);
		expect(await o.page.locator('g.series[data-key="PRT"]').count()).toBe(1);
		expect(o.pageErrors).toEqual([]);
		expect(o.consoleErrors).toEqual([]);
		expect(
			await o.page.evaluate(() => document.querySelectorAll('script:not([type]):not([src])').length)
		).toBeLessThanOrEqual(1);
		await o.close();
	});

	it('loads another indicator on demand (small JSON, same host) and keeps it in the URL', async () => {
		const o = await site.open('/compare?countries=PRT~ESP');
		await expect.poll(() => o.page.locator('g.series[data-key="ESP"] path').count()).toBeGreaterThan(0);
		await o.page.locator('details.picker summary').click();
		await o.page.locator('#ind-q').fill('opioid');
		await o.page.locator('[data-pick="gbd2017_opioid_death_rate"]').click();
		await expect.poll(() => o.page.url()).toContain('indicator=gbd2017_opioid_death_rate');
		await expect.poll(() => o.page.locator('.figure h2.title').textContent()).toContain('Opioid');
		expect(o.external).toEqual([]);
		expect(o.consoleErrors).toEqual([]);
		await o.close();
	});

	it('works by keyboard: crosshair lists every country, event details on focus, scale toggle', async () => {
		const o = await site.open('/compare');
		await o.page.locator('svg[data-chart="line"]').focus();
		await o.page.keyboard.press('End');
		const tip = o.page.locator('.tip[role="status"]');
		await expect.poll(() => tip.textContent()).toContain('2019');
		for (const name of ['Portugal', 'Czechia', 'Norway', 'Sweden', 'Estonia'])
			expect(await tip.textContent()).toContain(name);
		await o.page.keyboard.press('Tab');
		await expect.poll(() => tip.textContent()).toMatch(/Source/);
		await o.page.locator('input[name="scale"][value="log"]').focus();
		await o.page.keyboard.press('Space');
		await expect.poll(() => o.page.url()).toContain('scale=log');
		await o.page.locator('#place-add').focus();
		await o.page.keyboard.type('Spain');
		await o.page.keyboard.press('Enter');
		await expect.poll(() => o.page.url()).toContain('countries=PRT~CZE~NOR~SWE~EST~ESP');
		await o.page.locator('button[aria-label="Remove Spain"]').focus();
		await o.page.keyboard.press('Enter');
		await expect.poll(() => o.page.url()).not.toContain('ESP');
		await o.close();
	});

	it('finds places by the names people type (Holland, UK, Czech Republic) and says which name matched', async () => {
		const o = await site.open('/compare?countries=PRT');
		const input = o.page.locator('#place-add');
		for (const [typed, code] of [
			['Holland', 'NLD'],
			['UK', 'GBR'],
			['Czech Republic', 'CZE']
		] as const) {
			await input.fill(typed);
			await input.press('Enter');
			await expect.poll(() => new URL(o.page.url()).searchParams.get('countries') ?? '').toContain(code);
		}
		expect(await o.page.locator('.status').textContent()).toContain('Czech Republic');
		await input.fill('Atlantis');
		await input.press('Enter');
		await expect.poll(() => o.page.locator('.status').textContent()).toContain('No place called “Atlantis”');
		expect(o.consoleErrors).toEqual([]);
		await o.close();
	});

	it('gives every chip its line’s colour and says why a place is not drawn (aligned PRT~NOR~CZE: Norway has no reform)', async () => {
		const o = await site.open('/compare?countries=PRT~NOR~CZE&align=decriminalisation');
		await expect.poll(() => o.page.locator('g.event[data-event-key="CZE"]').count()).toBeGreaterThan(0);
		for (const key of ['PRT', 'CZE']) {
			const line = await o.page
				.locator(`g.series[data-key="${key}"] path`)
				.first()
				.evaluate((el) => getComputedStyle(el).stroke);
			const chip = await o.page
				.locator(`li[data-chip="${key}"] .sw`)
				.evaluate((el) => getComputedStyle(el).backgroundColor);
			expect(chip, key).toBe(line);
		}
		// Norway keeps the second colour on its (hollow) chip; no drawn line has it.
		const nor = await o.page.locator('li[data-chip="NOR"] .sw').evaluate((el) => getComputedStyle(el).boxShadow);
		const prt = await o.page
			.locator('g.series[data-key="PRT"] path')
			.first()
			.evaluate((el) => getComputedStyle(el).stroke);
		const cze = await o.page
			.locator('g.series[data-key="CZE"] path')
			.first()
			.evaluate((el) => getComputedStyle(el).stroke);
		expect(nor).not.toContain(prt);
		expect(nor).not.toContain(cze);
		expect(await o.page.locator('g.series[data-key="NOR"]').count()).toBe(0);
		expect(await o.page.locator('li[data-chip="NOR"] [data-not-drawn]').textContent()).toContain(
			'no reform of this kind to align on'
		);
		expect(await o.page.locator('li[data-chip="PRT"] [data-not-drawn]').count()).toBe(0);
		expect(o.consoleErrors).toEqual([]);
		await o.close();
	});

	it('offers six kinds of reform, each with its rule, and migrates an old single-event-type link', async () => {
		const o = await site.open('/compare?countries=PRT~CHE~NLD~DEU&align=hat_trial');
		const select = o.page.getByLabel('Reform counts as');
		await expect.poll(() => select.inputValue()).toBe('heroin_assisted_treatment');
		const options = await select.locator('option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
		expect(options).toEqual([
			'decriminalisation',
			'thresholds',
			'heroin_assisted_treatment',
			'consumption_rooms',
			'cannabis_regulation',
			'recriminalisation'
		]);
		await expect.poll(() => new URL(o.page.url()).searchParams.get('align')).toBe('heroin_assisted_treatment');
		expect(await o.page.locator('div.figure').textContent()).toContain('“HAT trial”');
		// Switzerland's 1994 trial is at x = 0 on its line.
		expect(await o.page.locator('g.event[data-event-key="CHE"][data-event-x="0"]').count()).toBe(1);
		expect(o.consoleErrors).toEqual([]);
		await o.close();
	});

	for (const width of [375, 1280])
		it(`27 EU countries at ${width}px: no two end labels overlap, none outside the chart, the others named under it`, async () => {
			const o = await site.open(`/compare?countries=${EU.join('~')}`, { width });
			await expect.poll(() => o.page.locator('svg[data-chart="line"] g.series').count(), { timeout: 5000 }).toBe(27);
			await expect.poll(() => o.page.locator('div.figure').getAttribute('aria-busy')).toBe('false');
			const { labels, svg } = await o.page.locator('svg[data-chart="line"]').evaluate((el) => {
				const r = el.getBoundingClientRect();
				return {
					svg: { left: r.left, right: r.right, top: r.top, bottom: r.bottom },
					labels: [...el.querySelectorAll('g.series:not(.top) text.end-label')].map((t) => {
						const b = t.getBoundingClientRect();
						return { text: t.textContent ?? '', left: b.left, right: b.right, top: b.top, bottom: b.bottom };
					})
				};
			});
			expect(labels.length).toBeGreaterThan(5);
			for (const a of labels) {
				expect(a.left, a.text).toBeGreaterThanOrEqual(svg.left - 0.5);
				expect(a.right, a.text).toBeLessThanOrEqual(svg.right + 0.5);
				expect(a.top, a.text).toBeGreaterThanOrEqual(svg.top - 0.5);
				expect(a.bottom, a.text).toBeLessThanOrEqual(svg.bottom + 0.5);
			}
			for (let i = 0; i < labels.length; i++)
				for (let j = i + 1; j < labels.length; j++) {
					const [a, b] = [labels[i]!, labels[j]!];
					const overlap =
						Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
						Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
					expect(overlap, `${a.text} / ${b.text}`).toBe(false);
				}
			// Every line is named: at its end, or in the legend under the chart.
			const legend = (await o.page.locator('[data-unlabelled] li').allTextContents()).slice(1).map((t) => t.trim());
			expect(new Set([...labels.map((l) => l.text), ...legend]).size).toBe(27);
			expect(await o.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
				0
			);
			expect(o.consoleErrors).toEqual([]);
			await o.close();
		});

	it('27 EU countries: focusing a chip emphasises its line and dims the others', async () => {
		const o = await site.open(`/compare?countries=${EU.join('~')}`);
		await expect.poll(() => o.page.locator('svg[data-chart="line"] g.series').count()).toBe(27);
		await o.page.locator('button[data-remove="LVA"]').focus();
		await expect.poll(() => o.page.locator('g.series.top[data-emphasis="LVA"]').count()).toBe(1);
		expect(await o.page.locator('g.series.dim').count()).toBe(26);
		expect(await o.page.locator('g.series.dim[data-key="LVA"]').count()).toBe(0);
		await o.page.locator('#place-add').focus();
		await expect.poll(() => o.page.locator('g.series.dim').count()).toBe(0);
		// Few lines: no dimming.
		const few = await site.open('/compare');
		await few.page.locator('button[data-remove="PRT"]').focus();
		await few.page.waitForTimeout(100);
		expect(await few.page.locator('g.series.dim').count()).toBe(0);
		await few.close();
		await o.close();
	});

	it('keyboard only: focus stays in place after removing a chip and after choosing an indicator', async () => {
		const o = await site.open('/compare?countries=PRT~CZE~NOR');
		const active = () =>
			o.page.evaluate(() => {
				const a = document.activeElement as HTMLElement | null;
				return a?.getAttribute('data-remove') || a?.id || a?.tagName || '';
			});
		await o.page.locator('button[data-remove="PRT"]').focus();
		await o.page.keyboard.press('Enter');
		await expect.poll(() => new URL(o.page.url()).searchParams.get('countries')).toBe('CZE~NOR');
		await expect.poll(active).toBe('CZE');
		await o.page.keyboard.press('Tab');
		expect(await active()).toBe('NOR');
		await o.page.keyboard.press('Enter');
		await expect.poll(() => new URL(o.page.url()).searchParams.get('countries')).toBe('CZE');
		// No chip after the one removed: focus goes to the add box.
		await expect.poll(active).toBe('place-add');
		await o.page.keyboard.type('Spain');
		await o.page.keyboard.press('Enter');
		await expect.poll(() => new URL(o.page.url()).searchParams.get('countries')).toBe('CZE~ESP');
		// The indicator picker: open with Enter, search, Tab to a choice, Enter; focus back on the picker's button.
		await o.page.locator('details.picker summary').focus();
		await o.page.keyboard.press('Enter');
		await expect.poll(active).toBe('SUMMARY');
		await o.page.keyboard.press('Tab');
		expect(await active()).toBe('ind-q');
		await o.page.keyboard.type('overdose opioid 2017');
		await expect.poll(() => o.page.locator('[data-pick]').count()).toBe(1);
		await o.page.keyboard.press('Tab');
		await o.page.keyboard.press('Enter');
		await expect.poll(() => new URL(o.page.url()).searchParams.get('indicator')).toBe('gbd2017_opioid_death_rate');
		expect(await active()).toBe('SUMMARY');
		expect(await o.page.locator('details.picker').getAttribute('open')).toBeNull();
		await expect.poll(() => o.page.locator('.figure h2.title').textContent()).toContain('Opioid');
		// Escape closes the panel and keeps focus on the button too.
		await o.page.keyboard.press('Enter');
		await o.page.keyboard.press('Tab');
		await o.page.keyboard.press('Escape');
		await expect.poll(active).toBe('SUMMARY');
		await expect.poll(() => o.page.locator('details.picker').getAttribute('open')).toBeNull();
		expect(o.consoleErrors).toEqual([]);
		await o.close();
	});

	/** What is on screen: the address bar, the chart's title, the chips, the scale and the table's rows. */
	const onScreen = async (p: Page) => ({
		query: new URL(p.url()).search,
		title: await p.locator('.figure h2.title').textContent(),
		chips: await p.locator('li[data-chip]').evaluateAll((els) => els.map((e) => e.getAttribute('data-chip'))),
		scale: await p.locator('input[name="scale"]:checked').getAttribute('value'),
		rows: await p
			.locator('.figure details.numbers table tr')
			.evaluateAll((els) => els.map((e) => e.textContent?.replace(/\s+/g, ' ').trim()))
	});

	it('Back and Forward walk through the views: a choice adds a history entry, the before/after years rewrite the current one', async () => {
		const o = await site.open('/');
		const p = o.page;
		await p.locator('a[href="/compare"]').first().click();
		await expect.poll(() => new URL(p.url()).pathname).toBe('/compare');
		await expect.poll(() => p.locator('li[data-chip]').count()).toBe(5);
		const seen = [await onScreen(p)];
		const length = () => p.evaluate(() => history.length);
		const start = await length();
		// Scale: a new entry.
		await p.locator('input[name="scale"][value="log"]').check();
		await expect.poll(() => new URL(p.url()).search).toBe('?scale=log');
		expect(await length()).toBe(start + 1);
		seen.push(await onScreen(p));
		// A place (its data load first): a new entry.
		await p.locator('#place-add').fill('Spain');
		await p.locator('#place-add').press('Enter');
		await expect.poll(() => new URL(p.url()).searchParams.get('countries')).toBe('PRT~CZE~NOR~SWE~EST~ESP');
		await expect.poll(() => p.locator('g.series[data-key="ESP"]').count()).toBe(1);
		expect(await length()).toBe(start + 2);
		// The before/after years: the same entry, rewritten.
		await p.locator('.ba input[type="number"]').fill('3');
		await p.locator('.ba input[type="number"]').press('Enter');
		await expect.poll(() => new URL(p.url()).searchParams.get('n')).toBe('3');
		expect(await length()).toBe(start + 2);
		seen.push(await onScreen(p));
		// Align: a new entry.
		await p.getByLabel('Align on reform').check();
		await expect.poll(() => new URL(p.url()).searchParams.get('align')).toBe('decriminalisation');
		await expect.poll(() => p.locator('.figure h2.title').textContent()).toContain('aligned on');
		expect(await length()).toBe(start + 3);
		seen.push(await onScreen(p));
		expect(seen.map((s) => s.query)).toEqual([
			'',
			'?scale=log',
			'?countries=PRT~CZE~NOR~SWE~EST~ESP&scale=log&n=3',
			'?countries=PRT~CZE~NOR~SWE~EST~ESP&scale=log&align=decriminalisation&n=3'
		]);
		expect(new Set(seen.map((s) => s.title)).size).toBe(3);

		for (const i of [2, 1, 0]) {
			await p.goBack();
			await expect.poll(() => onScreen(p)).toEqual(seen[i]);
		}
		for (const i of [1, 2, 3]) {
			await p.goForward();
			await expect.poll(() => onScreen(p)).toEqual(seen[i]);
		}
		expect(await length()).toBe(start + 3);
		expect(o.consoleErrors).toEqual([]);
		expect(o.pageErrors).toEqual([]);
		await o.close();
	});

	it('a shared link reopens the identical view: title, chips, scale and table rows', async () => {
		const a = await site.open('/compare?countries=PRT~CZE');
		const p = a.page;
		await expect.poll(() => p.locator('li[data-chip]').count()).toBe(2);
		await p.locator('#place-add').fill('Switzerland');
		await p.locator('#place-add').press('Enter');
		await p.locator('details.picker summary').click();
		await p.locator('#ind-q').fill('opioid');
		await p.locator('[data-pick="gbd2017_opioid_death_rate"]').click();
		await expect.poll(() => new URL(p.url()).searchParams.get('indicator')).toBe('gbd2017_opioid_death_rate');
		await p.locator('input[name="scale"][value="log"]').check();
		await expect.poll(() => new URL(p.url()).searchParams.get('scale')).toBe('log');
		const shared = await onScreen(p);
		expect(shared.chips).toEqual(['PRT', 'CZE', 'CHE']);
		expect(shared.rows.length).toBeGreaterThan(10);
		expect(shared.title).toContain('Opioid');
		const b = await site.open(`/compare${shared.query}`);
		await expect.poll(() => onScreen(b.page)).toEqual(shared);
		expect(b.consoleErrors).toEqual([]);
		await b.close();
		await a.close();
	});

	/** Each drawn piece of a line coloured by class: its years and its colour (presentation attribute). */
	const pieces = (p: Page, key: string) =>
		p.locator(`svg[data-chart="line"] g.series[data-key="${key}"] [data-segment]`).evaluateAll((els) =>
			els.map((e) => ({
				years: e.getAttribute('data-segment') ?? '',
				colour: e.getAttribute('stroke') ?? e.getAttribute('fill') ?? ''
			}))
		);

	it('colours each line by its policy class: Portugal changes colour in 2001; the URL holds it and a reload reopens it', async () => {
		const o = await site.open('/compare');
		const p = o.page;
		expect(await pieces(p, 'PRT')).toEqual([]);
		expect(await p.locator('[data-class-legend]').count()).toBe(0);
		await p.locator('input[name="colour"][value="class"]').check();
		await expect.poll(() => new URL(p.url()).searchParams.get('colour')).toBe('class');
		const check = async () => {
			const prt = await pieces(p, 'PRT');
			// Two classes on Portugal's line, meeting between 2000 and 2001.
			expect(new Set(prt.map((x) => x.colour)).size).toBeGreaterThanOrEqual(2);
			expect(prt.some((x) => x.years.endsWith('-2000'))).toBe(true);
			expect(prt.some((x) => x.years.startsWith('2001-'))).toBe(true);
			// The legend lists exactly the classes drawn (one colour each) and links to the rules.
			const all = (await Promise.all(DEFAULT.map((k) => pieces(p, k)))).flat();
			expect(await p.locator('[data-class-legend] li').count()).toBe(new Set(all.map((x) => x.colour)).size);
			expect(await p.locator('[data-class-legend] a[href$="/approaches"]').count()).toBe(1);
			// In words: the summary and the table.
			expect(await p.locator('.figure .summary').textContent()).toContain(
				'Portugal: criminal, with harm reduction until 2000; health-led from 2001.'
			);
			expect(await p.locator('.figure details.numbers th', { hasText: 'Portugal: policy class' }).count()).toBe(1);
			const row2001 = p.locator('.figure details.numbers tr', { has: p.locator('th', { hasText: /^2001$/ }) });
			expect(await row2001.locator('td[data-class-cell="PRT"]').textContent()).toBe('Health-led');
		};
		await check();
		await p.reload();
		await expect.poll(() => pieces(p, 'PRT').then((x) => x.length)).toBeGreaterThanOrEqual(2);
		expect(await p.locator('input[name="colour"][value="class"]').isChecked()).toBe(true);
		await check();
		// Back to one colour a line: the address is the bare /compare again.
		await p.locator('input[name="colour"][value="country"]').check();
		await expect.poll(() => new URL(p.url()).search).toBe('');
		expect(await pieces(p, 'PRT')).toEqual([]);
		expect(o.consoleErrors).toEqual([]);
		await o.close();
	});

	it('a bad colour value falls back to colouring by country; the embed reads colour=class too', async () => {
		const bad = await site.open('/compare?colour=rainbow&countries=PRT~SWE');
		await expect.poll(() => bad.page.locator('g.series[data-key="SWE"] path').count()).toBeGreaterThan(0);
		expect(await bad.page.locator('input[name="colour"][value="country"]').isChecked()).toBe(true);
		expect(await pieces(bad.page, 'PRT')).toEqual([]);
		expect(bad.pageErrors).toEqual([]);
		await bad.close();
		const e = await site.open('/embed/compare?colour=class');
		await expect.poll(() => pieces(e.page, 'PRT').then((x) => new Set(x.map((y) => y.colour)).size)).toBe(2);
		expect(await e.page.locator('[data-class-legend] a').getAttribute('target')).toBe('_blank');
		expect(e.consoleErrors).toEqual([]);
		await e.close();
	});

	for (const width of [375, 1280])
		it(`/compare?colour=class at ${width}px: axe clean, no console errors, no horizontal overflow`, async () => {
			const o = await site.open('/compare?colour=class', { width });
			await expect.poll(() => pieces(o.page, 'PRT').then((x) => x.length)).toBeGreaterThanOrEqual(2);
			expect(o.consoleErrors).toEqual([]);
			expect(o.pageErrors).toEqual([]);
			expect(o.external).toEqual([]);
			expect(await o.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
				0
			);
			expect(await axeViolations(o.page)).toEqual([]);
			await o.close();
		});

	for (const path of ['/compare', '/compare?countries=PRT~CZE&align=decriminalisation&index=1'])
		for (const width of [375, 1280]) {
			it(`${path} at ${width}px: axe clean, no console errors, no other hosts, no horizontal overflow`, async () => {
				const o = await site.open(path, { width });
				await o.page.waitForTimeout(100);
				expect(o.consoleErrors).toEqual([]);
				expect(o.pageErrors).toEqual([]);
				expect(o.external).toEqual([]);
				expect(
					await o.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
				).toBeLessThanOrEqual(0);
				expect(await axeViolations(o.page)).toEqual([]);
				await o.page.screenshot({
					path: `/tmp/shots/e2e-compare-${width}${path.includes('align') ? '-aligned' : ''}.png`,
					fullPage: true
				});
				await o.close();
			});
		}
});

describe('/nb/compare (Norwegian)', () => {
	const nb = compareText.nb;
	const onScreen = async (p: Page) => ({
		path: new URL(p.url()).pathname,
		query: new URL(p.url()).search,
		title: await p.locator('.figure h2.title').textContent(),
		summary: await p.locator('.figure .summary').textContent(),
		chips: await p.locator('li[data-chip]').evaluateAll((els) => els.map((e) => e.getAttribute('data-chip'))),
		scale: await p.locator('input[name="scale"]:checked').getAttribute('value'),
		rows: await p
			.locator('.figure details.numbers table tr')
			.evaluateAll((els) => els.map((e) => e.textContent?.replace(/\s+/g, ' ').trim()))
	});

	it('is prerendered in Norwegian: <html lang="nb">, the page’s own words, the chart as SVG', async () => {
		const html = await rawHtml(site.base, '/nb/compare');
		expect(html).toMatch(/<html[^>]*\blang="nb"/);
		expect(html).toMatch(new RegExp(`<h1[^>]*>${nb.pageTitle}</h1>`));
		expect(html).toMatch(/<svg[^>]*data-chart="line"/);
		expect(html).not.toContain(compareText.en.lede);
	});

	it('writes the summary, the before/after panel and the numbers in Norwegian, with a decimal comma', async () => {
		const o = await site.open('/nb/compare');
		const p = o.page;
		expect(await p.locator('html').getAttribute('lang')).toBe('nb');
		const summary = (await p.locator('.figure .summary').textContent()) ?? '';
		// «…, 1990–2019: i 2019 hadde Estland høyest verdi (12,3 per 100 000) og Portugal lavest (0,4 …) av de 5 stedene som vises.»
		expect(summary).toMatch(/: i \d{4} hadde .+ høyest verdi \([\d\u00a0]+,\d+ [^)]*\) og .+ lavest \(/);
		expect(summary).toMatch(/av de 5 stedene som vises\.$/);
		expect(summary).not.toMatch(/\d\.\d/);
		expect(await p.locator('#ba-title').textContent()).toBe(nb.beforeAfter.heading('Portugal'));
		expect(await p.locator('[data-stat="before-mean"]').textContent()).toMatch(/^\d+,\d+$/);
		await p.locator('.figure details.numbers summary').click();
		const cells = await p.locator('.figure details.numbers td').allTextContents();
		expect(cells.some((c) => /^\s*\d+,\d+\s*$/.test(c))).toBe(true);
		expect(cells.some((c) => /\d\.\d/.test(c))).toBe(false);
		// Links to pages stay in Norwegian; the data files are the same for both languages.
		expect(o.consoleErrors).toEqual([]);
		expect(o.pageErrors).toEqual([]);
		await o.close();
	});

	it('fetches the Norwegian data file, labels reform markers in Norwegian and marks event titles as English', async () => {
		const o = await site.open('/nb/compare?countries=PRT~CHE~NOR&align=consumption_rooms');
		const p = o.page;
		await expect
			.poll(() => p.locator('svg[data-chart="line"] g.series[data-key="CHE"] path').count())
			.toBeGreaterThan(0);
		expect(o.requests.some((r) => r.startsWith('/compare/data/nb/'))).toBe(true);
		expect(o.requests.some((r) => /^\/compare\/data\/[^/]+\.json/.test(r))).toBe(false);
		expect(await p.locator('svg[data-chart="line"]').textContent()).toContain('Norge: sprøyterom åpnet 2005');
		const english = p.locator('.figure .caveats [lang="en"]');
		expect(await english.count()).toBeGreaterThan(0);
		expect(await p.locator('.figure .caveats [data-lang-mark]').first().textContent()).toBe('på engelsk');
		expect(o.consoleErrors).toEqual([]);
		await o.close();
	});

	it('keeps the view in the address under /nb: aligned and indexed, a scale change, and the same view reopened', async () => {
		const a = await site.open('/nb/compare?countries=PRT~CZE&align=decriminalisation&index=1');
		const p = a.page;
		await expect.poll(() => p.locator('li[data-chip]').count()).toBe(2);
		await expect.poll(() => p.locator('.figure .summary').textContent()).toMatch(/regnet fra hvert lands /);
		expect(await p.locator('.figure h2.title').textContent()).toContain('(året før = 100)');
		await p.locator('input[name="scale"][value="log"]').check();
		await expect.poll(() => new URL(p.url()).searchParams.get('scale')).toBe('log');
		const shared = await onScreen(p);
		expect(shared.path).toBe('/nb/compare');
		expect(shared.chips).toEqual(['PRT', 'CZE']);
		expect(new URLSearchParams(shared.query).get('align')).toBe('decriminalisation');
		const b = await site.open(`/nb/compare${shared.query}`);
		await expect.poll(() => onScreen(b.page)).toEqual(shared);
		expect(b.consoleErrors).toEqual([]);
		await b.close();
		await a.close();
	});

	it('colours lines by policy group in Norwegian: control, legend, summary and table', async () => {
		const o = await site.open('/nb/compare?colour=class', { width: 375 });
		const p = o.page;
		await expect.poll(() => p.locator('[data-class-legend] li').count()).toBeGreaterThan(1);
		expect(await p.locator('input[name="colour"][value="class"]').isChecked()).toBe(true);
		expect(await p.locator('[data-class-legend] .title').textContent()).toBe(nb.classes.legendTitle);
		expect(await p.locator('[data-class-legend] a').getAttribute('href')).toMatch(/\/nb\/approaches$/);
		expect(await p.locator('.figure .summary').textContent()).toContain(
			'Portugal: straffbart, med skadereduksjon til og med 2000; helseorientert fra 2001.'
		);
		expect(await p.locator('.figure details.numbers th', { hasText: 'Portugal: politikkgruppe' }).count()).toBe(1);
		expect(await axeViolations(p)).toEqual([]);
		expect(o.consoleErrors).toEqual([]);
		await o.close();
	});

	for (const width of [375, 1280])
		it(`/nb/compare at ${width}px: axe clean, no console errors, no horizontal overflow`, async () => {
			const o = await site.open('/nb/compare', { width });
			await o.page.waitForTimeout(100);
			expect(o.consoleErrors).toEqual([]);
			expect(o.pageErrors).toEqual([]);
			expect(o.external).toEqual([]);
			expect(await o.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
				0
			);
			expect(await axeViolations(o.page)).toEqual([]);
			await o.close();
		});
});
