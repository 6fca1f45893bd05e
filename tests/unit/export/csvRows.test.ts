import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildSeries } from '../../../src/lib/charts/series.ts';
import type { Observation } from '../../../src/lib/data/types.ts';
import { headerLines, lineRows, mapRows, shownValue, toCsv, type CsvHeader } from '../../../src/lib/export/csvRows.ts';
import { nb } from '../../../src/lib/strings/nb.ts';
import type { MapDataset } from '../../../src/lib/map/dataset.ts';
import { computeCells } from '../../../src/lib/map/mapCells.ts';

const obs = (
	iso3: string,
	year: number,
	value: number,
	flag: Observation['flag'] = '',
	source_id = 'src-a'
): Observation => ({ iso3, year, value, flag, source_id, note: '' });
const names: Record<string, string> = {
	PRT: 'Portugal',
	CZE: 'Czechia',
	EVL: '=HYPERLINK("http://x")',
	NOR: 'Norway',
	'+AT': '+Attack'
};
const nameOf = (k: string) => names[k] ?? k;
const sourceName = (id: string) => ({ 'src-a': 'IHME', 'src-b': '@Evil publisher' })[id] ?? id;

const header: CsvHeader = {
	title: 'Drug deaths, Portugal and Czechia, 2000–2003',
	sources: [
		{ publisher: 'IHME', title: 'GBD 2019', year: '2020', url: 'https://example.org/gbd', licence: 'CC BY 4.0' },
		{ publisher: 'IHME', title: 'GBD 2019', year: '2020', url: 'https://example.org/gbd', licence: 'CC BY 4.0' }
	],
	indicators: [
		{
			label: 'Drug deaths',
			unit: 'deaths per 100,000',
			definition: 'Deaths from drug use disorders,\nage-standardised.'
		}
	],
	url: 'https://dpe.example/compare?countries=PRT~CZE',
	retrieved: new Date('2026-12-01T23:30:00Z')
};

/** The table part of a CSV text, as rows of cells (header lines skipped as comments). */
const table = (csv: string) => Papa.parse<string[]>(csv, { comments: '#', skipEmptyLines: true }).data;

describe('lineRows', () => {
	const rows = [
		obs('PRT', 2000, 1.25),
		obs('PRT', 2003, -3.456, 'break'),
		obs('CZE', 2000, 1234.5),
		obs('CZE', 2001, 2, 'provisional', 'src-b'),
		obs('PRT', 2001, 0.0001)
	];
	const series = buildSeries(rows, ['PRT', 'CZE'], nameOf);

	it('has one row per place and year the chart table shows, missing years as missing (empty value, never 0)', () => {
		const t = lineRows(series, { decimals: 1, sourceName });
		expect(t.columns).toEqual(['code', 'place', 'year', 'value', 'flag', 'source']);
		expect(t.rows).toEqual([
			['PRT', 'Portugal', 2000, '1.3', '', 'IHME'],
			['PRT', 'Portugal', 2001, '0.0', '', 'IHME'],
			['PRT', 'Portugal', 2003, '-3.5', 'break in series', 'IHME'],
			['CZE', 'Czechia', 2000, '1234.5', '', 'IHME'],
			['CZE', 'Czechia', 2001, '2.0', 'provisional', '@Evil publisher'],
			['CZE', 'Czechia', 2003, '', 'no data', '']
		]);
	});

	it('keeps only the years the view shows, and writes x as the view does', () => {
		const t = lineRows(series, {
			decimals: 0,
			sourceName,
			years: [2001],
			xFormat: (x) => `t${x - 2000}`,
			xColumn: 'years_since_reform',
			indicator: { label: 'Deaths', unit: 'per 100,000' }
		});
		expect(t.columns.slice(0, 5)).toEqual(['indicator', 'unit', 'code', 'place', 'years_since_reform']);
		expect(t.rows).toEqual([
			['Deaths', 'per 100,000', 'PRT', 'Portugal', 't1', '0', '', 'IHME'],
			['Deaths', 'per 100,000', 'CZE', 'Czechia', 't1', '2', 'provisional', '@Evil publisher']
		]);
	});

	it('a place with no value at all is still listed, each year missing', () => {
		const t = lineRows(buildSeries(rows, ['PRT', 'NOR'], nameOf), { decimals: 1, sourceName });
		expect(t.rows.filter((r) => r[0] === 'NOR')).toEqual([
			['NOR', 'Norway', 2000, '', 'no data', ''],
			['NOR', 'Norway', 2001, '', 'no data', ''],
			['NOR', 'Norway', 2003, '', 'no data', '']
		]);
	});
});

describe('toCsv', () => {
	const series = buildSeries(
		[obs('EVL', 2000, -5), obs('+AT', 2000, 7, '', 'src-b'), obs('PRT', 2000, -0.04)],
		['EVL', '+AT', 'PRT'],
		nameOf
	);
	const csv = toCsv(header, lineRows(series, { decimals: 1, sourceName }));

	it('neutralises formula-like text cells and leaves numbers, negative ones included, as numbers', () => {
		expect(table(csv)).toEqual([
			['code', 'place', 'year', 'value', 'flag', 'source'],
			['EVL', `'=HYPERLINK("http://x")`, '2000', '-5.0', '', 'IHME'],
			["'+AT", "'+Attack", '2000', '7.0', '', "'@Evil publisher"],
			['PRT', 'Portugal', '2000', '0.0', '', 'IHME']
		]);
		expect(csv).toContain('\nEVL,"\'=HYPERLINK(""http://x"")",2000,-5.0,,IHME\n');
		expect(csv.endsWith('IHME\n')).toBe(true);
	});

	it('starts with # header lines: title, source once, licence, definition on one line, unit, view URL, retrieved date', () => {
		const lines = csv.split('\n').filter((l) => l.startsWith('#'));
		expect(lines).toEqual([
			'# Title: Drug deaths, Portugal and Czechia, 2000–2003',
			'# Source: IHME, GBD 2019 (2020). https://example.org/gbd',
			'# Licence: CC BY 4.0',
			'# Definition: Deaths from drug use disorders, age-standardised.',
			'# Unit: deaths per 100,000',
			'# View: https://dpe.example/compare?countries=PRT~CZE',
			'# Retrieved: 1 December 2026',
			'# Values as shown on the page (rounded to the decimals shown); an empty value is missing, not zero.',
			'# Number cells are machine-readable: a dot as decimal mark and no thousands separator.'
		]);
		expect(csv.split('\n').findIndex((l) => !l.startsWith('#'))).toBe(lines.length);
	});

	it('no piece of a header line can start a formula when a spreadsheet splits it at commas', () => {
		const lines = headerLines({ ...header, title: 'A, =1+1, "@x", -2, -2 b', dataVersion: 'ab12cd34' });
		expect(lines[0]).toBe(`# Title: A,' =1+1,' "@x", -2,' -2 b`);
		expect(lines).toContain('# Data version: ab12cd34');
	});

	it('names each indicator’s definition and unit when a file holds several', () => {
		const lines = headerLines({
			...header,
			indicators: [
				{ label: 'A', unit: '%', definition: 'Share.' },
				{ label: 'B', unit: 'per 100,000', definition: '' }
			]
		});
		expect(lines.filter((l) => /Definition|Unit/.test(l))).toEqual([
			'# Definition (A): Share.',
			'# Unit (A): %',
			'# Unit (B): per 100,000'
		]);
	});
});

describe('shownValue', () => {
	it.each([
		[1234.5, 1, '1234.5'],
		[2, 2, '2.00'],
		[-3.456, 1, '-3.5'],
		[-0.04, 1, '0.0'],
		[1e6, 0, '1000000']
	])('%d with %d decimals -> %s', (v, d, s) => {
		expect(shownValue(v, d)).toBe(s);
	});
});

describe('mapRows', () => {
	const dataset: MapDataset = {
		indicator_id: 'x',
		flags: ['', 'break', 'provisional'],
		sources: ['src-a', 'src-b'],
		years: [2010, 2015, 2019],
		places: {
			PRT: [
				[2010, 10],
				[2019, 5, 2]
			],
			CZE: [
				[2010, 4],
				[2015, 8, 1],
				[2019, 12, 0, 1]
			],
			NOR: [[2015, 6]]
		}
	};
	const places = ['PRT', 'CZE', 'NOR', 'EVL'];

	it('year mode: the ranked table’s rows (highest first), then places without a value by name, with why', () => {
		const cells = computeCells({ dataset, mode: 'year', year: 2019, from: 2010, places });
		const t = mapRows(cells.values(), { mode: 'year', decimals: 1, nameOf, sourceName });
		expect(t.columns).toEqual(['rank', 'code', 'place', 'value', 'year', 'flag', 'source', 'missing_reason']);
		expect(t.rows).toEqual([
			[1, 'CZE', 'Czechia', '12.0', 2019, 'after a break in series in 2015', '@Evil publisher', ''],
			[2, 'PRT', 'Portugal', '5.0', 2019, 'provisional', 'IHME', ''],
			['', 'EVL', '=HYPERLINK("http://x")', '', '', '', '', 'no data'],
			['', 'NOR', 'Norway', '', '', '', '', 'no data']
		]);
		expect(table(toCsv(header, t))[3]![2]).toBe(`'=HYPERLINK("http://x")`);
	});

	it('latest mode gives each value’s own year', () => {
		const cells = computeCells({ dataset, mode: 'latest', year: 2019, from: 2010, places });
		const t = mapRows(cells.values(), { mode: 'latest', decimals: 0, nameOf, sourceName });
		expect(t.rows.find((r) => r[1] === 'NOR')).toEqual([2, 'NOR', 'Norway', '6', 2015, '', 'IHME', '']);
	});

	it('change mode: % change rounded as shown (a number, negative stays negative), both ends, and the missing reason', () => {
		const cells = computeCells({ dataset, mode: 'change', year: 2019, from: 2010, places });
		const t = mapRows(cells.values(), { mode: 'change', decimals: 1, nameOf, sourceName });
		expect(t.columns).toEqual([
			'rank',
			'code',
			'place',
			'change_percent',
			'from_value',
			'from_year',
			'value',
			'year',
			'flag',
			'source',
			'missing_reason'
		]);
		expect(t.rows[0]).toEqual([
			1,
			'CZE',
			'Czechia',
			200,
			'4.0',
			2010,
			'12.0',
			2019,
			'across a break in series in 2015',
			'@Evil publisher; IHME',
			''
		]);
		expect(t.rows[1]).toEqual([2, 'PRT', 'Portugal', -50, '10.0', 2010, '5.0', 2019, 'provisional', 'IHME', '']);
		expect(t.rows[3]).toEqual(['', 'NOR', 'Norway', '', '', '', '', '', '', '', 'no value for either year']);
		const parsed = table(toCsv(header, t));
		expect(parsed[2]![3]).toBe('-50');
	});
});

describe('the CSV of a Norwegian page', () => {
	const nbHeader: CsvHeader = {
		title: 'Narkotikautløste dødsfall, Portugal og Tsjekkia, 2000–2003',
		sources: [
			{ publisher: 'IHME', title: 'GBD 2019', year: '2020', url: 'https://example.org/gbd', licence: 'CC BY 4.0' },
			{ publisher: 'WHO', title: 'Atlas', year: 'n.d.', url: 'https://example.org/atlas', licence: '' }
		],
		indicators: [{ label: 'Narkotikautløste dødsfall', unit: 'dødsfall per 100 000', definition: '' }],
		url: 'https://dpe.example/nb/compare?countries=PRT~CZE',
		retrieved: new Date('2026-12-01T23:30:00Z'),
		dataVersion: '2026-03-24-0123456789'
	};
	const series = buildSeries(
		[obs('PRT', 2000, 1234.56, 'estimate'), obs('PRT', 2001, -0.25), obs('CZE', 2000, 0.5)],
		['PRT', 'CZE'],
		(k) => ({ PRT: 'Portugal', CZE: 'Tsjekkia' })[k] ?? k
	);
	const csv = toCsv(nbHeader, lineRows(series, { decimals: 1, sourceName }, 'nb'), 'nb');

	it('header lines in Norwegian, the date as Norwegian writes it, and a line saying how numbers are written', () => {
		expect(csv.split('\n').filter((l) => l.startsWith('#'))).toEqual([
			'# Tittel: Narkotikautløste dødsfall, Portugal og Tsjekkia, 2000–2003',
			'# Kilde: IHME, GBD 2019 (2020). https://example.org/gbd',
			'# Lisens: CC BY 4.0',
			'# Kilde: WHO, Atlas (u.å.). https://example.org/atlas',
			'# Definisjon: Narkotikautløste dødsfall',
			'# Enhet: dødsfall per 100 000',
			'# Visning: https://dpe.example/nb/compare?countries=PRT~CZE',
			'# Hentet: 1. desember 2026',
			'# Dataversjon: 2026-03-24-0123456789',
			'# Verdiene er slik siden viser dem (avrundet til de viste desimalene); en tom verdi mangler, den er ikke null.',
			'# Tallcellene er maskinlesbare: punktum som desimaltegn og ingen tusenskilletegn (velg punktum som desimaltegn når du importerer filen i et regneark med norske innstillinger).'
		]);
	});

	it('Norwegian column names and words, but the numbers exactly as in English: dot decimal, no separator', () => {
		expect(table(csv)).toEqual([
			['kode', 'sted', 'år', 'verdi', 'merknad', 'kilde'],
			['PRT', 'Portugal', '2000', '1234.6', nb.flags.estimate!, 'IHME'],
			['PRT', 'Portugal', '2001', '-0.3', '', 'IHME'],
			['CZE', 'Tsjekkia', '2000', '0.5', '', 'IHME'],
			['CZE', 'Tsjekkia', '2001', '', 'ingen data', '']
		]);
		const en = table(toCsv(header, lineRows(series, { decimals: 1, sourceName })));
		expect(
			table(csv)
				.slice(1)
				.map((r) => r[3])
		).toEqual(en.slice(1).map((r) => r[3]));
	});
});

describe('the map CSV of a Norwegian page', () => {
	const dataset: MapDataset = {
		indicator_id: 'x',
		flags: ['', 'break', 'provisional'],
		sources: ['src-a'],
		years: [2015, 2019],
		places: {
			CZE: [
				[2015, 8, 1],
				[2019, 12]
			],
			PRT: [[2019, 5, 2]]
		}
	};
	// Østerrike, Åland and Zambia have no value: Norwegian puts Ø and Å after Z (English would put them first).
	const names: Record<string, string> = {
		CZE: 'Tsjekkia',
		PRT: 'Portugal',
		AUT: 'Østerrike',
		ALA: 'Åland',
		ZMB: 'Zambia'
	};
	it('writes flag and break words in Norwegian and lists missing places in Norwegian name order', () => {
		const cells = computeCells({ dataset, mode: 'year', year: 2019, from: 2015, places: Object.keys(names) });
		const t = mapRows(cells.values(), { mode: 'year', decimals: 1, nameOf: (k) => names[k]!, sourceName }, 'nb');
		expect(t.rows.map((r) => r[2])).toEqual(['Tsjekkia', 'Portugal', 'Zambia', 'Østerrike', 'Åland']);
		expect(t.rows[0]![5]).toBe('etter et brudd i tidsserien i 2015');
		expect(t.rows[1]![5]).toBe(nb.flags.provisional);
	});
});
