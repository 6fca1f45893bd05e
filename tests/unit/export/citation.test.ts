import { describe, expect, it } from 'vitest';
import { buildSeries } from '../../../src/lib/charts/series.ts';
import { summariseLines } from '../../../src/lib/charts/lineSummary.ts';
import { altText, citationFor, firstSentence, formatDate, linesViewSummary } from '../../../src/lib/export/citation.ts';

const date = new Date('2026-12-01T23:59:00Z');
const url = 'https://dpe.example/compare?countries=PRT~CZE&indicator=gbd2019_drug_disorder_death_rate';
const gbd = {
	publisher: 'Institute for Health Metrics and Evaluation (IHME), via Our World in Data',
	title: 'Global Burden of Disease Study 2019 (GBD 2019) Results',
	year: '2020'
};

describe('citationFor', () => {
	it('one source: Publisher (year). Dataset. Retrieved <date> from <URL> via Drug Policy Explorer.', () => {
		expect(citationFor([gbd], { url, date })).toBe(
			'Institute for Health Metrics and Evaluation (IHME), via Our World in Data (2020). Global Burden of Disease Study 2019 (GBD 2019) Results. ' +
				`Retrieved 1 December 2026 from ${url} via Drug Policy Explorer.`
		);
	});

	it('several sources: each once, in order, one sentence each; undated says n.d.; a title ending in a full stop gets no second one', () => {
		const cdc = { publisher: 'NCHS', title: 'Drug overdose death rates.', year: 'n.d.' };
		const who = { publisher: 'WHO', title: 'Atlas', year: '' };
		expect(citationFor([gbd, cdc, gbd, who], { url: 'https://x.example/map', date })).toBe(
			'Institute for Health Metrics and Evaluation (IHME), via Our World in Data (2020). Global Burden of Disease Study 2019 (GBD 2019) Results. ' +
				'NCHS (n.d.). Drug overdose death rates. WHO (n.d.). Atlas. Retrieved 1 December 2026 from https://x.example/map via Drug Policy Explorer.'
		);
	});

	it('in Norwegian: «Hentet <dato> fra <URL>», u.å. for an undated work', () => {
		const who = { publisher: 'WHO', title: 'Atlas', year: '' };
		const nbUrl = 'https://dpe.example/nb/compare?countries=PRT~CZE';
		expect(citationFor([gbd, who, gbd], { url: nbUrl, date, lang: 'nb' })).toBe(
			'Institute for Health Metrics and Evaluation (IHME), via Our World in Data (2020). Global Burden of Disease Study 2019 (GBD 2019) Results. ' +
				`WHO (u.å.). Atlas. Hentet 1. desember 2026 fra ${nbUrl} via Drug Policy Explorer.`
		);
		expect(formatDate(date, 'nb')).toBe('1. desember 2026');
		expect(formatDate(date, 'en')).toBe('1 December 2026');
	});

	it('writes the date in the locale given, in UTC', () => {
		expect(formatDate(date, 'en-US')).toBe('December 1, 2026');
		expect(formatDate(date, 'nb')).toBe('1. desember 2026');
		expect(citationFor([gbd], { url, date, locale: 'en-US' })).toContain('Retrieved December 1, 2026 from');
	});
});

describe('summaries', () => {
	const series = buildSeries(
		[
			{ iso3: 'PRT', year: 2001, value: 2, flag: '', source_id: 's', note: '' },
			{ iso3: 'PRT', year: 2019, value: 1, flag: '', source_id: 's', note: '' }
		],
		['PRT'],
		() => 'Portugal'
	);
	const o = { measure: 'drug death rate', unit: 'per 100,000', decimals: 1 };

	it('the line summary’s first sentence only (it may have two)', () => {
		expect(summariseLines(series, o)).toMatch(/\. The largest/);
		expect(linesViewSummary(series, o)).toBe('In 2019, the drug death rate in Portugal was 1.0 per 100,000.');
	});

	it('the line summary in the language asked for', () => {
		expect(linesViewSummary(series, { measure: null, unit: 'per 100 000', decimals: 1 }, 'nb')).toBe(
			'I 2019 var verdien for Portugal 1,0 per 100 000.'
		);
	});

	it('firstSentence does not cut at a decimal point, and ends with one full stop', () => {
		expect(firstSentence('Rates fell 1.5 per 100,000 in Portugal. Then rose.')).toBe(
			'Rates fell 1.5 per 100,000 in Portugal.'
		);
		expect(firstSentence('No full stop')).toBe('No full stop.');
		expect(firstSentence('Raten falt 1,5 i Portugal. Østerrike steg.')).toBe('Raten falt 1,5 i Portugal.');
		expect(firstSentence('Raten falt. «Estimat» gjelder.')).toBe('Raten falt.');
	});

	it('alt text names the kind of image, then the summary', () => {
		expect(altText('line', 'In 2019, x.')).toBe('Line chart: In 2019, x.');
		expect(altText('map', 'In 2019, y.')).toBe('Map: In 2019, y.');
		expect(altText('line', 'I 2019 var x.', 'nb')).toBe('Linjediagram: I 2019 var x.');
		expect(altText('map', 'I 2019 var y.', 'nb')).toBe('Kart: I 2019 var y.');
	});
});
