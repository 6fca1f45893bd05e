/**
 * The map's summary sentence in English and Norwegian, against sentences written by hand: each language has its own
 * word order ("In 2019, Norway had …" / "I 2019 hadde Norge …"), articles ("the Czech Republic" / "Tsjekkia"), number
 * format ("1,234" / "1 234") and unit hints in words ("number of …" / "antallet …").
 */
import { describe, expect, it } from 'vitest';
import { formatChange, summariseMap, type MapSummaryInput } from '../../../src/lib/charts/mapSummary.ts';
import { computeCells } from '../../../src/lib/map/mapCells.ts';
import { packDataset } from '../../../src/lib/map/dataset.ts';
import type { Observation } from '../../../src/lib/data/types.ts';
import type { Lang } from '../../../src/lib/strings/lang.ts';
import { mapText } from '../../../src/lib/strings/map.ts';

const NBSP = '\u00a0';
const o = (iso3: string, year: number, value: number, flag: Observation['flag'] = ''): Observation => ({
	iso3,
	year,
	value,
	flag,
	source_id: 'src',
	note: ''
});
const names: Record<Lang, Record<string, string>> = {
	en: { PRT: 'Portugal', NOR: 'Norway', EST: 'Estonia', CZE: 'Czech Republic', NOD: 'Nodataland' },
	nb: { PRT: 'Portugal', NOR: 'Norge', EST: 'Estland', CZE: 'Tsjekkia', NOD: 'Ingendataland' }
};
const deaths = packDataset('rate', 'src', [
	o('PRT', 2015, 6),
	o('PRT', 2019, 7.5),
	o('PRT', 2020, 8),
	o('NOR', 2015, 81.2),
	o('NOR', 2019, 76.5),
	o('NOR', 2020, 70.2),
	o('EST', 2015, 30),
	o('EST', 2019, 38.1, 'provisional'),
	o('CZE', 2015, 5),
	o('CZE', 2019, 5)
]);
const label: Record<Lang, string> = {
	en: 'Drug-induced deaths per million 15–64',
	nb: 'Narkotikautløste dødsfall per million, 15–64 år'
};
const unit: Record<Lang, string> = {
	en: 'deaths per million population aged 15–64',
	nb: 'dødsfall per million innbyggere i alderen 15–64 år'
};

function summary(
	lang: Lang,
	opts: { mode?: MapSummaryInput['mode']; year: number; from?: number; places: string[]; region?: string },
	dataset = deaths,
	words = { label, unit, decimals: 1 }
): string {
	const m = mapText[lang];
	const mode = opts.mode ?? 'year';
	const from = opts.from ?? 2015;
	return summariseMap(
		{
			cells: computeCells({ dataset, mode, year: opts.year, from, places: opts.places }).values(),
			nameOf: (i) => names[lang][i] ?? i,
			mode,
			year: opts.year,
			from,
			measure: m.summary.measureInText(words.label[lang], Object.values(names[lang])),
			unit: words.unit[lang],
			decimals: words.decimals,
			where: opts.region ? m.summaryWhere.region(m.regions[opts.region]!) : m.summaryWhere.world
		},
		lang
	);
}

describe('the map summary in English and Norwegian', () => {
	it('a normal year: highest and lowest, every place with data', () => {
		const places = ['PRT', 'NOR', 'CZE'];
		expect(summary('en', { year: 2019, places })).toBe(
			'In 2019, Norway had the highest drug-induced deaths per million 15–64 (76.5 deaths per million population aged 15–64) and the Czech Republic the lowest (5.0 deaths per million population aged 15–64); 3 of 3 places on the world map have data.'
		);
		expect(summary('nb', { year: 2019, places })).toBe(
			'I 2019 hadde Norge den høyeste verdien for narkotikautløste dødsfall per million, 15–64 år (76,5 dødsfall per million innbyggere i alderen 15–64 år) og Tsjekkia den laveste (5,0 dødsfall per million innbyggere i alderen 15–64 år); 3 av 3 steder på verdenskartet har data.'
		);
	});

	it('a year with missing countries counts them (in a region view)', () => {
		const places = ['PRT', 'NOR', 'EST', 'CZE', 'NOD'];
		expect(summary('en', { year: 2020, places, region: 'europe' })).toBe(
			'In 2020, Norway had the highest drug-induced deaths per million 15–64 (70.2 deaths per million population aged 15–64) and Portugal the lowest (8.0 deaths per million population aged 15–64); 2 of 5 places in the Europe view have data; 3 have no value.'
		);
		expect(summary('nb', { year: 2020, places, region: 'europe' })).toBe(
			'I 2020 hadde Norge den høyeste verdien for narkotikautløste dødsfall per million, 15–64 år (70,2 dødsfall per million innbyggere i alderen 15–64 år) og Portugal den laveste (8,0 dødsfall per million innbyggere i alderen 15–64 år); 2 av 5 steder i kartutsnittet Europa har data; 3 har ingen verdi.'
		);
	});

	it('a single country with a value, a count written with thousands separators and the unit hint in words', () => {
		const prisoners = packDataset('count', 'src', [o('EST', 2010, 1234)]);
		const words = {
			label: { en: 'Prisoners held for drug offences (count)', nb: 'Innsatte for narkotikalovbrudd (antall)' },
			unit: { en: 'persons held', nb: 'innsatte' },
			decimals: 0
		};
		const at = (lang: Lang) => summary(lang, { year: 2010, places: ['EST', 'NOD'] }, prisoners, words);
		expect(at('en')).toBe(
			'In 2010, only Estonia has a value of number of prisoners held for drug offences: 1,234 persons held. 1 of 2 places on the world map has data; 1 has no value.'
		);
		expect(at('nb')).toBe(
			`I 2010 hadde bare Estland en verdi for antallet innsatte for narkotikalovbrudd: 1${NBSP}234 innsatte. 1 av 2 steder på verdenskartet har data; 1 har ingen verdi.`
		);
		// One place in view: the singular noun.
		expect(summary('nb', { year: 2010, places: ['EST'] }, prisoners, words)).toMatch(
			/1 av 1 sted på verdenskartet har data\.$/
		);
	});

	// The caution words are charts/caution.ts's, the same as /compare's and the country pages'.
	it('a flagged value says so in the language of the page', () => {
		const places = ['EST', 'PRT'];
		expect(summary('nb', { year: 2019, places })).toBe(
			`I 2019 hadde Estland den høyeste verdien for narkotikautløste dødsfall per million, 15–64 år (38,1 dødsfall per million innbyggere i alderen 15–64 år, foreløpig tall) og Portugal den laveste (7,5 dødsfall per million innbyggere i alderen 15–64 år); 2 av 2 steder på verdenskartet har data.`
		);
	});

	it('the latest value of each place, with the older years named', () => {
		const places = ['PRT', 'EST'];
		expect(summary('en', { mode: 'latest', year: 2020, places })).toBe(
			'Using each place’s latest value up to 2020, Estonia had the highest drug-induced deaths per million 15–64 (38.1 deaths per million population aged 15–64, 2019, provisional) and Portugal the lowest (8.0 deaths per million population aged 15–64); 2 of 2 places on the world map have data.'
		);
		expect(summary('nb', { mode: 'latest', year: 2020, places })).toMatch(
			/^Med hvert steds siste verdi til og med 2020 hadde Estland den høyeste verdien for narkotikautløste dødsfall per million, 15–64 år \(38,1 dødsfall per million innbyggere i alderen 15–64 år, 2019, .+\) og Portugal den laveste \(8,0 dødsfall per million innbyggere i alderen 15–64 år\); 2 av 2 steder på verdenskartet har data\.$/
		);
	});

	it('change: the largest rise and fall, % written the Norwegian way', () => {
		const places = ['PRT', 'NOR', 'CZE'];
		expect(summary('en', { mode: 'change', from: 2015, year: 2019, places })).toBe(
			'Between 2015 and 2019, Portugal had the largest rise in drug-induced deaths per million 15–64 (+25%) and Norway the largest fall (−6%); 3 of 3 places on the world map have data.'
		);
		expect(summary('nb', { mode: 'change', from: 2015, year: 2019, places })).toBe(
			`Mellom 2015 og 2019 hadde Portugal den største økningen i narkotikautløste dødsfall per million, 15–64 år (+25${NBSP}%) og Norge den største nedgangen (−6${NBSP}%); 3 av 3 steder på verdenskartet har data.`
		);
		// No fall anywhere: Norwegian says so in its own clause.
		expect(summary('nb', { mode: 'change', from: 2015, year: 2019, places: ['PRT', 'CZE'] })).toBe(
			`Mellom 2015 og 2019 hadde Portugal den største økningen i narkotikautløste dødsfall per million, 15–64 år (+25${NBSP}%), og ingen steder hadde en nedgang; 2 av 2 steder på verdenskartet har data.`
		);
		expect(summary('nb', { mode: 'change', from: 2015, year: 2019, places: ['NOR', 'CZE'] })).toBe(
			`Mellom 2015 og 2019 hadde ingen steder en økning i narkotikautløste dødsfall per million, 15–64 år, og Norge hadde den største nedgangen (−6${NBSP}%); 2 av 2 steder på verdenskartet har data.`
		);
	});

	it('nothing with a value', () => {
		expect(summary('en', { year: 1995, places: ['PRT', 'NOD'] })).toBe(
			'No place on the world map has a value of drug-induced deaths per million 15–64 for 1995.'
		);
		expect(summary('nb', { year: 1995, places: ['PRT', 'NOD'] })).toBe(
			'Ingen steder på verdenskartet har en verdi for narkotikautløste dødsfall per million, 15–64 år i 1995.'
		);
	});

	it('formats a change with its sign in each language', () => {
		expect([formatChange(12.4, 'en'), formatChange(-40, 'en'), formatChange(0.2, 'en')]).toEqual([
			'+12%',
			'−40%',
			'±0%'
		]);
		expect([formatChange(1234, 'nb'), formatChange(-40, 'nb')]).toEqual([`+1${NBSP}234${NBSP}%`, `−40${NBSP}%`]);
	});

	it('keeps names and acronyms capitalised inside a Norwegian sentence', () => {
		const m = mapText.nb.summary.measureInText;
		expect(m('Overdosedødsfall i USA (NCHS)', [])).toBe('overdosedødsfall i USA (NCHS)');
		expect(m('HIV-diagnoser', [])).toBe('HIV-diagnoser');
		expect(m('Innsatte for narkotikalovbrudd (%)', [])).toBe('andelen innsatte for narkotikalovbrudd');
		expect(m('Skottland: dødsfall', ['Skottland'])).toBe('Skottland: dødsfall');
	});
});
