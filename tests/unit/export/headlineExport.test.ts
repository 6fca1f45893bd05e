import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { IndicatorCard, SourceLite } from '../../../src/lib/data/countryPage.ts';
import {
	headlineCitation,
	headlineCsv,
	headlineFigureMeta,
	headlineSources
} from '../../../src/lib/export/headlineExport.ts';

const src = (source_id: string, publisher: string, title: string, year: string): SourceLite => ({
	source_id,
	publisher,
	title,
	year,
	licence: 'CC BY 4.0',
	url: `https://example.org/${source_id}`
});
const gbd = src('gbd', 'IHME', 'GBD 2019', '2020');
const unodc = src('unodc', 'UNODC', 'Prisons', '2023');
const wb = src('wb', 'World Bank', 'Population', '2025');
const card = (
	id: string,
	label: string,
	unit: string,
	decimals: number,
	points: IndicatorCard['points'],
	refs: number[]
): IndicatorCard => ({
	indicator: {
		indicator_id: id,
		short_label: label,
		unit,
		decimals,
		derived: false,
		source_id: id === 'deaths' ? 'gbd' : 'unodc',
		topic: 'deaths'
	},
	points,
	refs,
	modelled: false,
	peers: []
});
const input = {
	iso3: 'PRT',
	place: 'Portugal',
	cards: [
		card(
			'deaths',
			'Drug deaths',
			'per 100,000',
			2,
			[
				[2000, 1.234],
				[2002, -0.5]
			],
			[1]
		),
		card('prison', 'Prison, drug offences', '%', 1, [[2019, 15.25, 'provisional', 'wb']], [3, 2])
	],
	sourceList: [
		{ publisher: 'IHME', datasets: [{ n: 1, source: gbd }] },
		{ publisher: 'UNODC', datasets: [{ n: 2, source: unodc }] },
		{ publisher: 'World Bank', datasets: [{ n: 3, source: wb }] }
	],
	definitions: { deaths: 'Deaths from drug use disorders.' },
	url: 'https://dpe.example/country/PRT',
	date: new Date('2026-12-01T12:00:00Z'),
	dataVersion: 'ab12cd34'
};

describe('country page key numbers', () => {
	it('the CSV holds each headline chart’s rows, indicator by indicator, values as shown', () => {
		const csv = headlineCsv(input);
		const rows = Papa.parse<string[]>(csv, { comments: '#', skipEmptyLines: true }).data;
		expect(rows).toEqual([
			['indicator', 'unit', 'code', 'place', 'year', 'value', 'flag', 'source'],
			['Drug deaths', 'per 100,000', 'PRT', 'Portugal', '2000', '1.23', '', 'IHME'],
			['Drug deaths', 'per 100,000', 'PRT', 'Portugal', '2002', '-0.50', '', 'IHME'],
			['Prison, drug offences', '%', 'PRT', 'Portugal', '2019', '15.3', 'provisional', 'World Bank']
		]);
		expect(csv).toContain('# Title: Portugal: key numbers\n');
		expect(csv).toContain('# Definition (Drug deaths): Deaths from drug use disorders.\n');
		expect(csv).toContain('# Unit (Prison, drug offences): %\n');
		expect(csv).toContain(
			'# View: https://dpe.example/country/PRT\n# Retrieved: 1 December 2026\n# Data version: ab12cd34\n'
		);
	});

	it('cites every dataset the headline charts use, in the page’s numbering', () => {
		expect(headlineSources(input).map((s) => s.source_id)).toEqual(['gbd', 'unodc', 'wb']);
		expect(headlineCitation(input)).toBe(
			'IHME (2020). GBD 2019. UNODC (2023). Prisons. World Bank (2025). Population. Retrieved 1 December 2026 from https://dpe.example/country/PRT via Drug Policy Explorer.'
		);
	});
});

describe('country page key numbers on a Norwegian page', () => {
	const nbInput = { ...input, url: 'https://dpe.example/nb/country/PRT', lang: 'nb' as const };

	it('the CSV: Norwegian title, header lines and columns; the same numbers', () => {
		const csv = headlineCsv(nbInput);
		const rows = Papa.parse<string[]>(csv, { comments: '#', skipEmptyLines: true }).data;
		expect(rows[0]).toEqual(['indikator', 'enhet', 'kode', 'sted', 'år', 'verdi', 'merknad', 'kilde']);
		expect(rows.slice(1).map((r) => r[5])).toEqual(['1.23', '-0.50', '15.3']);
		expect(csv).toContain('# Tittel: Portugal: nøkkeltall\n');
		expect(csv).toContain(
			'# Visning: https://dpe.example/nb/country/PRT\n# Hentet: 1. desember 2026\n# Dataversjon: ab12cd34\n'
		);
	});

	it('the citation in Norwegian', () => {
		expect(headlineCitation(nbInput)).toBe(
			'IHME (2020). GBD 2019. UNODC (2023). Prisons. World Bank (2025). Population. Hentet 1. desember 2026 fra https://dpe.example/nb/country/PRT via Drug Policy Explorer.'
		);
	});

	it('the image: the embed’s Norwegian title and unit line, alt text led by «Linjediagram»', () => {
		const m = headlineFigureMeta(nbInput)!;
		expect(m.title).toBe('Drug deaths i Portugal');
		expect(m.subtitle).toBe('Enhet: per 100,000.');
		expect(m.alt).toMatch(/^Linjediagram: /);
		expect(m.url).toBe('https://dpe.example/nb/country/PRT');
	});
});
