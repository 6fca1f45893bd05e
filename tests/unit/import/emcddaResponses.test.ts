import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HSR_SOURCE, indicators, run, shareSum, sources } from '../../../scripts/import/emcddaResponses.ts';
import { unitBounds } from '../../../src/lib/data/units.ts';
import { loadPlaces } from '../../../scripts/import/lib/places.ts';
import { readWorldBankApiCsv } from '../../../scripts/import/lib/population.ts';
import type { Workbooks } from '../../../scripts/import/emcdda.ts';

const places = loadPlaces('data');
/**
 * Rows of the three EMCDDA sheets as read-excel-file returns them: real rows (Belgium, Czechia, Finland, Germany,
 * Norway, Portugal, Turkey, the UK and its parts, Cyprus, Italy) with synthetic changes: a "Narnia" row in HSR-3-2, a
 * 2005 column kept beside 2014–2017, Latvia's buprenorphine count set to "139?". Population: real World Bank 15–64
 * values for BEL, CZE, FIN, NOR, PRT 2014–2017, PRT 2014 blanked.
 */
const books = (): Workbooks => JSON.parse(readFileSync('tests/fixtures/import/emcdda-responses/sheets.json', 'utf8'));
const pop1564 = readWorldBankApiCsv(
	readFileSync('tests/fixtures/import/emcdda-responses/API_SP.POP.1564.TO_fixture.csv', 'utf8'),
	'pop1564.csv',
	'SP.POP.1564.TO'
);

describe('EMCDDA health and social responses importer', () => {
	const result = run(books(), pop1564, places, 'emcdda');
	const o = result.observations;
	const unplaced = result.unplaced.join('\n');
	const at = (id: string, iso3: string, year: number) => o[id]!.find((r) => r.iso3 === iso3 && r.year === year);

	it('adds the OST counts by medicine (HSR-3-3), flagged derived, with the sum spelled out', () => {
		expect(at('emcdda_ost_clients', 'PRT', 2017)).toEqual({
			iso3: 'PRT',
			year: 2017,
			value: 17167,
			flag: 'derived',
			source_id: HSR_SOURCE,
			note: '11411 methadone + 5756 buprenorphine-based medicines = 17167. EMCDDA table has a note for this country (not copied in the source file)'
		});
		// Germany: six medicines, published zeros included (59021 + 18360 + 473 + 79 + 788 + 79)
		expect(at('emcdda_ost_clients', 'DEU', 2017)?.value).toBe(78800);
		expect(indicators.find((i) => i.indicator_id === 'emcdda_ost_clients')).toMatchObject({
			derived: true,
			topic: 'treatment'
		});
	});

	it('derives the rate per 1,000 aged 15–64 from the World Bank population, and says when there is none', () => {
		// Czechia 2017: 2249 / 6 918 187 × 1000 = 0.3250… → 0.33
		const cze = at('emcdda_ost_clients_rate', 'CZE', 2017)!;
		expect(cze.value).toBe(Math.round((2249 / 6918187) * 1000 * 100) / 100);
		expect(cze.value).toBe(0.33);
		expect(cze.flag).toBe('derived');
		expect(cze.note).toContain('2249 clients in OST ÷ 6918187 people aged 15–64');
		// Methadone, Portugal 2016: 11371 / 6 700 209 × 1000 = 1.697… → 1.7
		expect(at('emcdda_methadone_clients_rate', 'PRT', 2016)?.value).toBe(1.7);
		expect(at('emcdda_methadone_clients_rate', 'PRT', 2014)).toBeUndefined();
		expect(at('emcdda_methadone_clients', 'PRT', 2014)?.value).toBe(11112); // the count stays
		expect(unplaced).toMatch(
			/no SP\.POP\.1564\.TO population for PRT 2014: emcdda_methadone_clients_rate not computed/
		);
		expect(unplaced).toMatch(/no SP\.POP\.1564\.TO population for DEU 2017: emcdda_ost_clients_rate not computed/);
	});

	it("flags EMCDDA shares that do not add up to 100 % (Belgium 88 + 16) and reads Finland's fractions as shares", () => {
		expect(at('emcdda_ost_clients', 'BEL', 2017)?.note).toMatch(
			/Check before quoting: EMCDDA's shares for these medicines add up to 104 %/
		);
		expect(at('emcdda_ost_clients_rate', 'BEL', 2017)?.note).toMatch(/add up to 104 %/);
		expect(at('emcdda_ost_clients', 'FIN', 2015)?.note).toBe(
			'1084 methadone + 1865 buprenorphine-based medicines = 2949'
		);
		expect(
			shareSum({ counts: { methadone: 1, buprenorphine: 1 }, shares: { methadone: 0.37, buprenorphine: 0.63 } })
		).toBe(100);
		expect(shareSum({ counts: { methadone: 1 }, shares: {} })).toBeNull();
		expect(result.caveats!.emcdda_ost_clients).toMatch(/do not add up to 100 % \(±2\) in Belgium 2017 \(104 %\)/);
	});

	it('keeps methadone clients by year as published and marks where HSR-3-2 and HSR-3-3 disagree (Norway 2017)', () => {
		expect(o.emcdda_methadone_clients!.filter((r) => r.iso3 === 'NOR').map((r) => [r.year, r.value])).toEqual([
			[2005, 2662],
			[2014, 2958],
			[2015, 2924],
			[2016, 2871],
			[2017, 991]
		]);
		const check =
			/Check before quoting: EMCDDA's tables disagree for Norway 2017: 991 methadone clients in HSR-3-2, 2896 in HSR-3-3/;
		expect(at('emcdda_methadone_clients', 'NOR', 2017)).toMatchObject({ flag: '', note: expect.stringMatching(check) });
		expect(at('emcdda_methadone_clients', 'NOR', 2016)?.note).toBe('');
		expect(at('emcdda_ost_clients', 'NOR', 2017)?.note).toMatch(check);
		expect(result.caveats!.emcdda_methadone_clients).toMatch(
			/HSR-3-2 and HSR-3-3 give different numbers of methadone clients for Norway 2017/
		);
		expect(o.emcdda_methadone_clients!.some((r) => r.iso3 === 'BEL' && r.year === 2005)).toBe(false); // blank, not 0
	});

	it('does not place the "United Kingdom" OST and methadone rows (not the whole UK), and says why', () => {
		for (const id of [
			'emcdda_ost_clients',
			'emcdda_methadone_clients',
			'emcdda_methadone_clients_rate',
			'emcdda_ost_buprenorphine_clients'
		]) {
			expect(o[id]!.some((r) => r.iso3 === 'GBR')).toBe(false);
		}
		expect(unplaced).toMatch(
			/methadoneClients\.xlsx HSR-3-2 row 7: "United Kingdom": far too small to be the whole country \(EMCDDA Statistical Bulletin 2007 table HSR-11 gave 109,500 methadone clients for England alone in 2005; this row gives 582 methadone clients for 2005\)/
		);
		expect(unplaced).toMatch(
			/opioidSubstitutionTreatment\.xlsx HSR-3-3 row 10: "United Kingdom": far too small .*this row gives 1403 methadone clients for 2017/
		);
		expect(result.caveats!.emcdda_methadone_clients).toMatch(
			/The "United Kingdom" row \(HSR-3-3, HSR-3-2\) is not imported: it is far too small to be the whole country \(582 methadone clients in 2005, where EMCDDA/
		);
	});

	it('imports buprenorphine and heroin-assisted (diacetylmorphine) clients as published, zero kept, blank missing', () => {
		expect(at('emcdda_ost_buprenorphine_clients', 'FIN', 2015)?.value).toBe(1865);
		expect(o.emcdda_ost_diacetylmorphine_clients!.map((r) => [r.iso3, r.value])).toEqual([
			['DEU', 788],
			['LVA', 0]
		]);
		expect(o.emcdda_ost_buprenorphine_clients!.some((r) => r.iso3 === 'LVA')).toBe(false);
		expect(result.caveats!.emcdda_ost_diacetylmorphine_clients).toMatch(
			/Latest year reported, countries per year: 2017: 2\./
		);
		expect(result.caveats!.emcdda_ost_buprenorphine_clients).toMatch(/countries per year: 2015: 1, 2017: 5\./);
		// Methadone's share of the counted OST clients, lowest and highest (Czechia 743 of 2249 = 33 %; Portugal 66 %)
		expect(result.caveats!.emcdda_methadone_clients).toMatch(
			/methadone is 33 % of the counted OST clients in Czechia 2017 and 85 % in Belgium 2017\./
		);
		expect(unplaced).toMatch(
			/HSR-3-3 row 6: Latvia\* 2017: Number of buprenorphine-based OST clients "139\?" is not a number, not imported/
		);
		// An unreadable medicine count makes the all-medicine sum unknown: no total, no rate (a partial sum would look whole).
		expect(o.emcdda_ost_clients!.some((r) => r.iso3 === 'LVA')).toBe(false);
		expect(o.emcdda_ost_clients_rate!.some((r) => r.iso3 === 'LVA')).toBe(false);
		expect(unplaced).toMatch(
			/HSR-3-3 row 6: Latvia\* 2017: the count for buprenorphine-based medicines is unreadable, so no all-medicine sum/
		);
	});

	it('reports a row without year or values and names without a code', () => {
		expect(unplaced).toMatch(/HSR-3-3 row 9: "Turkey": no year and no values \(nothing reported\)/);
		expect(unplaced).toMatch(/HSR-3-2 row 6: "Narnia": no project code for this name, not imported/);
	});

	it('keeps syringes in thousands as published, places the UK parts and says which part has none', () => {
		expect(at('emcdda_syringes_provided', 'CZE', 2017)).toEqual({
			iso3: 'CZE',
			year: 2017,
			value: 6410,
			flag: '',
			source_id: HSR_SOURCE,
			note: 'EMCDDA table has a note for this country (not copied in the source file)'
		});
		expect(o.emcdda_syringes_provided!.filter((r) => r.iso3 === 'CYP').map((r) => r.value)).toEqual([0, 0, 0, 0]);
		expect(at('emcdda_syringes_provided', 'GB-WLS', 2016)?.value).toBe(3100);
		expect(at('emcdda_syringes_provided', 'GB-NIR', 2016)?.value).toBe(310);
		expect(at('emcdda_syringes_provided', 'GB-NIR', 2017)).toBeUndefined();
		expect(o.emcdda_syringes_provided!.some((r) => r.iso3 === 'GB-ENG' || r.iso3 === 'ITA')).toBe(false);
		expect(result.caveats!.emcdda_syringes_provided).toBe(
			'The United Kingdom reports in parts: Wales, Northern Ireland, Scotland have figures; England has none in this table.'
		);
		const ind = indicators.find((i) => i.indicator_id === 'emcdda_syringes_provided')!;
		expect(ind.unit).toBe('thousand syringes provided in the year'); // "6,410 thousand syringes …" in a sentence
		expect(ind.caveat).toMatch(/Number syringes \(x 1000\)/);
	});

	it('refuses a workbook whose sheet is not the expected EMCDDA table', () => {
		const b = books();
		b['socialResponses/opioidSubstitutionTreatment.xlsx']!.sheet = 'HSR-2-3';
		expect(() => run(b, pop1564, places, 'emcdda')).toThrow(
			/opioidSubstitutionTreatment\.xlsx: sheet is "HSR-2-3", expected EMCDDA table code HSR-3-3/
		);
		const c = books();
		c['socialResponses/opioidSubstitutionTreatment.xlsx']!.rows[0]![4] = 'Number of Subutex clients';
		expect(() => run(c, pop1564, places, 'emcdda')).toThrow(
			/column "Number of buprenorphine-based OST clients" not found/
		);
	});

	it('has complete metadata whose units the data checker can bound', () => {
		expect(sources.map((s) => s.source_id)).toEqual([HSR_SOURCE]);
		for (const i of indicators) {
			expect(i.topic).toBe('treatment');
			expect(i.caveat.length).toBeGreaterThan(80);
			expect(unitBounds(i.unit)).not.toBeNull();
			if (i.derived) expect(i.formula).toMatch(/HSR-3-[23]/);
		}
		expect(unitBounds(indicators.find((i) => i.indicator_id === 'emcdda_ost_clients_rate')!.unit)).toMatchObject({
			kind: 'rate',
			max: 1000
		});
	});
});
