/**
 * The data's own words on Norwegian pages: what the loaders, slices and data files give /nb/… pages, against texts
 * copied by hand from data/i18n/nb/*.csv and data/place_names.csv; English pages unchanged; a missing translation
 * falls back to English marked `inEnglish` (and is a data:check error with its file and line); Norwegian sorting.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { indicatorInLang, placeInLang, sourceInLang, type DataWords } from '../../../src/lib/data/dataWords';
import { compareDataPath, countryEmbedFile, mapDataPath } from '../../../src/lib/data/dataFiles';
import { nameCollator, sortByName } from '../../../src/lib/data/nameOrder';
import { buildPlaceIndex, searchPlaces } from '../../../src/lib/data/placeSearch';
import { searchableFromPayload, type PlaceNamesPayload } from '../../../src/lib/data/placeNames';
import { formatProblem, validatePackage } from '../../../src/lib/data/validate';
import { indicatorList, indicatorPayload, pickerPlaces } from '../../../src/lib/server/compareData';
import { countryEmbedView } from '../../../src/lib/server/countryEmbedView';
import { headlineDefinitions } from '../../../src/lib/server/countryShare';
import { countryView } from '../../../src/lib/server/countryView';
import { countryViewInLang } from '../../../src/lib/server/countryWords';
import { lineView } from '../../../src/lib/server/lineView';
import { mapBoot, mapData, mapIndicators, mapPlaces } from '../../../src/lib/server/mapView';

/** The GBD 2019 source's record as the map's data file in `lang` carries it. */
const gbdSource = (lang: 'en' | 'nb') => mapData('gbd2019_drug_disorder_death_rate', lang).sourceInfo[0]!;
import { compareSlice } from '../../../src/lib/server/slices/compare';
import { loadPlaceNames, resetPlaceNames } from '../../../src/lib/state/placeNamesLoader';
import { REFORM_KIND_IDS } from '../../../src/lib/stats/reformKinds';
import { GET as placesJson } from '../../../src/routes/search/places.json/+server';

const GBD = 'gbd2019_drug_disorder_death_rate';
const EMCDDA = 'emcdda_drug_induced_deaths_15_64';
// Copied from data/i18n/nb/indicators.csv (lines 3, 4, 33, 34).
const GBD_NB = {
	short_label: 'Dødsfall, narkotikabrukslidelser (GBD 2019)',
	unit: 'dødsfall per 100 000 innbyggere, aldersstandardisert'
};
const EMCDDA_NB = { short_label: 'Narkotikautløste dødsfall, 15–64 år', unit: 'dødsfall i alderen 15–64 år (antall)' };
// data/i18n/nb/sources.csv: ihme-gbd2019 keeps its English title (lang en); dpe-policy-reference has ours (lang nb).
const GBD_TITLE = 'Global Burden of Disease Study 2019 (GBD 2019) Results';

describe('indicators in bokmål', () => {
	it('the map catalogue, the compare picker and the payloads carry the Norwegian label, short label and unit', () => {
		const map = mapIndicators('nb').find((i) => i.indicator_id === EMCDDA)!;
		expect(map).toMatchObject({
			...EMCDDA_NB,
			label: 'Narkotikautløste dødsfall, 15–64 år (sum av EMCDDAs femårige aldersgrupper)'
		});
		expect(map.inEnglish).toBeUndefined();
		expect(indicatorList('nb').find((i) => i.indicator_id === GBD)).toMatchObject({
			...GBD_NB,
			label: 'Dødsfall som skyldes narkotikabrukslidelser (GBD 2019), aldersstandardisert rate'
		});
		const p = indicatorPayload(EMCDDA, ['PRT'], 'nb');
		expect(p.indicator).toMatchObject(EMCDDA_NB);
		expect(p.indicator.caveat).toMatch(/^Vår sum av publiserte tall, ikke en total fra EMCDDA:/);
		expect(p.indicator.formula).toMatch(/^Summen av tabellene DRD-36 \(15–19\)/);
		// The numbers are the English payload's, to the point.
		expect(p.data).toEqual(indicatorPayload(EMCDDA, ['PRT'], 'en').data);
	});

	it('the map data file carries the caveat in bokmål; English pages keep the English', () => {
		expect(mapData(GBD, 'nb').about.caveat).toMatch(
			/^Modellerte estimater, ikke registertall: GBDs «narkotikabrukslidelser»/
		);
		expect(mapData(GBD, 'en').about.caveat).toMatch(/^Modelled estimates, not registry counts/);
		expect(mapIndicators('en').find((i) => i.indicator_id === GBD)!.short_label).toBe(
			'Drug use disorder deaths (GBD 2019)'
		);
		expect(indicatorList().find((i) => i.indicator_id === GBD)!.unit).toBe(
			'deaths per 100,000 people, age-standardised'
		);
	});

	it('the home chart, the country page and the embed name the indicator in bokmål', () => {
		const home = lineView(GBD, ['PRT', 'CZE'], () => true, 'nb');
		expect(home.indicator).toMatchObject(GBD_NB);
		expect(home.series.map((s) => s.label)).toEqual(['Portugal', 'Tsjekkia']);
		const view = countryViewInLang(countryView('PRT')!, 'nb');
		const cards = [...view.headline, ...view.groups.flatMap((g) => g.cards)];
		expect(cards.find((c) => c.indicator.indicator_id === EMCDDA)!.indicator).toMatchObject(EMCDDA_NB);
		expect(headlineDefinitions(view, 'nb')[view.headline[0]!.indicator.indicator_id]).not.toBe(
			headlineDefinitions(view, 'en')[view.headline[0]!.indicator.indicator_id]
		);
		const embed = countryEmbedView('CZE', 'nb')!;
		expect(embed.place.name).toBe('Tsjekkia');
		// data/i18n/nb/indicators.csv, unodc_prison_rate (one of Czechia's headline indicators).
		expect(embed.cards.find((c) => c.indicator.indicator_id === 'unodc_prison_rate')?.indicator).toMatchObject({
			short_label: 'Innsatte per 100 000 (UNODC)',
			unit: 'innsatte per 100 000 innbyggere'
		});
		expect(embed.cards.flatMap((c) => c.sources).find((s) => s.source_id === 'unodc-cts-prisons-2023')).toMatchObject({
			inEnglish: ['title']
		});
	});
});

describe('source titles', () => {
	it('a title without a Norwegian version is the English original, marked inEnglish', () => {
		const gbd = gbdSource('nb');
		expect(gbd.source_id).toBe('ihme-gbd2019');
		expect(gbd.title).toBe(GBD_TITLE);
		expect(gbd.inEnglish).toEqual(['title']);
		expect(gbdSource('en').inEnglish).toBeUndefined();
	});
	it('a Norwegian title is used, unmarked', () => {
		const src = countryView('PRT')!.sourceList.flatMap((g) => g.datasets.map((d) => d.source));
		expect(src.length).toBeGreaterThan(0);
		const nb = countryViewInLang(countryView('PRT')!, 'nb').sourceList.flatMap((g) => g.datasets.map((d) => d.source));
		expect(nb.find((s) => s.source_id === 'ihme-gbd2019')).toMatchObject({ title: GBD_TITLE, inEnglish: ['title'] });
		const ours = sourceInLang(
			{ source_id: 'dpe-policy-reference', title: 'Drug-policy fact table…' },
			{
				lang: 'nb',
				indicators: new Map(),
				places: new Map(),
				sources: new Map([['dpe-policy-reference', { title: 'Tabell over narkotikapolitikk', lang: 'nb' }]])
			}
		);
		expect(ours).toEqual({ source_id: 'dpe-policy-reference', title: 'Tabell over narkotikapolitikk' });
	});
});

describe('place names', () => {
	it('pickers, the map and the country page name places in bokmål, our own names included', () => {
		const places = new Map(pickerPlaces('nb').map((p) => [p.iso3, p.name]));
		expect(places.get('CZE')).toBe('Tsjekkia');
		expect(places.get('NLD')).toBe('Nederland');
		expect(places.get('AUT')).toBe('Østerrike');
		const map = mapPlaces('nb');
		expect([map.CZE!.name, map.USA!.name, map.GBR!.name]).toEqual(['Tsjekkia', 'USA', 'Storbritannia']);
		expect([map['GB-SCT']!.name, map['GB-ENW']!.name, map['GB-NIR']!.name]).toEqual([
			'Skottland',
			'England og Wales',
			'Nord-Irland'
		]);
		expect([map.XKX!.name, map.XSL!.name, map.XNC!.name]).toEqual(['Kosovo', 'Somaliland', 'Nord-Kypros']);
		expect(mapPlaces('en').CZE!.name).toBe('Czechia');
		const scotland = countryViewInLang(countryView('GB-SCT')!, 'nb');
		expect([scotland.place.name, scotland.parent]).toEqual(['Skottland', 'Storbritannia']);
	});

	it('Norwegian pickers sort with Intl.Collator("nb"): Æ, Ø, Å after Z; English ones as before', () => {
		const nb = pickerPlaces('nb').map((p) => p.name);
		expect(nb.indexOf('Østerrike')).toBeGreaterThan(nb.indexOf('Zimbabwe'));
		expect(nb.indexOf('Østerrike')).toBeGreaterThan(nb.indexOf('Tyskland'));
		expect(nb).toEqual([...nb].sort(new Intl.Collator('nb').compare));
		const en = pickerPlaces('en').map((p) => p.name);
		expect(en.indexOf('Austria')).toBeLessThan(en.indexOf('Belgium'));
		expect(
			sortByName(
				[{ name: 'Åland' }, { name: 'Aruba' }, { name: 'Østerrike' }, { name: 'Zambia' }, { name: 'Ærø' }],
				'nb'
			).map((p) => p.name)
		).toEqual(['Aruba', 'Zambia', 'Ærø', 'Østerrike', 'Åland']);
		expect(nameCollator('en').compare('Åland', 'Zambia')).toBeLessThan(0);
	});

	it('/search/places.json finds Norwegian names on both editions and names them in bokmål on /nb', async () => {
		const body = (await (await placesJson()).json()) as PlaceNamesPayload;
		expect(body.find((r) => r[0] === 'CZE')!.slice(0, 3)).toEqual(['CZE', 'Czechia', 'Tsjekkia']);
		expect(body.find((r) => r[0] === 'GB-SCT')!.slice(0, 3)).toEqual(['GB-SCT', 'Scotland', 'Skottland']);
		const search = (lang: 'en' | 'nb', q: string) => {
			const places = searchableFromPayload(body, lang);
			const hit = searchPlaces(buildPlaceIndex(places, lang), q, 1)[0];
			return hit && [hit.iso3, places.find((p) => p.iso3 === hit.iso3)!.name];
		};
		for (const lang of ['en', 'nb'] as const) {
			expect([
				search(lang, 'Tsjekkia')?.[0],
				search(lang, 'Nederland')?.[0],
				search(lang, 'USA')?.[0],
				search(lang, 'Storbritannia')?.[0]
			]).toEqual(['CZE', 'NLD', 'USA', 'GBR']);
			expect(search(lang, 'Czech Republic')?.[0]).toBe('CZE');
		}
		expect(search('nb', 'Tsjekkia')?.[1]).toBe('Tsjekkia');
		expect(search('nb', 'Netherlands')?.[1]).toBe('Nederland');
		expect(search('en', 'Nederland')?.[1]).toBe('Netherlands');
	});

	it('the loader names places in the language it is asked for', async () => {
		const body = JSON.stringify([['NOR', 'Norway', 'Norge', 'NO']]);
		const fetcher = async () => new Response(body, { status: 200 });
		resetPlaceNames();
		expect(await loadPlaceNames('/search/places.json', fetcher, 'nb')).toEqual([
			{ iso3: 'NOR', name: 'Norge', alt: ['Norway', 'NO'] }
		]);
		expect(await loadPlaceNames('/search/places.json', fetcher, 'en')).toEqual([
			{ iso3: 'NOR', name: 'Norway', alt: ['Norge', 'NO'] }
		]);
		resetPlaceNames();
	});
});

describe('the slices of /nb pages', () => {
	it('the map’s start file and the compare slice: the same numbers, Norwegian words', () => {
		const nb = mapBoot('nb');
		const en = mapBoot('en');
		expect(nb.initialData.places).toEqual(en.initialData.places);
		expect(nb.indicators.find((i) => i.indicator_id === GBD)).toMatchObject(GBD_NB);
		const c = compareSlice('nb');
		expect(c.payload.indicator).toMatchObject(GBD_NB);
		expect(c.places.find((p) => p.iso3 === 'CZE')!.name).toBe('Tsjekkia');
		expect(c.payload.data).toEqual(compareSlice('en').payload.data);
	});
	it('route loaders and data files take the language from the address', async () => {
		const compare = await import('../../../src/routes/compare/+page.server');
		const at = (path: string) => ({ url: new URL(`http://localhost${path}`) }) as never;
		const nbPage = compare.load(at('/nb/compare'));
		expect(nbPage.places.find((p) => p.iso3 === 'NLD')!.name).toBe('Nederland');
		expect(compare.load(at('/compare')).places.find((p) => p.iso3 === 'NLD')!.name).toBe('Netherlands');
		const country = await import('../../../src/routes/country/[iso3]/+page.server');
		const url = new URL('http://localhost/nb/country/GB-SCT');
		const prt = (await country.load({ url, params: { iso3: 'GB-SCT' } } as never)) as { place: { name: string } };
		expect(prt.place.name).toBe('Skottland');
		const mapNb = await import('../../../src/routes/map/data/nb/[indicator].json/+server');
		const file = (await (await mapNb.GET({ params: { indicator: GBD } } as never)).json()) as {
			about: { caveat: string };
		};
		expect(file.about.caveat).toMatch(/^Modellerte estimater/);
		const compareNb = await import('../../../src/routes/compare/data/nb/[indicator].json/+server');
		const payload = (await (await compareNb.GET({ params: { indicator: GBD } } as never)).json()) as {
			indicator: { unit: string };
		};
		expect(payload.indicator.unit).toBe(GBD_NB.unit);
	});

	it('data files of each language have their own path', () => {
		expect([mapDataPath(GBD, 'en'), mapDataPath(GBD, 'nb')]).toEqual([
			`/map/data/${GBD}.json`,
			`/map/data/nb/${GBD}.json`
		]);
		expect(compareDataPath(GBD, 'nb')).toBe(`/compare/data/nb/${GBD}.json`);
		expect([countryEmbedFile('PRT', 'en'), countryEmbedFile('PRT', 'nb')]).toEqual([
			'country/PRT.json',
			'nb/country/PRT.json'
		]);
	});
});

describe('a missing translation', () => {
	const words = (seen: string[]): DataWords => ({
		lang: 'nb',
		indicators: new Map([['x label', 'Norsk etikett']]),
		sources: new Map(),
		places: new Map(),
		onMissing: (w) => seen.push(w)
	});
	it('falls back to the English, marked inEnglish, and is told', () => {
		const seen: string[] = [];
		expect(
			indicatorInLang({ indicator_id: 'x', label: 'English label', unit: 'deaths', caveat: '' }, words(seen))
		).toEqual({
			indicator_id: 'x',
			label: 'Norsk etikett',
			unit: 'deaths',
			caveat: '',
			inEnglish: ['unit']
		});
		expect(placeInLang({ iso3: 'XXX', name: 'Atlantis' }, words(seen))).toEqual({
			iso3: 'XXX',
			name: 'Atlantis',
			inEnglish: ['name']
		});
		expect(sourceInLang({ source_id: 's', title: 'A title' }, words(seen))).toEqual({
			source_id: 's',
			title: 'A title',
			inEnglish: ['title']
		});
		expect(seen).toEqual(['x unit', 'XXX name', 's title']);
	});

	const dir = mkdtempSync(join(tmpdir(), 'dpe-nb-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	cpSync('data', dir, { recursive: true });
	const cut = (file: string, line: RegExp) =>
		writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8').replace(line, ''));
	cut('i18n/nb/indicators.csv', /^emcdda_drug_induced_deaths_15_64,short_label,.*\n/m);
	cut('place_names.csv', /^GB-SCT,Skottland,nb\n/m);
	cut('i18n/nb/sources.csv', /^ihme-gbd2019,title,.*\n/m);

	it('is a data:check error at the English row that lacks it', () => {
		const files: Record<string, Uint8Array> = {};
		const walk = (d: string) => {
			for (const n of readdirSync(d)) {
				const p = join(d, n);
				if (statSync(p).isDirectory()) walk(p);
				else if (n.endsWith('.csv')) files[relative(dir, p)] = readFileSync(p);
			}
		};
		walk(dir);
		expect(validatePackage(files, { codeVocabularies: { reform_kind: REFORM_KIND_IDS } }).map(formatProblem)).toEqual([
			'data/countries.csv:84: GB-SCT (Scotland) has no Norwegian name: add a row "GB-SCT,<name>,nb" to place_names.csv',
			`data/indicators.csv:8: ${EMCDDA}: no Norwegian translation of column short_label (add a row "${EMCDDA},short_label,…" to i18n/nb/indicators.csv)`,
			'data/sources.csv:5: ihme-gbd2019: no Norwegian title (add a row "ihme-gbd2019,title,…" to i18n/nb/sources.csv; lang en keeps the original)'
		]);
	});

	it('a build that skipped the check shows the English, marked, never an empty label', async () => {
		vi.resetModules();
		const was = process.env.DPE_DATA_DIR;
		process.env.DPE_DATA_DIR = dir;
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		try {
			const m = await import('../../../src/lib/server/mapView');
			const ind = m.mapIndicators('nb').find((i) => i.indicator_id === EMCDDA)!;
			expect(ind.short_label).toBe('Drug-induced deaths 15–64');
			expect(ind.unit).toBe(EMCDDA_NB.unit);
			expect(ind.inEnglish).toEqual(['short_label']);
			expect(m.mapPlaces('nb')['GB-SCT']).toMatchObject({ name: 'Scotland', inEnglish: ['name'] });
			expect(m.mapData('gbd2019_drug_disorder_death_rate', 'nb').sourceInfo[0]).toMatchObject({
				title: GBD_TITLE,
				inEnglish: ['title']
			});
			expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([
				expect.stringContaining(`${EMCDDA} short_label`),
				expect.stringContaining('GB-SCT name'),
				expect.stringContaining('ihme-gbd2019 title')
			]);
		} finally {
			warn.mockRestore();
			if (was === undefined) delete process.env.DPE_DATA_DIR;
			else process.env.DPE_DATA_DIR = was;
			vi.resetModules();
		}
	});
});
