import { describe, expect, it } from 'vitest';
import { countOf, endSentence, yearRange, yearSpans } from '../../../src/lib/charts/format.ts';
import { labelAtStart, labelInText } from '../../../src/lib/strings/labelInText.ts';

describe('labels inside sentences keep their capitals', () => {
	const names = ['Scotland', 'Canada', 'United States', 'Northern Ireland'];
	it('lower-cases an ordinary first word only', () => {
		expect(labelInText('Drug-induced deaths 15–64')).toBe('drug-induced deaths 15–64');
		expect(labelInText('Drug use disorder deaths (GBD 2019)')).toBe('drug use disorder deaths (GBD 2019)');
		expect(labelInText('Decriminalisation of possession')).toBe('decriminalisation of possession');
	});
	it('keeps acronyms and names', () => {
		expect(labelInText('HIV prevalence, PWID (UNAIDS 2019)')).toBe('HIV prevalence, PWID (UNAIDS 2019)');
		expect(labelInText('US overdose deaths (NCHS)')).toBe('US overdose deaths (NCHS)');
		expect(labelInText('DCR opened')).toBe('DCR opened');
		expect(labelInText('Scotland drug misuse deaths (NRS)', names)).toBe('Scotland drug misuse deaths (NRS)');
		expect(labelInText('Canada stimulant toxicity deaths (PHAC)', names)).toBe(
			'Canada stimulant toxicity deaths (PHAC)'
		);
		expect(labelInText('European prevalence', names)).toBe('European prevalence');
		// A name must be a whole word: "Scotlandish" is not Scotland.
		expect(labelInText('Scotlandish deaths', names)).toBe('scotlandish deaths');
	});
	it('turns a unit hint into words instead of doubling the brackets', () => {
		expect(labelInText('Prisoners held for drug offences (%)')).toBe('share of prisoners held for drug offences');
		expect(labelInText('Prisoners for drug offences (count)')).toBe('number of prisoners for drug offences');
		expect(labelInText('HIV cases (count)')).toBe('number of HIV cases');
		expect(labelAtStart('Prisoners held for drug offences (%)')).toBe('Share of prisoners held for drug offences');
	});
	it('capitalises at the start of a sentence without lower-casing acronyms', () => {
		expect(labelAtStart('drug deaths')).toBe('Drug deaths');
		expect(labelAtStart('HIV prevalence')).toBe('HIV prevalence');
	});
});

describe('counts, ranges and full stops', () => {
	it('uses the singular for one', () => {
		expect(countOf(1, 'place', 'places')).toBe('1 place');
		expect(countOf(2, 'place', 'places')).toBe('2 places');
		expect(countOf(0, 'place', 'places')).toBe('0 places');
		expect(countOf(1234, 'value', 'values')).toBe('1,234 values');
	});
	it('writes a one-year range as the year', () => {
		expect(yearRange(2018, 2018)).toBe('2018');
		expect(yearRange(2010, 2021)).toBe('2010–2021');
		expect(yearRange(null, null)).toBe('');
		expect(yearSpans([2002, 2000, 2001, 2004, 2007, 2008])).toBe('2000–2002, 2004, 2007–2008');
		expect(yearSpans([])).toBe('');
	});
	it('ends a sentence with exactly one full stop', () => {
		expect(endSentence('check UNODC terms')).toBe('check UNODC terms.');
		expect(endSentence('check UNODC terms.')).toBe('check UNODC terms.');
		expect(endSentence('attribute "UNODC".')).toBe('attribute "UNODC".');
		expect(endSentence('(see the terms)')).toBe('(see the terms).');
		expect(endSentence('Really?')).toBe('Really?');
		expect(endSentence('')).toBe('');
	});
});
