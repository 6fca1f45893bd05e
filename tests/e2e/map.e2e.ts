import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binColor, sequentialBins } from '../../src/lib/charts/colorBins.ts';
import { en } from '../../src/lib/strings/en.ts';
import { mapEn } from '../../src/lib/strings/mapEn.ts';
import { CANNABIS_FILL } from '../../src/lib/map/cannabisModelFill.ts';
import { axeViolations, rawHtml, startSite, type Site } from './harness';

let site: Site;
beforeAll(async () => (site = await startSite()));
afterAll(async () => site?.close());

/** Values of one indicator straight from data/ (the source of truth the map must match). */
function csv(indicator: string): { iso3: string; year: number; value: number }[] {
	return readFileSync(`data/observations/${indicator}.csv`, 'utf8')
		.trim()
		.split('\n')
		.slice(1)
		.map((l) => l.split(','))
		.map(([iso3, year, value]) => ({ iso3: iso3!, year: Number(year), value: Number(value) }));
}
const DEATHS = 'gbd2019_drug_disorder_death_rate';

describe('map', () => {
	it('has the default map as SVG in the prerendered HTML, before any script runs', async () => {
		const html = await rawHtml(site.base, '/map');
		const svg = /<svg[^>]*data-chart="map"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
		expect(svg).toContain('data-region="world"');
		expect((svg.match(/<path /g) ?? []).length).toBeGreaterThan(150);
		expect(svg).toContain('data-iso3="PRT"');
		expect(svg).toMatch(/fill="#[0-9a-f]{6}"/);
		expect(html).toContain('In 2019, the United States had the highest');
		expect(html).toMatch(/<table[\s\S]*Portugal/);
	});

	it('ships each path string once: in the prerendered SVG, not again in the page or the data the map starts from', async () => {
		const html = await rawHtml(site.base, '/map');
		const d = /<a [^>]*data-iso3="PRT"[^>]*>\s*<path d="([^"]+)"/.exec(html)?.[1] ?? '';
		expect(d.length).toBeGreaterThan(20);
		expect(html.split(d).length - 1).toBe(1);
		const all = [...html.matchAll(/<path d="([^"]{20,})"[^>]*>/g)].map((m) => m[1]!);
		expect(all.length).toBeGreaterThan(150);
		expect(all.filter((x) => html.split(x).length - 1 !== 1)).toEqual([]);
		// The map's data are not in the page: the island starts from /map/boot/en.json, which names every shape in
		// drawing order without its path string (the browser reads those back from the SVG).
		expect(html).not.toContain('initialData');
		const boot = await (await fetch(`${site.base}/map/boot/en.json`)).text();
		const shapes = (JSON.parse(boot) as { initialGeometry: { shapes: string[] } }).initialGeometry.shapes;
		expect(shapes.length).toBeGreaterThan(150);
		expect(shapes.filter((iso3) => !html.includes(`data-iso3="${iso3}"`))).toEqual([]);
		expect(all.filter((x) => boot.includes(x))).toEqual([]);
	});

	it('keeps the prerendered path data through hydration and recolouring, and draws the map after a client-side navigation', async () => {
		const o = await site.open('/map');
		// Hydrated (the slider works) and recoloured: fills change, path data stay as prerendered.
		await o.page.locator('#map-year').focus();
		await o.page.keyboard.press('Home');
		await expect.poll(() => o.page.locator('output[data-year]').textContent()).toBe('1990');
		const html = await rawHtml(site.base, '/map');
		const prerendered = /<a [^>]*data-iso3="PRT"[^>]*>\s*<path d="([^"]+)"/.exec(html)?.[1];
		expect(await o.page.locator('a[data-iso3="PRT"] path').getAttribute('d')).toBe(prerendered);
		// The path strings were read back from the prerendered SVG: no geometry request on first load.
		expect(o.requests.filter((r) => r.includes('/map/geo/'))).toEqual([]);
		expect(o.consoleErrors).toEqual([]);
		await o.close();
		const nav = await site.open('/');
		await nav.page.locator('a[href="/map"]').first().click();
		await expect
			.poll(() => nav.page.locator('svg[data-chart="map"] a[data-iso3="PRT"] path').getAttribute('d'))
			.toBe(prerendered);
		expect(await nav.page.locator('svg[data-chart="map"] [data-shapes] path').count()).toBeGreaterThan(150);
		expect(nav.consoleErrors).toEqual([]);
		expect(nav.pageErrors).toEqual([]);
		await nav.close();
	});

	it('shows the map with JavaScript off', async () => {
		const o = await site.open('/map', { javaScript: false });
		expect(await o.page.locator('svg[data-chart="map"] a[data-iso3] path').count()).toBeGreaterThan(150);
		await o.close();
	});

	it('moves the year by keyboard (arrows, Home, End) and writes it to the URL', async () => {
		const o = await site.open('/map');
		const slider = o.page.locator('#map-year');
		await slider.focus();
		await o.page.keyboard.press('Home');
		await expect.poll(() => o.page.locator('output[data-year]').textContent()).toBe('1990');
		await o.page.keyboard.press('ArrowRight');
		await expect.poll(() => o.page.locator('output[data-year]').textContent()).toBe('1991');
		await expect.poll(() => new URL(o.page.url()).searchParams.get('year')).toBe('1991');
		await expect.poll(() => o.page.locator('h1').textContent()).toContain('1991');
		await o.page.keyboard.press('End');
		await expect.poll(() => o.page.locator('output[data-year]').textContent()).toBe('2019');
		await expect.poll(() => new URL(o.page.url()).searchParams.get('year')).toBe(null);
		expect(o.consoleErrors).toEqual([]);
		expect(o.pageErrors).toEqual([]);
		await o.close();
	});

	it('Back and Forward walk through the views: a choice adds a history entry, the slider rewrites the current one', async () => {
		const o = await site.open('/');
		const p = o.page;
		await p.locator('a[href="/map"]').first().click();
		await expect.poll(() => p.locator('svg[data-chart="map"]').getAttribute('data-region')).toBe('world');
		/** What is on screen: indicator (heading), year (slider), region (map), mode (select) and the address bar. */
		const view = async () => ({
			query: new URL(p.url()).search,
			h1: await p.locator('h1').textContent(),
			year: await p.locator('output[data-year]').textContent(),
			region: await p.locator('svg[data-chart="map"]').getAttribute('data-region'),
			mode: await p.locator('#map-mode').inputValue()
		});
		const seen = [await view()];
		const length = () => p.evaluate(() => history.length);
		const start = await length();
		// Region: a new entry.
		await p.locator('label', { hasText: 'Europe' }).click();
		await expect.poll(() => new URL(p.url()).search).toBe('?region=europe');
		expect(await length()).toBe(start + 1);
		// The slider, several steps: the same entry, rewritten once it rests.
		await p.locator('#map-year').focus();
		for (const key of ['Home', 'ArrowRight', 'ArrowRight']) await p.keyboard.press(key);
		await expect.poll(() => new URL(p.url()).search).toBe('?year=1992&region=europe');
		expect(await length()).toBe(start + 1);
		seen.push(await view());
		// Indicator, then mode: one entry each.
		await p.locator('.picker summary').click();
		await p.locator('#ind-q').fill('opioid use disorder 2017');
		await p.locator('[data-pick="gbd2017_opioid_death_rate"]').click();
		await expect.poll(() => new URL(p.url()).searchParams.get('indicator')).toBe('gbd2017_opioid_death_rate');
		seen.push(await view());
		await p.locator('#map-mode').selectOption('latest');
		await expect.poll(() => new URL(p.url()).searchParams.get('mode')).toBe('latest');
		seen.push(await view());
		expect(await length()).toBe(start + 3);
		expect(seen.map((s) => s.query)).toEqual([
			'',
			'?year=1992&region=europe',
			'?indicator=gbd2017_opioid_death_rate&year=1992&region=europe',
			'?indicator=gbd2017_opioid_death_rate&year=1992&region=europe&mode=latest'
		]);
		expect(seen[2]!.h1).toContain('Opioid use disorder deaths (GBD 2017), Europe, 1992');

		const backTo = async (i: number) => {
			await p.goBack();
			await expect.poll(view).toEqual(seen[i]);
		};
		const forwardTo = async (i: number) => {
			await p.goForward();
			await expect.poll(view).toEqual(seen[i]);
		};
		await backTo(2);
		await backTo(1);
		await backTo(0);
		await forwardTo(1);
		await forwardTo(2);
		await forwardTo(3);
		// Away to another page in the app and back: the view of each entry comes back, not the default.
		await p.locator('header a[href="/compare"]').first().click();
		await expect.poll(() => new URL(p.url()).pathname).toBe('/compare');
		await backTo(3);
		await backTo(2);
		await forwardTo(3);
		// Away to a country profile (a full page load) and back.
		await p.locator('#map-table tr[data-iso3="PRT"] a').click();
		await expect.poll(() => new URL(p.url()).pathname).toBe('/country/PRT');
		await backTo(3);
		await backTo(2);
		await backTo(1);
		await forwardTo(2);
		await forwardTo(3);
		expect(o.consoleErrors).toEqual([]);
		expect(o.pageErrors).toEqual([]);
		await o.close();
	}, 60_000);

	it('colours Portugal and Norway in 2015 by their values in data/, and the tooltip shows the value, unit and year', async () => {
		const rows = csv(DEATHS);
		const bins = sequentialBins(rows.map((r) => r.value));
		const o = await site.open('/map?year=2015&region=europe');
		await expect.poll(() => o.page.locator('svg[data-chart="map"]').getAttribute('data-region')).toBe('europe');
		for (const iso3 of ['PRT', 'NOR']) {
			const v = rows.find((r) => r.iso3 === iso3 && r.year === 2015)!.value;
			const path = o.page.locator(`svg[data-chart="map"] a[data-iso3="${iso3}"] path`);
			await expect.poll(() => path.getAttribute('fill')).toBe(binColor(bins, v));
			// Keyboard focus opens the tooltip (hovering works the same way; see the Germany check below).
			await o.page.locator(`svg[data-chart="map"] a[data-iso3="${iso3}"]`).focus();
			const tip = o.page.locator('.tip[role="status"]');
			await expect.poll(() => tip.textContent()).toContain(v.toFixed(2));
			const text = (await tip.textContent()) ?? '';
			expect(text).toContain(iso3 === 'PRT' ? 'Portugal' : 'Norway');
			expect(text).toContain('deaths per 100,000 people');
			expect(text).toContain('2015');
			expect(text).toContain('Institute for Health Metrics and Evaluation');
		}
		await o.page.locator('a[data-iso3="DEU"] path').hover();
		const deu = rows.find((r) => r.iso3 === 'DEU' && r.year === 2015)!.value;
		await expect
			.poll(() => o.page.locator('.tip[role="status"]').textContent())
			.toMatch(new RegExp(`^Germany\\s*${deu.toFixed(2)}`));
		// The ranked table shows the same numbers.
		const row = o.page.locator('#map-table tr[data-iso3="PRT"] td[data-value]');
		await expect
			.poll(async () => Number(await row.getAttribute('data-value')))
			.toBe(rows.find((r) => r.iso3 === 'PRT' && r.year === 2015)!.value);
		await o.close();
	});

	it('sends the possession facts and the source records outside the page: the prerendered map names its source, the tooltip its policy once the facts arrive', async () => {
		const html = await rawHtml(site.base, '/map');
		// No policy facts and no records of sources the default view does not use in the page.
		expect(html).not.toMatch(/possession_status|emcdda-cdr-2019-prt-law/);
		expect(html).not.toContain('United Nations Office on Drugs and Crime');
		expect(html).toContain('Institute for Health Metrics and Evaluation');
		const o = await site.open('/map');
		expect(o.requests.filter((r) => r.endsWith('/map/policy.json'))).toEqual(['/map/policy.json']);
		await o.page.locator('svg[data-chart="map"] a[data-iso3="PRT"]').focus();
		await expect
			.poll(() => o.page.locator('.tip[role="status"]').textContent())
			.toMatch(/Possession: not a criminal offence, since 2001.*Source: EMCDDA 2019/);
		await o.close();
		// Another indicator's file brings its own source's record: the source note names UNODC, with its link.
		const u = await site.open('/map?indicator=unodc_prison_rate');
		const note = u.page.locator('.source-note [data-source-id="unodc-cts-prisons-2023"]');
		await expect.poll(() => note.textContent()).toContain('United Nations Office on Drugs and Crime');
		expect(await note.locator('a').getAttribute('href')).toBe('https://dataunodc.un.org/dp-prisons-persons-held');
		await u.close();
	});

	it('shows places without a value as hatched “no data”, with a legend entry (Kosovo has no GBD value)', async () => {
		const o = await site.open('/map?region=europe');
		expect(csv(DEATHS).some((r) => r.iso3 === 'XKX')).toBe(false);
		await expect.poll(() => o.page.locator('a[data-iso3="XKX"] path').getAttribute('fill')).toBe('url(#map-nodata)');
		expect(await o.page.locator('pattern#map-nodata').count()).toBe(1);
		expect(await o.page.locator('[data-legend] [data-nodata]').textContent()).toContain('No data');
		expect(await o.page.locator('#map-table tr[data-iso3="XKX"]').textContent()).toContain('no data');
		await o.close();
	});

	it('switches indicator from the grouped, searchable list and region from the buttons', async () => {
		const o = await site.open('/map');
		await o.page.locator('.picker summary').click();
		await o.page.locator('#ind-q').fill('opioid use disorder 2017');
		await expect.poll(() => o.page.locator('[data-pick]').count()).toBe(1);
		await o.page.locator('[data-pick="gbd2017_opioid_death_rate"]').click();
		await expect.poll(() => o.page.locator('h1').textContent()).toContain('Opioid use disorder deaths (GBD 2017)');
		// GBD 2017 ends in 2017: the year moves to that indicator's latest year.
		await expect.poll(() => o.page.locator('output[data-year]').textContent()).toBe('2017');
		await expect.poll(() => new URL(o.page.url()).searchParams.get('indicator')).toBe('gbd2017_opioid_death_rate');
		const opioid = csv('gbd2017_opioid_death_rate');
		const bins = sequentialBins(opioid.map((r) => r.value));
		const usa = opioid.find((r) => r.iso3 === 'USA' && r.year === 2017)!.value;
		await expect.poll(() => o.page.locator('a[data-iso3="USA"] path').getAttribute('fill')).toBe(binColor(bins, usa));

		await o.page.locator('label', { hasText: 'Americas' }).click();
		await expect.poll(() => o.page.locator('svg[data-chart="map"]').getAttribute('data-region')).toBe('americas');
		expect(await o.page.locator('a[data-iso3="FRA"]').count()).toBe(0);
		await expect.poll(() => new URL(o.page.url()).searchParams.get('region')).toBe('americas');
		expect(o.consoleErrors).toEqual([]);
		await o.close();
	});

	it('indicator search knows everyday words: incarceration finds the prison indicators, methadone and needle the treatment ones, naloxone says it is not here yet', async () => {
		const o = await site.open('/map');
		await o.page.locator('.picker summary').click();
		await o.page.locator('#ind-q').fill('incarceration');
		const idsOf = (topic: string) =>
			readFileSync('data/indicators.csv', 'utf8')
				.split('\n')
				.filter((l) => l.includes(`,${topic},`))
				.map((l) => l.split(',')[0]);
		const picks = async () =>
			(await o.page.locator('[data-pick]').evaluateAll((els) => els.map((e) => e.getAttribute('data-pick')))).sort();
		const prisonIds = idsOf('prisons');
		await expect.poll(picks).toEqual(prisonIds.sort());
		// Everyday words of the treatment topic find its indicators (methadone also the US deaths "other than methadone").
		const treatmentIds = idsOf('treatment');
		expect(treatmentIds.length).toBeGreaterThan(5);
		await o.page.locator('#ind-q').fill('methadone');
		await expect.poll(picks).toEqual([...treatmentIds, 'cdc_synthetic_opioid_death_rate'].sort());
		expect(await o.page.locator('.picker .not-yet').count()).toBe(0);
		await o.page.locator('#ind-q').fill('needle');
		await expect.poll(picks).toEqual(treatmentIds.sort());
		await expect
			.poll(() => o.page.locator('.picker [role="group"] .topic').allTextContents())
			.toEqual(['Treatment and harm reduction']);
		await o.page.locator('#ind-q').fill('naloxone');
		await expect
			.poll(() => o.page.locator('.picker .none').allTextContents())
			.toEqual([
				'No indicator matches “naloxone”.',
				expect.stringMatching(/^Naloxone figures are not on the site yet/)
			]);
		expect(o.consoleErrors).toEqual([]);
		await o.close();
	});

	it('opens the country profile on click', async () => {
		const o = await site.open('/map?region=europe');
		expect(await o.page.locator('a[data-iso3="PRT"]').getAttribute('href')).toBe('/country/PRT');
		expect(await o.page.locator('#map-table tr[data-iso3="PRT"] a').getAttribute('href')).toBe('/country/PRT');
		await o.close();
	});

	it('opens the profile on a mouse click, as a full page load, from the map and from the table', async () => {
		const o = await site.open('/map?region=europe');
		const mark = () => o.page.evaluate(() => ((window as unknown as { __mark: number }).__mark = 1));
		const marked = () => o.page.evaluate(() => (window as unknown as { __mark?: number }).__mark ?? null);
		await mark();
		await o.page.locator('a[data-iso3="PRT"] path').click();
		await expect.poll(() => new URL(o.page.url()).pathname).toBe('/country/PRT');
		// A new document (data-sveltekit-reload on the shapes' group), not a client-side navigation.
		await expect.poll(marked).toBeNull();
		await o.page.goBack();
		await expect.poll(() => new URL(o.page.url()).pathname).toBe('/map');
		await o.page.locator('#map-table tr[data-iso3="NOR"] a').waitFor();
		await mark();
		await o.page.locator('#map-table tr[data-iso3="NOR"] a').click();
		await expect.poll(() => new URL(o.page.url()).pathname).toBe('/country/NOR');
		await expect.poll(marked).toBeNull();
		await o.close();
	});

	it('on a touch screen a tap shows the value in a card first; the profile opens from the card’s link', async () => {
		const rows = csv(DEATHS);
		const o = await site.open('/map?region=europe&year=2015&layer=policy', { width: 375, hasTouch: true });
		const p = o.page;
		const card = p.locator('.tip[data-card]');
		await p.locator('a[data-iso3="PRT"]').tap();
		await expect.poll(() => card.count()).toBe(1);
		expect(new URL(p.url()).pathname).toBe('/map');
		const text = (await card.textContent()) ?? '';
		expect(text).toContain('Portugal');
		expect(text).toContain(rows.find((r) => r.iso3 === 'PRT' && r.year === 2015)!.value.toFixed(2));
		expect(text).toContain('2015');
		expect(text).toContain('Source: Institute for Health Metrics and Evaluation');
		expect(text).toMatch(/Possession: not a criminal offence, since 2001/);
		// Publishers, not addresses; no "click" hint on a touch screen.
		expect(text).not.toMatch(/https?:|www\.|\.php/);
		expect(text).not.toContain('Click');
		// Inside the screen, sideways.
		const box = (await card.boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(375);
		expect(await axeViolations(p)).toEqual([]);
		// A tap elsewhere closes it; so does the close button; a tap on another country moves it.
		await p.locator('h1').tap();
		await expect.poll(() => card.count()).toBe(0);
		await p.locator('a[data-iso3="PRT"]').tap();
		await expect.poll(() => card.count()).toBe(1);
		await p.locator('a[data-iso3="ESP"]').tap();
		await expect.poll(() => card.locator('.name').textContent()).toBe('Spain');
		await card.getByRole('button', { name: 'Close' }).tap();
		await expect.poll(() => card.count()).toBe(0);
		await p.locator('a[data-iso3="PRT"]').tap();
		const link = card.getByRole('link', { name: 'Open the Portugal profile' });
		expect(await link.getAttribute('href')).toBe('/country/PRT');
		await link.tap();
		await expect.poll(() => new URL(p.url()).pathname).toBe('/country/PRT');
		expect(o.consoleErrors).toEqual([]);
		expect(o.pageErrors).toEqual([]);
		await o.close();
	}, 60_000);

	it('tooltips stay on the screen at 375 px and name publishers, not addresses', async () => {
		const o = await site.open('/map?region=europe&year=2015&layer=policy', { width: 375 });
		const tip = o.page.locator('.tip[role="status"]');
		// The easternmost and the westernmost places: the tooltip is moved inside the screen, its words wrap.
		for (const iso3 of ['RUS', 'PRT', 'CZE', 'MLT']) {
			await o.page.locator(`a[data-iso3="${iso3}"]`).first().focus();
			await expect.poll(() => tip.count()).toBe(1);
			const box = (await tip.boundingBox())!;
			expect(box.x, iso3).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width, iso3).toBeLessThanOrEqual(375);
			expect(await tip.evaluate((el) => el.scrollWidth <= el.clientWidth), iso3).toBe(true);
			expect(await tip.textContent(), iso3).not.toMatch(/https?:|www\.|\.php|\.html?\b/);
		}
		expect(await o.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
			0
		);
		await o.close();
	});

	it('at 375 px the ranked table shows the value beside the name without sideways scrolling; the source is named once', async () => {
		const o = await site.open('/map?region=europe', { width: 375 });
		const cell = o.page.locator('#map-table tr[data-iso3="PRT"] td[data-value]');
		await cell.scrollIntoViewIfNeeded();
		const box = (await cell.boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(375);
		expect(await o.page.locator('#map-table .table-wrap').evaluate((el) => el.scrollLeft)).toBe(0);
		expect(await o.page.locator('[data-source-all]').textContent()).toBe(
			'Source: Institute for Health Metrics and Evaluation (IHME), via Our World in Data, for all rows unless noted.'
		);
		expect(await o.page.locator('#map-table [data-row-source]').count()).toBe(0);
		// Words of a note are apart from the name.
		expect((await o.page.locator('#map-table tr[data-iso3="GB-SCT"] th').textContent())?.trim()).toBe(
			'Scotland (listed only: no separate shape on the map)'
		);
		await o.close();
		// The whole table fits, in the change modes (start and end columns) and with long notes too.
		for (const q of [
			'mode=change&from=2005&year=2015&region=europe',
			'mode=reform',
			'indicator=unodc_prisoners_drug_offences_share',
			'layer=cannabis&year=2019&mode=change',
			'layer=cannabis&year=2019'
		]) {
			const t = await site.open(`/map?${q}`, { width: 375 });
			await expect
				.poll(() => t.page.locator('#map-table .table-wrap').evaluate((el) => el.scrollWidth - el.clientWidth), {
					message: q
				})
				.toBeLessThanOrEqual(0);
			if (q.includes('cannabis')) {
				// The layer's column goes under the name, with its heading; the column itself is not shown.
				await expect
					.poll(() => t.page.locator('#map-table tr[data-iso3="CAN"] [data-layer-inline]').textContent())
					.toMatch(/^Cannabis model, 2019: Licensed retail/);
				expect(await t.page.locator('#map-table tr[data-iso3="CAN"] [data-layer-cell]').isVisible()).toBe(false);
			}
			await t.close();
		}
		// On a wide screen it is a column, and the line under the name is not shown.
		const w = await site.open('/map?layer=cannabis&year=2019');
		await expect.poll(() => w.page.locator('#map-table tr[data-iso3="CAN"] [data-layer-cell]').isVisible()).toBe(true);
		expect(await w.page.locator('#map-table tr[data-iso3="CAN"] [data-layer-inline]').isVisible()).toBe(false);
		await w.close();
	}, 90_000);

	it('names a row’s source under the country when it is not the main publisher (US synthetic opioids, 2023 from a news summary)', async () => {
		const o = await site.open(
			'/map?indicator=cdc_synthetic_opioid_death_rate&region=americas&mode=change&from=2013&year=2023'
		);
		const th = o.page.locator('#map-table tr[data-iso3="USA"] th');
		await expect
			.poll(() => th.locator('[data-row-source]').textContent())
			.toMatch(/^Source: HMP Global Learning Network/);
		expect(await o.page.locator('[data-source-all]').textContent()).toMatch(
			/^Source: National Center for Health Statistics \(NCHS\)/
		);
		await o.close();
	});

	it('words are spaced: slider label, tooltip, legend and table (no “2010or”, “province(current”, “Scotland(listed”)', async () => {
		const o = await site.open('/map?mode=latest&year=2010');
		const p = o.page;
		await expect.poll(() => p.locator('label.year-label').textContent()).toBe('Year: 2010 or latest before');
		expect(await p.locator('#map-table caption').textContent()).toBe(
			'Drug use disorder deaths (GBD 2019), World, latest available up to 2010, ranked. Unit: deaths per 100,000 people, age-standardised'
		);
		await p.locator('a[data-iso3="USA"]').focus();
		const tip = p.locator('.tip[role="status"]');
		await expect
			.poll(() => tip.innerText())
			.toContain('varies by state or province (current record, start year not given)');
		const texts = [
			await tip.innerText(),
			await p.locator('label.year-label').innerText(),
			await p.locator('[data-legend]').innerText(),
			await p.locator('#map-table caption').innerText(),
			await p.locator('#map-table thead').innerText(),
			...(await p.locator('#map-table tbody th').allInnerTexts())
		];
		// A lower-case letter or digit glued to "(" or to a capital, or a year glued to a word.
		const glued = texts.flatMap((t) => t.match(/\S*(?:[a-z\d][A-Z(]|\d{4}[a-z]|[a-z]\d{4})\S*/g) ?? []);
		expect(glued).toEqual([]);
		await o.close();
	});

	it('opens a thinly covered indicator on a year with reasonable coverage, says so, and the legend of change starts at −100 %', async () => {
		const id = 'unodc_prisoners_drug_offences_share';
		const rows = csv(id);
		const count = (y: number) => new Set(rows.filter((r) => r.year === y).map((r) => r.iso3)).size;
		const years = [...new Set(rows.map((r) => r.year))].sort();
		const last = years[years.length - 1]!;
		const o = await site.open(`/map?indicator=${id}`);
		const shown = Number(await o.page.locator('output[data-year]').textContent());
		expect(shown).toBeLessThan(last);
		expect(count(shown)).toBeGreaterThan(count(last));
		const note = await o.page.locator('[data-default-year]').textContent();
		expect(note).toContain(
			`Opens on ${shown} (${count(shown)} places with data): ${last}, the latest year, has data for only ${count(last)} places`
		);
		expect(new URL(o.page.url()).searchParams.has('year')).toBe(false);
		await o.page.goto(`${site.base}/map?indicator=${id}&mode=change&from=2010&year=2021`);
		await expect.poll(() => o.page.locator('[data-legend] li[data-bin="0"]').textContent()).toMatch(/^\s*−100\s?% to/);
		expect(o.consoleErrors).toEqual([]);
		await o.close();
	});

	it('shows tiny states as circles in Europe (Malta, Luxembourg)', async () => {
		const o = await site.open('/map?region=europe');
		for (const iso3 of ['MLT', 'LUX']) {
			const dot = o.page.locator(`a[data-iso3="${iso3}"] circle`);
			await expect.poll(() => dot.count()).toBe(1);
			expect(await dot.getAttribute('fill')).toMatch(/^#/);
		}
		await o.close();
	});

	it('colours by change between two years with a diverging legend', async () => {
		const o = await site.open('/map?mode=change&from=2005&year=2015');
		await expect.poll(() => o.page.locator('h1').textContent()).toContain('change 2005–2015');
		expect(await o.page.locator('[data-legend]').textContent()).toContain('Per cent change');
		expect(await o.page.locator('#map-summary').textContent()).toMatch(/^Between 2005 and 2015, /);
		await o.close();
	});

	it('policy layer outlines Portugal from its 2001 reform on, not before; Norway (criminal) never', async () => {
		const after = await site.open('/map?region=europe&year=2015&layer=policy');
		expect(await after.page.locator('[data-policy="PRT"]').count()).toBeGreaterThan(0);
		expect(await after.page.locator('[data-policy="NOR"]').count()).toBe(0);
		await after.page.locator('a[data-iso3="PRT"]').focus();
		await expect
			.poll(() => after.page.locator('.tip[role="status"]').textContent())
			.toMatch(/Possession[^:]*: not a criminal offence, since 2001/i);
		await after.close();
		const before = await site.open('/map?region=europe&year=1995&layer=policy');
		expect(await before.page.locator('[data-policy="PRT"]').count()).toBe(0);
		await before.page.locator('a[data-iso3="PRT"]').focus();
		await expect
			.poll(() => before.page.locator('.tip[role="status"]').textContent())
			.toMatch(/before the dated reform/i);
		await before.close();
	});

	it('policy layer: Russia and Mexico marked as contested threshold models; the US varies; Canada (criminal nationally) not outlined', async () => {
		const o = await site.open('/map?year=2015&layer=policy');
		for (const iso3 of ['RUS', 'MEX'])
			expect(await o.page.locator(`[data-policy="${iso3}"]`).first().getAttribute('class')).toMatch(/\bcontested\b/);
		expect(await o.page.locator('[data-policy="USA"]').first().getAttribute('class')).toMatch(/\bdotted\b/);
		expect(await o.page.locator('[data-policy="CAN"]').count()).toBe(0);
		expect(await o.page.locator('[data-legend]').textContent()).toMatch(
			/threshold model that reviewers say raised incarceration/
		);
		await o.page.locator('a[data-iso3="USA"]').focus();
		await expect
			.poll(() => o.page.locator('.tip[role="status"]').textContent())
			.toMatch(/Decriminalisation in one state: Oregon, 2021–2024; not national law/);
		await o.close();
	});

	it('change since reform: a reform after the place’s data end reads “reform after the data ends”, not “no data”', async () => {
		const o = await site.open('/map?indicator=hiv_new_diagnoses_pwid_per_million&region=europe&mode=reform');
		await expect.poll(() => o.page.locator('tr[data-iso3="HRV"]').textContent()).toMatch(/reform after the data ends/);
		// Plain "does not apply" grey as a colour attribute (exports keep it), with the hook the dark theme recolours.
		const hrv = o.page.locator('a[data-iso3="HRV"] path').first();
		expect(await hrv.getAttribute('fill')).toBe('#c4c9d0');
		expect(await hrv.getAttribute('data-fill')).toBe('na');
		await o.close();
	});

	it('change since reform: Portugal coloured, a country without a dated reform says so', async () => {
		const o = await site.open('/map?region=europe&mode=reform');
		const prt = o.page.locator('a[data-iso3="PRT"] path').first();
		expect(await prt.getAttribute('fill')).toMatch(/^#[0-9a-f]{6}$/i);
		await o.page.locator('a[data-iso3="NOR"]').focus();
		await expect.poll(() => o.page.locator('.tip[role="status"]').textContent()).toMatch(/no dated reform/i);
		await o.close();
	});

	it('policy layer shows cannabis models: chosen in the picker, loaded then; Canada outlined in its model’s colour in 2019, not in 2016; legend, tooltip, table, summary; axe clean', async () => {
		const html = await rawHtml(site.base, '/map');
		// Nothing of the layer's data in the prerendered page (the default layer is none).
		expect(html).not.toMatch(/cannabis_model|licensed_retail/);
		const o = await site.open('/map?year=2016');
		const p = o.page;
		expect(o.requests.filter((r) => r.includes('cannabis.json'))).toEqual([]);
		await p.locator('#map-layer').selectOption('cannabis');
		await expect.poll(() => new URL(p.url()).search).toBe('?year=2016&layer=cannabis');
		expect(o.requests.filter((r) => r.includes('cannabis.json'))).toEqual(['/map/cannabis.json']);
		const legend = p.locator('[data-cannabis-legend]');
		await expect.poll(() => legend.count()).toBe(1);
		expect(await p.locator('[data-policy="CAN"]').count()).toBe(0);
		// Uruguay: clubs since 2014, in their colour; the choropleth fill underneath is the indicator's.
		expect(await p.locator('path[data-policy="URY"]').getAttribute('stroke')).toBe(CANNABIS_FILL.social_clubs);
		expect(await p.locator('a[data-iso3="URY"] path').getAttribute('fill')).toMatch(/^#[0-9a-f]{6}$/i);
		expect(await legend.locator('[data-category="licensed_retail"]').count()).toBe(1); // the US (some states)
		expect(await legend.textContent()).toContain('cannabis regulation model in 2016');
		// To 2019 with the slider: Canada outlined in licensed retail's colour, over its value's fill.
		await p.locator('#map-year').focus();
		await p.keyboard.press('End');
		await expect.poll(() => p.locator('output[data-year]').textContent()).toBe('2019');
		const can = p.locator('path[data-policy="CAN"]');
		await expect.poll(() => can.count()).toBe(1);
		expect(await can.getAttribute('stroke')).toBe(CANNABIS_FILL.licensed_retail);
		expect(await can.evaluate((el) => getComputedStyle(el).stroke)).toBe('rgb(213, 94, 0)');
		expect(await p.locator('path[data-policy="USA"]').getAttribute('class')).toMatch(/\bdotted\b/);
		expect(await p.locator('a[data-iso3="CAN"] path').getAttribute('fill')).not.toBe(CANNABIS_FILL.licensed_retail);
		await expect.poll(() => new URL(p.url()).search).toBe('?layer=cannabis');
		// Legend: the year's models, and the way to their rules and sources.
		expect(await legend.textContent()).toContain('cannabis regulation model in 2019');
		expect(await legend.locator('[data-category="state_pharmacy"]').textContent()).toContain('State pharmacy');
		expect(await legend.locator('a[data-rules-link]').getAttribute('href')).toBe('/regulation?year=2019');
		// Summary, tooltip and table say Canada's model that year.
		expect(await p.locator('#map-summary').textContent()).toMatch(
			/Outlines show cannabis regulation models in 2019: .*licensed retail: Canada/
		);
		await p.locator('a[data-iso3="CAN"]').focus();
		await expect
			.poll(() => p.locator('.tip[role="status"] [data-cannabis]').textContent())
			.toMatch(/Cannabis model, 2019: Licensed retail \(since 2018\)/);
		await expect
			.poll(() => p.locator('#map-table tr[data-iso3="CAN"] [data-layer-cell]').textContent())
			.toBe('Licensed retail (since 2018)');
		expect(await p.locator('#map-table th[data-layer-column]').textContent()).toBe('Cannabis model, 2019');
		expect(await axeViolations(p)).toEqual([]);
		// Back to the possession outlines: the models go, Portugal's outline comes back.
		await p.locator('#map-layer').selectOption('policy');
		await expect.poll(() => legend.count()).toBe(0);
		expect(await p.locator('[data-policy="CAN"]').count()).toBe(0);
		expect(await p.locator('[data-policy="PRT"]').count()).toBe(1);
		expect(o.consoleErrors).toEqual([]);
		expect(o.pageErrors).toEqual([]);
		await o.close();
	}, 60_000);

	it('cannabis layer from the URL: Canada marked in 2019, not in 2016; dark theme and 375 px axe clean; the embed too', async () => {
		const before = await site.open('/map?year=2016&layer=cannabis', { width: 375, colorScheme: 'dark' });
		await expect.poll(() => before.page.locator('[data-cannabis-legend]').count()).toBe(1);
		expect(await before.page.locator('[data-policy="CAN"]').count()).toBe(0);
		expect(
			await before.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
		).toBeLessThanOrEqual(0);
		expect(await axeViolations(before.page)).toEqual([]);
		await before.close();
		const embed = await site.open('/embed/map?year=2019&layer=cannabis');
		await expect.poll(() => embed.page.locator('path[data-policy="CAN"]').count()).toBe(1);
		expect(await embed.page.locator('#map-layer').inputValue()).toBe('cannabis');
		expect(await embed.page.locator('[data-cannabis-legend] a[data-rules-link]').getAttribute('href')).toBe(
			'/regulation?year=2019'
		);
		expect(embed.consoleErrors).toEqual([]);
		expect(embed.pageErrors).toEqual([]);
		await embed.close();
	}, 60_000);

	it('starts loading the map’s code when a link to the map is hovered, before the click', async () => {
		const manifest = JSON.parse(readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')) as Record<
			string,
			{ file: string }
		>;
		const chunk = '/' + manifest['src/lib/components/map/MapPage.svelte']!.file;
		const o = await site.open('/about');
		expect(o.requests).not.toContain(chunk);
		await o.page.locator('header a[href="/map"]').hover();
		await expect.poll(() => o.requests.includes(chunk)).toBe(true);
		await o.close();
	});

	it('loads its controls after the page is shown; when their data cannot be loaded the prerendered map stays and says why', async () => {
		// The map's code is not in what the page loads first: the island's chunk comes once the page has mounted.
		const html = await rawHtml(site.base, '/map');
		expect(html).not.toMatch(/modulepreload[^>]*MapPage/);
		for (const [answer, reason] of [
			[{ status: 404, body: 'gone' }, '/map/boot/en.json: HTTP 404'],
			[{ status: 200, body: '{"catalogue":', contentType: 'application/json' }, '/map/boot/en.json: ']
		] as const) {
			const o = await site.open('/map?year=2010', {
				before: async (page) => {
					await page.route('**/map/boot/en.json', (r) => r.fulfill(answer));
				}
			});
			const failed = o.page.locator('[data-island-failed]');
			await expect.poll(() => failed.textContent()).toContain(reason);
			expect(await failed.getAttribute('role')).toBe('alert');
			expect(await failed.textContent()).toContain('could not be loaded, so it shows its default view');
			// Nothing is lost: the prerendered map, its summary and table are all there, as before any script ran.
			expect(await o.page.locator('svg[data-chart="map"] path').count()).toBeGreaterThan(150);
			expect(await o.page.locator('h1').textContent()).toContain('World, 2019');
			expect(await o.page.locator('#map-table tbody tr').count()).toBeGreaterThan(150);
			expect(o.pageErrors).toEqual([]);
			expect(await axeViolations(o.page)).toEqual([]);
			await o.close();
		}
	});

	it('falls back to the default view on bad URL values, without errors', async () => {
		const o = await site.open('/map?indicator=%3Cscript%3E&year=99999&region=mars&mode=x&layer=y');
		expect(await o.page.locator('output[data-year]').textContent()).toBe('2019');
		expect(await o.page.locator('svg[data-chart="map"]').getAttribute('data-region')).toBe('world');
		// The address is rewritten to the view shown, in the same history entry (Back still leaves the map).
		const length = await o.page.evaluate(() => history.length);
		await expect.poll(() => new URL(o.page.url()).search).toBe('');
		expect(await o.page.evaluate(() => history.length)).toBe(length);
		expect(o.pageErrors).toEqual([]);
		expect(o.consoleErrors).toEqual([]);
		await o.close();
	});

	for (const width of [375, 1280]) {
		it(`works at ${width}px: no console errors, no other hosts, no horizontal overflow, axe clean (with the policy layer on)`, async () => {
			const o = await site.open('/map?layer=policy&region=europe', { width });
			expect(o.consoleErrors).toEqual([]);
			expect(o.pageErrors).toEqual([]);
			expect(o.external).toEqual([]);
			const overflow = await o.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow).toBeLessThanOrEqual(0);
			const box = await o.page.locator('svg[data-chart="map"]').boundingBox();
			expect(box!.width).toBeGreaterThan(width * (width < 900 ? 0.8 : 0.5));
			expect(await axeViolations(o.page)).toEqual([]);
			await o.close();
		});
	}

	it('is axe clean in dark mode with the tooltip open', async () => {
		const o = await site.open('/map', { colorScheme: 'dark' });
		await o.page.locator('a[data-iso3="PRT"]').focus();
		await expect.poll(() => o.page.locator('.tip[role="status"]').count()).toBe(1);
		expect(await axeViolations(o.page)).toEqual([]);
		await o.close();
	}, 60_000);
});

describe('map in Norwegian (/nb/map)', () => {
	const NBSP = '\u00a0';
	const idsOf = (topic: string) =>
		readFileSync('data/indicators.csv', 'utf8')
			.split('\n')
			.filter((l) => l.includes(`,${topic},`))
			.map((l) => l.split(',')[0]!);

	it('is prerendered in Norwegian: lang, summary, table words and decimal commas', async () => {
		const html = await rawHtml(site.base, '/nb/map');
		expect(html).toMatch(/<html[^>]* lang="nb"/);
		expect(html).toMatch(/id="map-summary"[^>]*>I 2019 hadde /);
		expect(html).toContain('Tallene bak kartet');
		const o = await site.open('/nb/map');
		expect(await o.page.locator('html').getAttribute('lang')).toBe('nb');
		const us = csv(DEATHS).find((r) => r.iso3 === 'USA' && r.year === 2019)!;
		const cell = o.page.locator('#map-table tr[data-iso3="USA"] td[data-value]');
		expect((await cell.textContent())?.trim()).toBe(us.value.toFixed(2).replace('.', ','));
		const head = await o.page.locator('#map-table thead').innerText();
		expect(head).toContain('Land');
		expect(head).toContain('Verdi');
		expect(await o.page.locator('#map-summary').textContent()).toMatch(/ av \d+ steder på verdenskartet har data/);
		expect(o.consoleErrors).toEqual([]);
		expect(o.pageErrors).toEqual([]);
		await o.close();
	});

	it('writes counts with a space between thousands and the legend with decimal commas', async () => {
		const deu = csv('emcdda_drug_induced_deaths_15_64').find((r) => r.iso3 === 'DEU' && r.year === 2016)!;
		expect(deu.value).toBeGreaterThan(999);
		const o = await site.open('/nb/map?indicator=emcdda_drug_induced_deaths_15_64&region=europe&year=2016');
		const cell = o.page.locator('#map-table tr[data-iso3="DEU"] td[data-value]');
		const want = `${Math.floor(deu.value / 1000)}${NBSP}${String(deu.value % 1000).padStart(3, '0')}`;
		// The query is applied after hydration and the dataset loads then: give a slow machine time.
		await expect.poll(async () => (await cell.textContent())?.trim(), { timeout: 15_000 }).toBe(want);
		const legend = (await o.page.locator('[data-legend] .bins').innerText()).split('\n');
		expect(legend.some((l) => /\d,\d{3}\b/.test(l))).toBe(false);
		expect(o.consoleErrors).toEqual([]);
		await o.close();
		const d = await site.open('/nb/map');
		expect(await d.page.locator('[data-legend] .bins').innerText()).toMatch(/< 0,20/);
		await d.close();
	});

	it('loads the Norwegian data files and writes change-mode caution words and % changes in Norwegian', async () => {
		const o = await site.open('/nb/map?indicator=emcdda_drug_induced_deaths_15_64&region=europe&year=2016');
		const cell = o.page.locator('#map-table tr[data-iso3="DEU"] td[data-value]');
		await expect.poll(async () => (await cell.textContent())?.trim(), { timeout: 15_000 }).toMatch(/^\d/);
		const data = o.requests.filter((r) => r.startsWith('/map/data/'));
		expect(data.length).toBeGreaterThan(0);
		expect(data.every((r) => r.startsWith('/map/data/nb/'))).toBe(true);
		await o.close();
		const c = await site.open('/nb/map?mode=change&from=2012&year=2019&region=europe');
		await expect
			.poll(() => c.page.locator('#map-table tbody tr').first().locator('td.num').nth(1).textContent(), {
				timeout: 15_000
			})
			.toMatch(new RegExp(`^[+−±]\\d+${NBSP}%$`));
		const legend = await c.page.locator('[data-legend] .bins').innerText();
		expect(legend).toContain(' til ');
		expect(legend).not.toMatch(/\d%/);
		expect(await c.page.locator('#map-table').innerText()).not.toMatch(/after a break|across a break|provisional/);
		await c.close();
	});

	it('links countries to the Norwegian profile, from the map and the table', async () => {
		const o = await site.open('/nb/map?region=europe');
		expect(await o.page.locator('a[data-iso3="PRT"]').getAttribute('href')).toBe('/nb/country/PRT');
		expect(await o.page.locator('#map-table tr[data-iso3="PRT"] a').getAttribute('href')).toBe('/nb/country/PRT');
		await o.page.locator('#map-table tr[data-iso3="PRT"] a').click();
		await expect.poll(() => new URL(o.page.url()).pathname).toBe('/nb/country/PRT');
		await o.close();
		// The embed's link to the full view stays in Norwegian too.
		const e = await site.open('/nb/embed/map');
		expect(await e.page.locator('a[href^="/nb/map"]').count()).toBeGreaterThan(0);
		expect(await e.page.locator('a[href^="/map"]').count()).toBe(0);
		await e.close();
	});

	it('finds indicators by Norwegian words (fengsel, overdose, metadon, nalokson)', async () => {
		const o = await site.open('/nb/map');
		await o.page.locator('.picker summary').click();
		const picks = async () =>
			(await o.page.locator('[data-pick]').evaluateAll((els) => els.map((e) => e.getAttribute('data-pick')))).sort();
		await o.page.locator('#ind-q').fill('fengsel');
		await expect.poll(picks).toEqual(expect.arrayContaining(idsOf('prisons')));
		await o.page.locator('#ind-q').fill('overdose');
		await expect.poll(picks).toEqual(expect.arrayContaining(idsOf('deaths')));
		await o.page.locator('#ind-q').fill('metadon');
		await expect.poll(picks).toEqual(expect.arrayContaining(idsOf('treatment')));
		await o.page.locator('#ind-q').fill('nalokson');
		await expect
			.poll(() => o.page.locator('.picker .none').allTextContents())
			.toEqual(['Ingen indikator passer til «nalokson».', expect.stringMatching(/^Tall for nalokson finnes ikke/)]);
		await o.close();
		// The English page does not know the Norwegian words.
		const en = await site.open('/map');
		await en.page.locator('.picker summary').click();
		await en.page.locator('#ind-q').fill('fengsel');
		await expect.poll(() => en.page.locator('[data-pick]').count()).toBe(0);
		await en.close();
	});

	it('cannabis layer in Norwegian: legend, tooltip and the link to /nb/regulation', async () => {
		const o = await site.open('/nb/map?layer=cannabis');
		const legend = o.page.locator('[data-cannabis-legend]');
		await expect.poll(() => legend.count()).toBe(1);
		expect(await legend.textContent()).toContain('reguleringsmodell for cannabis i 2019');
		expect(await legend.locator('[data-category="licensed_retail"]').textContent()).toContain('Lisensierte butikker');
		expect(await legend.locator('a[data-rules-link]').getAttribute('href')).toBe('/nb/regulation?year=2019');
		await o.page.locator('a[data-iso3="URY"]').focus();
		await expect
			.poll(() => o.page.locator('.tip[role="status"] [data-cannabis]').textContent())
			.toMatch(/Cannabismodell, 2019: Statlig apoteksalg \(siden 2017\)/);
		expect(await o.page.locator('#map-summary').textContent()).toContain(
			'Omrissene viser reguleringsmodeller for cannabis i 2019'
		);
		// None of the layer's English words (names, legend, options) on the page.
		const text = await o.page.locator('main').innerText();
		const english = [
			...Object.values(mapEn.layers),
			mapEn.policyLayer,
			mapEn.cannabis.legendSubnational,
			mapEn.cannabis.legendRest,
			mapEn.cannabis.rulesLink,
			...(['licensed_retail', 'state_pharmacy', 'social_clubs', 'adopted'] as const).map(mapEn.cannabis.category)
		];
		expect(english.filter((w) => text.includes(w))).toEqual([]);
		expect(await axeViolations(o.page)).toEqual([]);
		await o.close();
	}, 60_000);

	// axe on this page and state runs in nb.e2e.ts (the slowest step of the run, so once).
	it('shows none of the map catalogue’s English words', async () => {
		const o = await site.open('/nb/map?layer=policy');
		// A publisher's name is not translated ("Our World in Data" is not the map's "World").
		const text = (await o.page.locator('main').innerText()).replaceAll('Our World in Data', '');
		const english: string[] = [];
		const walk = (v: unknown, path: string) => {
			if (typeof v === 'string') english.push(v);
			else if (v && typeof v === 'object' && !Array.isArray(v))
				for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
		};
		// Words the bokmål shares (Pause, Start), and the topic names and search words (not page text).
		const { topics, topicKeywords, notYetKeywords, pause, ...rest } = mapEn;
		void [topics, topicKeywords, notYetKeywords, pause];
		walk({ ...rest, table: { ...rest.table, from: '' } }, '');
		// A word the core catalogue has too ("Source") is that catalogue's to translate (its own test checks it).
		const core: string[] = [];
		const collect = (v: unknown) => {
			if (typeof v === 'string') core.push(v);
			else if (v && typeof v === 'object') Object.values(v).forEach(collect);
		};
		collect(en);
		const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		const shown = (w: string) => new RegExp(`(^|[^\\p{L}])${esc(w)}($|[^\\p{L}])`, 'u').test(text);
		expect(english.filter((w) => w.length > 3 && !core.includes(w) && shown(w))).toEqual([]);
		await o.close();
	}, 120_000);
});
