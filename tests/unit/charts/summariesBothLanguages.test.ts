/**
 * The sentences the compare view and every line chart write, in English and in Norwegian bokmål, against sentences
 * written by hand: each language has its own word order (Norwegian V2: «I 2015 hadde Norge …»), its own verbs
 * («falt», «steg»), its own number format (decimal comma, no-break space between thousands) and its own plural rules.
 */
import { describe, expect, it } from 'vitest';
import { summariseLines, listJoin } from '../../../src/lib/charts/lineSummary.ts';
import { summariseCompare, type CompareSummaryInput } from '../../../src/lib/charts/compareSummary.ts';
import { caution, flagNote } from '../../../src/lib/charts/caution.ts';
import { layoutLineChart } from '../../../src/lib/charts/lineChartLayout.ts';
import { mixWarning } from '../../../src/lib/charts/comparability.ts';
import { seriesDigest } from '../../../src/lib/charts/seriesDigest.ts';
import type { Series } from '../../../src/lib/data/series.ts';
import type { Flag, Indicator, Source } from '../../../src/lib/data/types.ts';
import type { Reform } from '../../../src/lib/stats/reform.ts';
import { compareText } from '../../../src/lib/strings/compare.ts';
import { labelAtStart, labelInText } from '../../../src/lib/strings/labelInText.ts';

const NBSP = '\u00a0';
const s = (label: string, pts: [number, number, Flag?][]): Series => ({
	key: label,
	label,
	points: pts.map(([year, value, flag]) => ({ year, value, flag: flag ?? '', source_id: 'x', note: '' }))
});
/** Portugal: a break in series in 2008 and a provisional latest value; Norway: plain; Sweden: no data at all. */
const portugal = s('Portugal', [
	[2001, 3.2],
	[2008, 2.9, 'break'],
	[2015, 2.1, 'provisional']
]);
const norway = (name: string) =>
	s(name, [
		[2001, 9.1],
		[2015, 12.4]
	]);
const sweden = (name: string) => s(name, []);

describe('line summary (charts/lineSummary.ts)', () => {
	it('English: highest and lowest with the caution words, the largest change, the place without data', () => {
		expect(
			summariseLines([portugal, norway('Norway'), sweden('Sweden')], { unit: 'per 100,000', decimals: 1, lang: 'en' })
		).toBe(
			'In 2015, Norway had the highest value (12.4 per 100,000) and Portugal the lowest (2.1 per 100,000, after a break in series in 2008, provisional). ' +
				'The largest relative rise was in Norway: from 9.1 per 100,000 in 2001 to 12.4 per 100,000 in 2015. No data for Sweden.'
		);
	});
	it('Norwegian: own word order, decimal comma, «høyest»/«lavest», «Ingen data»', () => {
		expect(
			summariseLines([portugal, norway('Norge'), sweden('Sverige')], {
				unit: `per 100${NBSP}000`,
				decimals: 1,
				lang: 'nb'
			})
		).toBe(
			`I 2015 hadde Norge høyest verdi (12,4 per 100${NBSP}000) og Portugal lavest (2,1 per 100${NBSP}000, etter et brudd i tidsserien i 2008, foreløpig tall). ` +
				`Størst relativ økning hadde Norge: fra 9,1 per 100${NBSP}000 i 2001 til 12,4 per 100${NBSP}000 i 2015. Ingen data for Sverige.`
		);
	});
	it('one line: its latest value, with its caution; a fall', () => {
		const one = [portugal];
		expect(summariseLines(one, { unit: 'per million', decimals: 1, lang: 'en' })).toBe(
			'In 2015, the value in Portugal was 2.1 per million (after a break in series in 2008, provisional). ' +
				'The largest relative fall was in Portugal: from 3.2 per million in 2001 to 2.1 per million in 2015 (across a break in series in 2008, provisional).'
		);
		expect(summariseLines(one, { unit: 'per million', decimals: 1, lang: 'nb' })).toBe(
			'I 2015 var verdien for Portugal 2,1 per million (etter et brudd i tidsserien i 2008, foreløpig tall). ' +
				'Størst relativ nedgang hadde Portugal: fra 3,2 per million i 2001 til 2,1 per million i 2015 (over et brudd i tidsserien i 2008, foreløpig tall).'
		);
	});
	it('English puts "the" before the names that take it; Norwegian never', () => {
		const two = (a: string, b: string) => [s(a, [[2020, 5]]), s(b, [[2020, 1]])];
		expect(summariseLines(two('Netherlands', 'Portugal'), { unit: '', decimals: 0, lang: 'en' })).toBe(
			'In 2020, the Netherlands had the highest value (5) and Portugal the lowest (1).'
		);
		expect(summariseLines(two('Nederland', 'Portugal'), { unit: '', decimals: 0, lang: 'nb' })).toBe(
			'I 2020 hadde Nederland høyest verdi (5) og Portugal lavest (1).'
		);
	});
	it('lists end with "and" / «og»', () => {
		expect(listJoin(['Portugal', 'Spain', 'Norway'])).toBe('Portugal, Spain and Norway');
		expect(listJoin(['Portugal', 'Spania', 'Norge'], 'nb')).toBe('Portugal, Spania og Norge');
	});
});

const base = (lang: 'en' | 'nb', over: Partial<CompareSummaryInput>): CompareSummaryInput => ({
	series: [],
	measure: lang === 'en' ? 'Drug-induced deaths per million 15–64' : 'Narkotikautløste dødsfall per million, 15–64 år',
	unit: 'per million',
	decimals: 1,
	aligned: false,
	index: false,
	reforms: new Map(),
	reformLabel: lang === 'en' ? 'Decriminalisation of possession' : 'Avkriminalisering av besittelse',
	n: 5,
	lang,
	...over
});
const reform = (iso3: string, year: number): Reform => ({
	iso3,
	year,
	date: String(year),
	basis: 'event',
	title: '',
	eventType: 'decriminalisation',
	refs: [],
	event: null
});

describe('compare summary (charts/compareSummary.ts)', () => {
	it('one place, first to latest value: Norwegian says the direction with its verb («falt fra … til …»)', () => {
		expect(summariseCompare(base('en', { series: [portugal] }))).toBe(
			'Drug-induced deaths per million 15–64 in Portugal went from 3.2 per million in 2001 to 2.1 per million in 2015 (across a break in series in 2008, provisional).'
		);
		expect(summariseCompare(base('nb', { series: [portugal] }))).toBe(
			'Narkotikautløste dødsfall per million, 15–64 år i Portugal falt fra 3,2 per million i 2001 til 2,1 per million i 2015 (over et brudd i tidsserien i 2008, foreløpig tall).'
		);
		const rising = s('Norge', [
			[2010, 40.25],
			[2020, 1234.5]
		]);
		expect(summariseCompare(base('nb', { series: [rising] }))).toBe(
			`Narkotikautløste dødsfall per million, 15–64 år i Norge steg fra 40,3 per million i 2010 til 1${NBSP}234,5 per million i 2020.`
		);
		// Two values that print the same are not a rise.
		const flat = s('Norge', [
			[2010, 3.21],
			[2020, 3.24]
		]);
		expect(summariseCompare(base('nb', { series: [flat] }))).toBe(
			'Narkotikautløste dødsfall per million, 15–64 år i Norge var 3,2 per million både i 2010 og i 2020.'
		);
	});
	it('several places: the highest and lowest of the latest shared year; the place without data is not counted', () => {
		expect(summariseCompare(base('en', { series: [portugal, norway('Norway'), sweden('Sweden')] }))).toBe(
			'Drug-induced deaths per million 15–64, 2001–2015: in 2015 Norway had the highest (12.4 per million) and Portugal the lowest (2.1 per million, after a break in series in 2008, provisional) of the 2 places shown.'
		);
		expect(summariseCompare(base('nb', { series: [portugal, norway('Norge'), sweden('Sverige')] }))).toBe(
			'Narkotikautløste dødsfall per million, 15–64 år, 2001–2015: i 2015 hadde Norge høyest verdi (12,4 per million) og Portugal lavest (2,1 per million, etter et brudd i tidsserien i 2008, foreløpig tall) av de 2 stedene som vises.'
		);
	});
	it('no data: says so, naming the places', () => {
		expect(summariseCompare(base('en', { series: [sweden('Sweden'), sweden('Norway')] }))).toBe(
			'No data to show for drug-induced deaths per million 15–64 in Sweden and Norway.'
		);
		expect(summariseCompare(base('nb', { series: [sweden('Sverige'), sweden('Norge')] }))).toBe(
			'Ingen data å vise for narkotikautløste dødsfall per million, 15–64 år i Sverige og Norge.'
		);
	});
	it('aligned on the reform: the change n years after, and the place that has no value then', () => {
		const aligned = (a: string, b: string) => [
			s(a, [
				[-1, 40],
				[5, 30]
			]),
			s(b, [
				[-1, 10],
				[2, 12]
			])
		];
		const reforms = (a: string, b: string) =>
			new Map([
				[a, reform(a, 2001)],
				[b, reform(b, 1990)]
			]);
		expect(
			summariseCompare(
				base('en', { aligned: true, series: aligned('Portugal', 'Czechia'), reforms: reforms('Portugal', 'Czechia') })
			)
		).toBe(
			'Drug-induced deaths per million 15–64, aligned on each country’s decriminalisation of possession: 5 years after the reform, the value was 25% lower than the year before in Portugal (reform 2001); Czechia (reform 1990) has no value for the year before or 5 years after.'
		);
		expect(
			summariseCompare(
				base('nb', { aligned: true, series: aligned('Portugal', 'Tsjekkia'), reforms: reforms('Portugal', 'Tsjekkia') })
			)
		).toBe(
			'Narkotikautløste dødsfall per million, 15–64 år, regnet fra hvert lands avkriminalisering av besittelse: 5 år etter reformen var verdien 25 % lavere enn året før i Portugal (reformår 2001); Tsjekkia (reformår 1990) mangler verdi for året før eller for 5 år etter.'
		);
	});
});

describe('caution words (charts/caution.ts) and digests in Norwegian', () => {
	it('a value after a break, a change across one, a provisional value', () => {
		expect(caution('provisional', 2008, false, 'nb')).toBe('etter et brudd i tidsserien i 2008, foreløpig tall');
		expect(caution('estimate', 2008, true, 'nb')).toBe('over et brudd i tidsserien i 2008, et anslag');
		expect(caution('', null, false, 'nb')).toBe('');
		expect(flagNote('derived', 2008, 2015, false, 'en')).toBe('derived; after a break in series in 2008');
	});
	it('a sparkline digest: numbers and caution in Norwegian', () => {
		expect(seriesDigest(portugal.points, 1, 'nb')).toEqual({
			first: { year: 2001, value: '3,2' },
			latest: { year: 2015, value: '2,1' },
			years: 3,
			span: 15,
			caution: 'over et brudd i tidsserien i 2008, foreløpig tall',
			latestCaution: 'etter et brudd i tidsserien i 2008, foreløpig tall'
		});
	});
});

describe('before/after and reform explanations (compare catalogue)', () => {
	const en = compareText.en;
	const nb = compareText.nb;
	it('the reform the before/after panel is about', () => {
		const fromTable = { date: '1990', basis: 'policies' as const, dated: false };
		expect(
			`${en.beforeAfter.reformHead} Law 30/2000 ${en.beforeAfter.reformDetails({ ...fromTable, reform: 'Decriminalisation of possession', basis: 'event', dated: true, date: '2001-07-01' })}`
		).toBe('Reform: Law 30/2000 (2001-07-01; decriminalisation of possession).');
		expect(en.beforeAfter.reformDetails({ ...fromTable, reform: 'Decriminalisation of possession' })).toBe(
			'(1990; decriminalisation of possession, year from our policy table: no dated event).'
		);
		expect(nb.beforeAfter.reformDetails({ ...fromTable, reform: 'Avkriminalisering av besittelse' })).toBe(
			'(1990; avkriminalisering av besittelse, året fra vår politikktabell: ingen datert hendelse).'
		);
		expect(nb.beforeAfter.reformYearLeftOut(2001)).toBe(
			'Selve reformåret 2001 er holdt utenfor begge periodene: reformer trer ofte i kraft midt i året.'
		);
	});
	it('the gap to the pre-reform trend continued', () => {
		expect(en.beforeAfter.gap('1.3', 'per 100,000', true)).toBe(
			'In the years after, the values were on average 1.3 per 100,000 below the pre-reform trend continued (the dashed line on the chart).'
		);
		expect(nb.beforeAfter.gap('1,3', `per 100${NBSP}000`, false)).toBe(
			`I årene etter lå verdiene i gjennomsnitt 1,3 per 100${NBSP}000 over trenden fra før reformen, videreført (den stiplede linjen i diagrammet).`
		);
		expect(en.beforeAfter.caption(2001, 'Netherlands', '%')).toBe('Before and after 2001 in the Netherlands (%)');
		expect(nb.beforeAfter.caption(2001, 'Nederland', '%')).toBe('Før og etter 2001 i Nederland (%)');
	});
	it('the notes that explain the reform years, and why a place is not drawn', () => {
		expect(nb.notes.reformOf('Portugal', 2001, 'Lov 30/2000')).toBe('Portugal: 2001 – Lov 30/2000');
		expect(nb.title.aligned('Hiv-forekomst, PWID', 'Avkriminalisering av besittelse', true)).toBe(
			'Hiv-forekomst, PWID, regnet fra hvert lands avkriminalisering av besittelse (året før = 100)'
		);
		expect(en.noBeforeAfter('Heroin-assisted treatment')).toBe(
			'No selected country has a heroin-assisted treatment in our policy data, so there is no before/after comparison. Add a reform country (e.g. Portugal) or pick another reform type.'
		);
		expect(nb.noBeforeAfter('Heroinassistert behandling')).toBe(
			'Ingen av de valgte landene har heroinassistert behandling i våre politikkdata, så det er ingen før–etter-sammenligning. Legg til et reformland (for eksempel Portugal) eller velg en annen type reform.'
		);
		expect(
			nb.problem({ code: 'noReform', key: 'NOR', place: 'Norge', reform: 'Avkriminalisering av besittelse' })
		).toBe(
			'Norge har ingen avkriminalisering av besittelse i våre politikkdata, så linjen kan ikke stilles opp etter reformen og er ikke tegnet.'
		);
		expect(nb.problem({ code: 'noBase', key: 'PRT', place: 'Portugal', year: 2000 })).toBe(
			'Portugal har ingen verdi for 2000, året før reformen, så linjen kan ikke indekseres (vi fyller ikke hull).'
		);
		expect(nb.trendLabel('Portugal', 5)).toBe('Portugal: trenden de 5 årene før reformen, videreført');
	});
});

describe('indicator labels inside a sentence (labelInText, by language)', () => {
	it('Norwegian lower-cases common nouns and "hiv", keeps names, acronyms and genitives of names', () => {
		expect(labelInText('Hiv-forekomst, PWID (UNAIDS 2019)', [], 'nb')).toBe('hiv-forekomst, PWID (UNAIDS 2019)');
		expect(labelInText('LAR-pasienter per 1 000, 15–64 år', [], 'nb')).toBe('LAR-pasienter per 1 000, 15–64 år');
		expect(labelInText('Skottlands narkotikadødsfall', ['Skottland'], 'nb')).toBe('Skottlands narkotikadødsfall');
		expect(labelInText('Europeisk narkotikarapport', [], 'nb')).toBe('europeisk narkotikarapport');
		expect(labelInText('European Drug Report', [], 'en')).toBe('European Drug Report');
		expect(labelAtStart('hiv-forekomst', [], 'nb')).toBe('Hiv-forekomst');
	});
	it('a unit hint becomes words: «andel …», «antall …»', () => {
		expect(labelInText('Innsatte for narkotikalovbrudd (%)', [], 'nb')).toBe('andel innsatte for narkotikalovbrudd');
		expect(labelInText('Innsatte for narkotikalovbrudd (antall)', [], 'nb')).toBe(
			'antall innsatte for narkotikalovbrudd'
		);
		expect(labelInText('Prisoners held for drug offences (%)', [], 'en')).toBe(
			'share of prisoners held for drug offences'
		);
	});
});

describe('numbers on the chart in Norwegian', () => {
	it('y-axis ticks: no-break space between thousands, decimal comma, compact above 10 000', () => {
		const ticks = (values: number[]) =>
			layoutLineChart({
				series: [
					s(
						'A',
						values.map((v, i) => [2000 + i, v] as [number, number])
					)
				],
				width: 600,
				height: 300,
				lang: 'nb'
			}).yTicks.map((t) => t.label);
		expect(ticks([0, 2500])).toEqual(['0', '500', `1${NBSP}000`, `1${NBSP}500`, `2${NBSP}000`, `2${NBSP}500`]);
		expect(ticks([0, 2.5])).toEqual(['0', '0,5', '1', '1,5', '2', '2,5']);
		expect(ticks([0, 50000])).toContain('50k');
	});
	it('the warning for mixed sources counts in the language', () => {
		const ind = { comparability: 'a', short_label: 'X' } as Indicator;
		const src = (publisher: string, title: string) => ({ publisher, title }) as Source;
		expect(mixWarning([ind], [src('EUDA', 'Statistical Bulletin'), src('FHI', 'Dødsårsaksregisteret')], 'nb')).toBe(
			'Verdiene som vises, kommer fra 2 ulike kilder (EUDA, Statistical Bulletin og FHI, Dødsårsaksregisteret): metodene kan være forskjellige, så sjekk kilden til hver verdi i tabellen før du sammenligner nivåer.'
		);
	});
});
