import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indicators, run, sources } from '../../../scripts/import/unodc.ts';
import { loadPlaces } from '../../../scripts/import/lib/places.ts';

const places = loadPlaces('data');
// Real rows of the UNODC extract (PRT 2019, GBR_E_W 2018, IRQ_KRI 2012, MLT 2018, GBR_NI 2017) plus synthetic bad rows
// (MAR year 1013, NOR blank and unreadable values, XYZ unknown code), then real rows of AUT 2013–14, 2020–21 and
// GBR_NI 2014–16 (breaks in reporting), then real FRA 2019–20 and ESP 2016 drug-possession rows.
const text = readFileSync('tests/fixtures/import/unodc/extract.csv', 'utf8');

describe('UNODC prisons importer', () => {
	const result = run(text, places, 'fixture.csv', 2025);
	const o = result.observations;
	const unplaced = result.unplaced.join('\n');

	it('keeps the published total rate and names the UNODC origin in the note', () => {
		expect(o.unodc_prison_rate!.find((r) => r.iso3 === 'PRT' && r.year === 2019)).toEqual({
			iso3: 'PRT',
			year: 2019,
			value: 125.822127143225,
			flag: '',
			source_id: 'unodc-cts-prisons-2023',
			note: 'UNODC source: CTS/WPB-ICPR'
		});
	});

	it('maps the UK parts to project codes', () => {
		expect(o.unodc_prison_rate!.find((r) => r.iso3 === 'GB-ENW' && r.year === 2018)?.value).toBe(140.01838323823);
		expect(o.unodc_prison_rate!.find((r) => r.iso3 === 'GB-NIR' && r.year === 2017)?.value).toBe(75.4209085359791);
	});

	it('uses only ICCS 06 for drug offences (published rate and count), never trafficking alone', () => {
		expect(o.unodc_prisoners_drug_offences_rate!.find((r) => r.iso3 === 'PRT')).toMatchObject({
			year: 2019,
			value: 18.0953735027949,
			flag: ''
		});
		expect(o.unodc_prisoners_drug_offences!.find((r) => r.iso3 === 'PRT')).toMatchObject({ year: 2019, value: 1862 });
		expect(o.unodc_prisoners_drug_offences!.some((r) => r.value === 1849)).toBe(false);
	});

	it('computes the share from the two counts, flagged derived, with the formula documented', () => {
		const row = o.unodc_prisoners_drug_offences_share!.find((r) => r.iso3 === 'PRT' && r.year === 2019)!;
		expect(row.value).toBe(14.4); // 1862 / 12947 × 100 = 14.38…
		expect(row.flag).toBe('derived');
		expect(row.note).toContain('1862 of 12947');
		const ind = indicators.find((i) => i.indicator_id === 'unodc_prisoners_drug_offences_share')!;
		expect(ind.derived).toBe(true);
		expect(ind.formula).toMatch(/Acts involving controlled psycho-active substances/);
		expect(ind.caveat).toMatch(/UNODC does not publish the share; computed by Drug Policy Explorer/);
	});

	it('ignores sex breakdowns and admissions', () => {
		expect(o.unodc_prison_rate!.filter((r) => r.iso3 === 'PRT')).toHaveLength(1);
		expect(o.unodc_prisoners_drug_offences!.some((r) => r.value === 12071 || r.value === 5087)).toBe(false);
	});

	it('warns in the note where possession/trafficking disagree with the 06 count', () => {
		expect(o.unodc_prisoners_drug_offences!.find((r) => r.iso3 === 'GB-NIR' && r.year === 2017)?.note).toMatch(
			/Check before quoting.*drug possession 3, drug trafficking 123/
		);
		expect(o.unodc_prisoners_drug_offences_share!.find((r) => r.iso3 === 'GB-NIR' && r.year === 2017)?.value).toBe(
			63.9
		);
	});

	it('reports a 06 zero contradicted by possession/trafficking instead of importing it', () => {
		expect(o.unodc_prisoners_drug_offences!.some((r) => r.iso3 === 'MLT')).toBe(false);
		expect(o.unodc_prisoners_drug_offences_rate!.some((r) => r.iso3 === 'MLT')).toBe(false);
		expect(unplaced).toMatch(
			/fixture\.csv:15: MLT 2018: ICCS 06 count is 0 while UNODC reports drug possession 17 and drug trafficking 139/
		);
		expect(o.unodc_prison_rate!.find((r) => r.iso3 === 'MLT')?.value).toBe(129.173735623065);
	});

	it('leaves blank values missing and reports unreadable ones, bad years and unknown codes', () => {
		expect(o.unodc_prison_rate!.some((r) => r.iso3 === 'NOR')).toBe(false);
		expect(unplaced).toMatch(/fixture\.csv:28: NOR Norway 2020 Total: value "six" is not a number/);
		expect(unplaced).toMatch(/fixture\.csv:26: MAR Morocco 1013 Total: year "1013" is outside 1990–2025/);
		expect(unplaced).toMatch(/"IRQ_KRI" Iraq \(Kurdistan Region\) \(2 rows, lines 11, 12\)/);
		expect(unplaced).toMatch(/"XYZ" Narnia/);
		expect(unplaced).not.toMatch(/fixture\.csv:27/);
	});

	it('flags a break in reporting on the first value after the jump, in the share, count and rate, and says what jumped', () => {
		const at = (id: string, iso3: string, year: number) => o[id]!.find((r) => r.iso3 === iso3 && r.year === year)!;
		const share = at('unodc_prisoners_drug_offences_share', 'AUT', 2020);
		expect(share).toMatchObject({ value: 46, flag: 'break' });
		expect(share.note).toMatch(
			/^Break in series \(reporting changed\?\): the share of persons held who are held for drug offences \(ICCS 06\) went from 10\.9% \(2014\) to 46\.0% \(2020\), persons held for drug offences from 948 to 3901/
		);
		expect(share.note).toContain('3901 of 8488 persons held'); // the derivation stays in the note
		expect(at('unodc_prisoners_drug_offences', 'AUT', 2020).flag).toBe('break');
		expect(at('unodc_prisoners_drug_offences_rate', 'AUT', 2020).flag).toBe('break');
		// Before the break and after it (2021 continues the new level) the values are as published.
		expect(at('unodc_prisoners_drug_offences_share', 'AUT', 2014).flag).toBe('derived');
		expect(at('unodc_prisoners_drug_offences_share', 'AUT', 2021)).toMatchObject({ value: 51.1, flag: 'derived' });
		expect(at('unodc_prisoners_drug_offences_share', 'GB-NIR', 2016)).toMatchObject({ value: 68.3, flag: 'break' });
		expect(at('unodc_prisoners_drug_offences_share', 'GB-NIR', 2015)).toMatchObject({ value: 5.3, flag: 'derived' }); // 3.7 -> 5.3 is no break
		expect(unplaced).toMatch(
			/2 breaks in reporting flagged .*: AUT 2020 \(10\.9% in 2014 → 46\.0%\), GB-NIR 2016 \(5\.3% in 2015 → 68\.3%\)/
		);
	});

	it('puts the breaks it found into the caveat of the drug-offence indicators (computed, not typed in)', () => {
		const c = result.caveats!;
		expect(c.unodc_prisoners_drug_offences_share).toMatch(
			/^Breaks in reporting: 2 country-years are flagged "break in series" .*Austria 2020 \(10\.9% in 2014 → 46\.0%\), Northern Ireland 2016/
		);
		expect(c.unodc_prisoners_drug_offences).toBe(c.unodc_prisoners_drug_offences_share);
		expect(c.unodc_prison_rate).toBeUndefined();
		expect(run(text.split('\n').slice(0, 30).join('\n'), places, 'fixture.csv', 2025).caveats).toEqual({});
	});

	it('imports drug possession and drug trafficking as their own published rates, never merged with ICCS 06', () => {
		expect(o.unodc_prisoners_drug_trafficking_rate!.find((r) => r.iso3 === 'PRT')).toEqual({
			iso3: 'PRT',
			year: 2019,
			value: 17.9690363086293,
			flag: '',
			source_id: 'unodc-cts-prisons-2023',
			note: 'UNODC source: CTS'
		});
		expect(o.unodc_prisoners_drug_possession_rate!.some((r) => r.iso3 === 'PRT')).toBe(false); // no possession series
		expect(o.unodc_prisoners_drug_offences_rate!.find((r) => r.iso3 === 'PRT')?.value).toBe(18.0953735027949); // 06 unchanged
		expect(o.unodc_prisoners_drug_possession_rate!.find((r) => r.iso3 === 'ESP')).toMatchObject({
			year: 2016,
			value: 0,
			flag: ''
		}); // a published 0 is kept
		// GB-NIR 2017 has counts but no published rates: nothing is computed.
		expect(o.unodc_prisoners_drug_possession_rate!.some((r) => r.iso3 === 'GB-NIR')).toBe(false);
		const ids = indicators.map((i) => i.indicator_id);
		expect(ids).toContain('unodc_prisoners_drug_possession_rate');
		expect(ids).toContain('unodc_prisoners_drug_trafficking_rate');
		const pos = indicators.find((i) => i.indicator_id === 'unodc_prisoners_drug_possession_rate')!;
		expect(pos.comparability).not.toBe(
			indicators.find((i) => i.indicator_id === 'unodc_prisoners_drug_offences_rate')!.comparability
		);
		expect(pos.caveat).toMatch(/never merged with it/);
	});

	it("keeps Malta's possession and trafficking rates when its ICCS 06 zero is dropped, without comparing them to that zero", () => {
		expect(o.unodc_prisoners_drug_possession_rate!.find((r) => r.iso3 === 'MLT')).toMatchObject({
			year: 2018,
			value: 3.45819449699544,
			note: 'UNODC source: CTS'
		});
		expect(o.unodc_prisoners_drug_trafficking_rate!.find((r) => r.iso3 === 'MLT')?.value).toBe(28.2758255930804);
	});

	it('applies the break rule to the possession share of persons held and flags the possession rate (France 2020)', () => {
		const fra = o.unodc_prisoners_drug_possession_rate!.filter((r) => r.iso3 === 'FRA');
		expect(fra.map((r) => [r.year, r.flag])).toEqual([
			[2019, ''],
			[2020, 'break']
		]);
		expect(fra[1]!.note).toMatch(
			/^Break in series \(reporting changed\?\): the share of persons held who are held for drug possession went from 0\.1% \(2019\) to 12\.0% \(2020\), persons held for drug possession from 49 to 7525/
		);
		expect(fra[1]!.note).toContain('UNODC source: CTS');
		expect(fra[1]!.value).toBe(11.6702757672981); // as published
		expect(result.caveats!.unodc_prisoners_drug_possession_rate).toMatch(
			/^Breaks in reporting: 1 country-years .*drug possession .*France 2020 \(0\.1% in 2019 → 12\.0%\)/
		);
		expect(result.caveats!.unodc_prisoners_drug_trafficking_rate).toBeUndefined();
		expect(unplaced).toMatch(/drug possession: 1 breaks in reporting flagged .*FRA 2020/);
	});

	it('has complete metadata', () => {
		expect(sources[0]!.source_id).toBe('unodc-cts-prisons-2023');
		for (const i of indicators) {
			expect(i.topic).toBe('prisons');
			expect(i.caveat.length).toBeGreaterThan(50);
			expect(i.source_id).toBe('unodc-cts-prisons-2023');
		}
	});
});
