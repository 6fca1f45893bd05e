import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIndicators } from '../../src/lib/data/parse.ts';
import { countryEn } from '../../src/lib/strings/countryEn.ts';
import { countryNb } from '../../src/lib/strings/countryNb.ts';
import { axeViolations, BUILD, rawHtml, startSite, type Site } from './harness';

let site: Site;
beforeAll(async () => (site = await startSite()));
afterAll(async () => site?.close());

describe('/country/[iso3]', () => {
	it('exists for every place in data/countries.csv (the map links to each)', () => {
		const codes = readFileSync('data/countries.csv', 'utf8')
			.trim()
			.split('\n')
			.slice(1)
			.map((l) => l.split(',')[0]!);
		expect(codes.length).toBeGreaterThan(200);
		expect(codes.filter((c) => !existsSync(join(BUILD, 'country', `${c}.html`)))).toEqual([]);
	});

	it('Portugal: prerendered policy card, timeline and small multiples as SVG, each linking to /compare with peers', async () => {
		const html = await rawHtml(site.base, '/country/PRT');
		expect(html).toMatch(/<h1[^>]*>Portugal<\/h1>/);
		expect(html).toContain('Decriminalised in law (de jure)');
		expect(html).toContain('Law 30/2000 in force');
		expect((html.match(/data-chart="line"/g) ?? []).length).toBeGreaterThanOrEqual(1);
		expect(html).toMatch(/data-event-key="PRT"[^>]*data-event-x="2001"/);
		expect(html).toMatch(
			/href="[^"]*compare\?countries=PRT~[A-Z]{3}[^"]*&amp;indicator=gbd2019_drug_disorder_death_rate"/
		);
		// Page weight budget: what a reader downloads (gzip), with ~40 small multiples for Portugal and the page's CSS
		// inline (~5 KB; svelte.config.js inlines it so that no stylesheet request holds up the first paint).
		expect(gzipSync(html).length).toBeLessThan(45_000);
	});

	it('a small multiple opens in /compare with the same places', async () => {
		const o = await site.open('/country/PRT');
		const row = o.page.locator('li.multiple[data-indicator="gbd2019_drug_disorder_death_rate"]');
		await row.locator('summary').click(); // a compact row: its links are inside it, one click away
		const link = row.locator('a.open');
		const href = (await link.getAttribute('href'))!;
		const codes = /countries=([^&]+)/.exec(href)![1]!.split('~');
		await link.click();
		await o.page.waitForURL(/\/compare/);
		await expect.poll(() => o.page.locator('svg[data-chart="line"] g.series').count()).toBe(codes.length);
		for (const c of codes) expect(await o.page.locator(`g.series[data-key="${c}"]`).count()).toBe(1);
		expect(o.consoleErrors).toEqual([]);
		await o.close();
	});

	it('a place with no data still has a useful page: name, “no data yet”, policy all unknown', async () => {
		const codes = readFileSync('data/countries.csv', 'utf8')
			.trim()
			.split('\n')
			.slice(1)
			.map((l) => l.split(',')[0]!);
		let found = '';
		for (const c of codes) {
			const html = readFileSync(join(BUILD, 'country', `${c}.html`), 'utf8');
			if (html.includes('No data in this package yet')) {
				found = c;
				expect(html).toContain('Unknown (not found in the sources we read)');
				break;
			}
		}
		expect(found).not.toBe('');
	});

	// /nb/country/NOR at 1280 px is checked by nb.e2e.ts (axe is the slowest step of the run, so once per state).
	for (const path of ['/country/PRT', '/country/USA', '/country/GB-SCT', '/nb/country/PRT', '/nb/country/NOR'])
		for (const width of path === '/nb/country/NOR' ? [375] : [375, 1280]) {
			it(`${path} at ${width}px: axe clean, no console errors, no other hosts, no horizontal overflow`, async () => {
				const o = await site.open(path, { width });
				expect(o.consoleErrors).toEqual([]);
				expect(o.pageErrors).toEqual([]);
				expect(o.external).toEqual([]);
				expect(
					await o.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
				).toBeLessThanOrEqual(0);
				expect(await axeViolations(o.page)).toEqual([]);
				await o.close();
			});
		}

	it('a small multiple opens its table of numbers, equal to data/', async () => {
		const o = await site.open('/country/PRT');
		const card = o.page.locator('li.multiple[data-indicator="gbd2019_drug_disorder_death_rate"]');
		await card.locator('details.numbers summary').click();
		const row = card.locator('tbody tr', { has: o.page.locator('th', { hasText: /^2001$/ }) });
		const line = readFileSync('data/observations/gbd2019_drug_disorder_death_rate.csv', 'utf8')
			.split('\n')
			.find((l) => l.startsWith('PRT,2001,'))!;
		expect((await row.locator('td').first().textContent())?.trim()).toBe(Number(line.split(',')[2]).toFixed(2));
		await o.close();
	});

	it('the policy card cites sources as publisher, title (year), links the original, and never shows raw ids, codes or paths', async () => {
		const o = await site.open('/country/PRT');
		const card = o.page.locator('section.card[aria-labelledby="policy-h"]');
		const status = card.locator('[data-field="possession_status"]');
		expect(await status.locator('dd .value').textContent()).toBe('Decriminalised in law (de jure), since 2001');
		const link = status.locator('a', { hasText: 'Portugal Country Drug Report 2019' }).first();
		expect(await link.getAttribute('href')).toMatch(/^https:\/\/www\.emcdda\.europa\.eu\//);
		expect(await status.textContent()).toMatch(/EMCDDA, Portugal Country Drug Report 2019[^(]*\(2019\)/);
		// The TalkingDrugs map was read in a copy: the host is named, the scrape's path is not.
		expect(await status.textContent()).toMatch(/read via github\.com/);
		const text = (await card.innerText()).replace(/\s+/g, ' ');
		expect(text).not.toMatch(/NicAOB97|NIC_ENTREGABLE|\.csv|commit /);
		expect(text).not.toMatch(/\b[a-z0-9]+(?:-[a-z0-9]+){2,}\b/); // no ref ids such as emcdda-cdr-2019-prt-law
		expect(text).not.toMatch(/\b[a-z]+_[a-z_]+\b/); // no codes or field names (decriminalised_de_jure, possession_year)
		// What the source says, on request.
		await status.locator('details.quote summary').click();
		expect(await status.locator('blockquote').first().textContent()).toMatch(/^Law 30\/2000/);
		// A fact that rests only on a secondary source or copy says so, quietly.
		expect(await card.locator('[data-field="cannabis_status"] [data-tag="secondary"]').count()).toBe(0);
		expect(await card.locator('[data-tag="secondary"]').count()).toBeGreaterThan(0);
		await o.close();
	});

	it('corrected facts read right: Poland criminal, Norway’s law of 1992, Russia contested, the US and Canada without a national reform', async () => {
		const pol = await rawHtml(site.base, '/country/POL');
		expect(pol).toContain('Criminal offence, current law from 2011');
		expect(pol).not.toMatch(/Possession for personal use (coded )?decriminalised/);
		const nor = await rawHtml(site.base, '/country/NOR');
		expect(nor).toContain('Criminal offence, current law from 1992');
		expect(nor).not.toContain('decrim. 2021');
		const rus = await rawHtml(site.base, '/country/RUS');
		expect(rus).toContain('Contested: a threshold model');
		for (const [iso3, note] of [
			['USA', 'in one state: Oregon, 2021–2024'],
			['CAN', 'in one province: British Columbia, 2023–2026']
		] as const) {
			const html = await rawHtml(site.base, `/country/${iso3}`);
			expect(html).toContain(note);
			expect(html).not.toMatch(/decrim\. 20\d\d/);
			expect(html).not.toContain('Possession for personal use decriminalised');
		}
	});

	/** Indicator ids of a page's headline cards, in page order, from the prerendered HTML. */
	const headlineOf = (html: string) =>
		[...html.matchAll(/<li class="multiple headline[^"]*" data-indicator="([^"]+)" data-slot="([^"]+)"/g)].map(
			(m) => `${m[2]}:${m[1]}`
		);

	it('leads with the headline indicators: the best national deaths measure, HIV among people who inject drugs, prison', async () => {
		const expected: Record<string, string[]> = {
			PRT: [
				'deaths:emcdda_drug_induced_death_rate_15_64',
				'hiv:hiv_prevalence_pwid_unaids2019',
				'prison:unodc_prison_rate',
				'prisonDrugs:unodc_prisoners_drug_offences_share'
			],
			USA: [
				'deaths:cdc_overdose_death_rate',
				'hiv:hiv_prevalence_pwid_unaids2019',
				'prison:unodc_prison_rate',
				'prisonDrugs:unodc_prisoners_drug_offences_share'
			],
			'GB-SCT': [
				'deaths:nrs_drug_misuse_death_rate',
				'prison:unodc_prison_rate',
				'prisonDrugs:unodc_prisoners_drug_offences_share'
			],
			CAN: ['deaths:phac_opioid_death_rate', 'hiv:hiv_prevalence_pwid_unaids2019', 'prison:unodc_prison_rate']
		};
		for (const [iso3, ids] of Object.entries(expected)) {
			const html = await rawHtml(site.base, `/country/${iso3}`);
			expect(headlineOf(html), iso3).toEqual(ids);
			// The headline comes first: before the policy card and before any other indicator.
			const firstRow = html.indexOf('<li class="multiple row');
			expect(html.indexOf('<li class="multiple headline'), iso3).toBeLessThan(
				html.indexOf('aria-labelledby="policy-h"')
			);
			expect(html.lastIndexOf('<li class="multiple headline'), iso3).toBeLessThan(firstRow);
			// A headline indicator is not listed again below.
			for (const id of ids)
				expect(
					(html.match(new RegExp(`data-indicator="${id.split(':')[1]}"`, 'g')) ?? []).length,
					`${iso3} ${id}`
				).toBe(1);
		}
		// Where no national series exists the modelled GBD rate leads, and says it is modelled.
		const bra = await rawHtml(site.base, '/country/BRA');
		expect(headlineOf(bra)[0]).toBe('deaths:gbd2019_drug_disorder_death_rate');
		expect(bra).toMatch(/data-slot="deaths"[\s\S]*?data-tag="modelled"[\s\S]*?<\/li>/);
		expect(await rawHtml(site.base, '/country/PRT')).not.toMatch(
			/data-slot="deaths"(?:(?!<\/li>)[\s\S])*data-tag="modelled"/
		);
	});

	it('groups the rest by topic and names every indicator without data once, at the end', async () => {
		const o = await site.open('/country/PRT');
		const indicators = parseIndicators(readFileSync('data/indicators.csv', 'utf8')).rows;
		const shown = await o.page
			.locator('li.multiple')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-indicator')!));
		const noData = o.page.locator('[data-nodata]');
		expect(await noData.count()).toBe(1);
		const noDataText = (await noData.textContent())!;
		// Every indicator exactly once: a card or row when Portugal has data, else in the one no-data line.
		const missing: string[] = [];
		for (const ind of indicators) {
			const has = readFileSync(`data/observations/${ind.indicator_id}.csv`, 'utf8').includes('\nPRT,');
			expect(shown.filter((x) => x === ind.indicator_id).length, ind.indicator_id).toBe(has ? 1 : 0);
			if (!has) missing.push(ind.short_label);
		}
		expect(missing.length).toBeGreaterThan(5);
		// In topic order on the page; the same names as the indicators without data.
		expect(
			noDataText
				.replace(/^[^:]*:\s*/, '')
				.replace(/\.$/, '')
				.split(' · ')
				.sort()
		).toEqual(missing.sort());
		expect(noDataText).toContain('US overdose deaths (NCHS)');
		expect(noDataText).toContain('Scotland drug misuse death rate (NRS)');
		expect(noDataText).not.toContain('Drug use disorder deaths (GBD 2019)');
		// Topics in the catalogue's order, and the no-data line after the last of them.
		expect(
			await o.page.locator('section.topic').evaluateAll((els) => els.map((e) => e.getAttribute('data-topic')))
		).toEqual(
			['deaths', 'hiv', 'prisons', 'offences', 'use', 'treatment'].filter((t) =>
				indicators.some((i) => i.topic === t && shown.includes(i.indicator_id))
			)
		);
		expect(
			await o.page.evaluate(
				() =>
					!!(
						document
							.querySelector('section.topic:last-of-type')!
							.compareDocumentPosition(document.querySelector('[data-nodata]')!) & Node.DOCUMENT_POSITION_FOLLOWING
					)
			)
		).toBe(true);
		await o.close();
	});

	it('names each dataset once, in one Sources section, and the charts refer to it by number', async () => {
		for (const iso3 of ['PRT', 'USA']) {
			const o = await site.open(`/country/${iso3}`);
			const sources = o.page.locator('section.sources');
			expect(await sources.count()).toBe(1);
			const publishers = await sources.locator('.pub').allTextContents();
			expect(publishers.length).toBeGreaterThan(2);
			const sourcesText = (await sources.innerText()).replace(/\s+/g, ' ');
			const cardsText = (
				await o.page
					.locator('ul.headline, .flow')
					.evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText).join(' '))
			).replace(/\s+/g, ' ');
			expect(new Set(publishers).size, 'each publisher named once').toBe(publishers.length);
			for (const p of publishers) {
				expect(cardsText.includes(p), `${iso3}: ${p} repeated under a chart`).toBe(false);
			}
			// Every number a chart cites is an entry of the list, and every entry is cited by some chart.
			const entries = await sources
				.locator('li[id^="source-"]')
				.evaluateAll((els) => els.map((e) => Number(e.id.slice('source-'.length))));
			const cited = (
				await o.page
					.locator('.refs[data-refs]')
					.evaluateAll((els) => els.flatMap((e) => e.getAttribute('data-refs')!.split(' ').map(Number)))
			).concat(
				...(await o.page.locator('li.multiple.row .ref').allTextContents()).map((t) =>
					t
						.replace(/[[\]]/g, '')
						.split(', ')
						.flatMap((r) => {
							const [a, b] = r.split('–').map(Number);
							return Array.from({ length: (b ?? a!) - a! + 1 }, (_, i) => a! + i);
						})
				)
			);
			expect(new Set(cited)).toEqual(new Set(entries));
			expect(entries).toEqual(entries.map((_, i) => i + 1));
			// The GBD dataset is named with its licence in the list.
			if (iso3 === 'PRT')
				expect(sourcesText).toMatch(/Global Burden of Disease Study 2019 \(GBD 2019\) Results \(20\d\d\)\./);
			await o.close();
		}
	});

	// Measured on this machine before the country page was reorganised (issue 8 §5): 7,831 px at 1280 px wide, with
	// the 47 indicators of that time. The treatment import (issue 9 §1) then added indicators; each may add one compact
	// row (at most ROW_PX, two columns) on top of half the old height, and nothing else may grow.
	const PRT_HEIGHT_BEFORE = 7831;
	const ADDED_SINCE = [
		'emcdda_ost_clients',
		'emcdda_ost_clients_rate',
		'emcdda_methadone_clients',
		'emcdda_methadone_clients_rate',
		'emcdda_ost_buprenorphine_clients',
		'emcdda_ost_diacetylmorphine_clients',
		'emcdda_syringes_provided',
		'needles_per_pwid_unaids2014',
		'needles_per_pwid_unaids2019',
		'hiv_prevention_coverage_pwid_unaids2019',
		'pwid_estimate_unaids2014',
		'pwid_estimate_unaids2019',
		'unodc_prisoners_drug_possession_rate',
		'unodc_prisoners_drug_trafficking_rate'
	];
	const ROW_PX = 60;
	it(`Portugal at 1280 px is at most half as tall as before (${PRT_HEIGHT_BEFORE / 2} px), plus one row per indicator added since`, async () => {
		const added = ADDED_SINCE.filter((id) =>
			readFileSync(`data/observations/${id}.csv`, 'utf8').includes('\nPRT,')
		).length;
		const o = await site.open('/country/PRT', { width: 1280 });
		expect(await o.page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
			PRT_HEIGHT_BEFORE / 2 + Math.ceil(added / 2) * ROW_PX
		);
		await o.close();
	});

	/** The country catalogue's fixed English words that Norwegian says differently (eight characters or more: not a word inside another). */
	const englishWords = (() => {
		const out: string[] = [];
		const walk = (a: unknown, b: unknown) => {
			if (typeof a === 'string') {
				if (a !== b && a.length >= 8) out.push(a);
			} else if (a && typeof a === 'object')
				for (const k of Object.keys(a)) walk((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]);
		};
		walk(countryEn, countryNb);
		return out;
	})();

	describe('in Norwegian (/nb/country/…)', () => {
		it('/nb/country/NOR: lang nb, the page’s own words in Norwegian, decimal commas, English notes marked lang="en"', async () => {
			const o = await site.open('/nb/country/NOR', { width: 1280 });
			const p = o.page;
			expect(await p.getAttribute('html', 'lang')).toBe('nb');
			expect(await p.locator('#headline-h').textContent()).toBe('Nøkkeltall');
			expect(await p.locator('#policy-h').textContent()).toBe('Narkotikapolitikk');
			expect(await p.locator('#timeline-h').textContent()).toBe('Tidslinje for narkotikapolitikken');
			expect(await p.locator('#peers-h').textContent()).toBe('Sammenlignbare steder');
			expect((await p.locator('.crumb').innerText()).trim()).toBe('Kart › Europa › Nord-Europa');
			expect(await p.locator('[data-field="possession_status"] dt').textContent()).toBe('Besittelse til eget bruk');
			expect(await p.locator('[data-field="oat"] dt').textContent()).toBe('Legemiddelassistert rehabilitering (LAR)');
			// Numbers: a decimal comma in the headline values, never a decimal point.
			const values = await p.locator('ul.headline p.value strong').allTextContents();
			expect(values.length).toBeGreaterThan(0);
			expect(
				values.some((v) => /^\d+,\d+$/.test(v)),
				values.join(' ')
			).toBe(true);
			expect(values.filter((v) => /\d\.\d/.test(v))).toEqual([]);
			// The policy table's free text exists only in English: marked lang="en", with a «på engelsk» mark after it.
			const notes = p.locator('.notes [lang="en"]');
			expect(await notes.textContent()).toMatch(/^Possession is a criminal offence\./);
			expect(await p.locator('.notes [data-lang-mark]').textContent()).toBe('på engelsk');
			expect(await p.locator('[data-field="possession_model"] [lang="en"]').count()).toBe(1);
			// Outside what is marked English and the publishers' titles (<cite>, kept in their own language), none of the
			// catalogue's English words is left.
			const text = await p.locator('main').evaluate((m) => {
				const c = m.cloneNode(true) as HTMLElement;
				c.querySelectorAll('[lang="en"], cite').forEach((e) => e.remove());
				return c.textContent!.replace(/\s+/g, ' ');
			});
			expect(englishWords.filter((w) => text.includes(w))).toEqual([]);
			// Page links stay in Norwegian; data files are the same for both languages.
			for (const href of await p.locator('a.open').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
				expect(href).toMatch(/^\/nb\/compare\?countries=NOR/);
			for (const href of await p.locator('.peers a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
				expect(href).toMatch(/^\/nb\/country\/[A-Z]{3}$/);
			const downloads = await p
				.locator('a[href*="/downloads/"]')
				.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
			expect(downloads.length).toBeGreaterThan(0);
			for (const href of downloads) expect(href).toMatch(/^\/downloads\/[a-z0-9_]+\.csv$/);
			expect(o.consoleErrors).toEqual([]);
			await o.close();
		});

		it('/nb/country/PRT: the lede in Norwegian around the English title, event dates through Intl, English event texts marked', async () => {
			const html = await rawHtml(site.base, '/nb/country/PRT');
			expect(html).toMatch(/<html[^>]*lang="nb"/);
			const o = await site.open('/nb/country/PRT');
			const p = o.page;
			expect((await p.locator('p.lede').first().innerText()).replace(/\s+/g, ' ')).toBe(
				'Besittelse til eget bruk avkriminalisert: 2001 (Law 30/2000 in force på engelsk).'
			);
			expect(await p.locator('p.lede [lang="en"]').textContent()).toBe('Law 30/2000 in force');
			expect(await p.locator('time[datetime="2001-07-01"]').textContent()).toBe('1. juli 2001');
			expect(await p.locator('time[datetime="1999-04-22"]').textContent()).toBe('22. apr. 1999');
			const event = p.locator('.timeline li', { has: p.locator('time[datetime="2001-07-01"]') });
			expect(await event.locator('strong[lang="en"]').textContent()).toBe('Law 30/2000 in force');
			expect(await event.locator('p[lang="en"]').textContent()).toMatch(/^Acquisition, possession and use/);
			expect(await event.locator('[data-lang-mark]').count()).toBe(1);
			// The English page has the same texts, unmarked.
			const en = await rawHtml(site.base, '/country/PRT');
			expect(en).toMatch(/<html[^>]*lang="en"/);
			expect(en).not.toContain('data-lang-mark');
			expect(en).toContain('>1 Jul 2001</time>');
			expect(o.consoleErrors).toEqual([]);
			await o.close();
		});

		it('/nb/embed/country/PRT: lang nb, a decimal comma, and the full page linked in Norwegian', async () => {
			const o = await site.open('/nb/embed/country/PRT');
			const p = o.page;
			expect(await p.getAttribute('html', 'lang')).toBe('nb');
			expect(await p.locator('#embed-summary strong').textContent()).toBe('4,5');
			expect(await p.locator('#embed-summary .from').textContent()).toBe('(4,1 i 2013)');
			const links = await p
				.locator('a[href$="/country/PRT"]')
				.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
			expect(links.length).toBeGreaterThan(0);
			for (const href of links) expect(href).toBe('/nb/country/PRT');
			expect(o.consoleErrors).toEqual([]);
			await o.close();
		});
	});
});
