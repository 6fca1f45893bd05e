import { afterEach, describe, expect, it } from 'vitest';
import { langOfPath, pathInLang, pathWithoutLang, pick, setActiveLang } from '../../../src/lib/strings/lang';
import { countOf, formatTick, formatValue } from '../../../src/lib/charts/format';

afterEach(() => setActiveLang('en'));

describe('where each language lives', () => {
	it('reads the language from the address, with or without a base path', () => {
		expect(langOfPath('/nb')).toBe('nb');
		expect(langOfPath('/nb/')).toBe('nb');
		expect(langOfPath('/nb/country/PRT')).toBe('nb');
		expect(langOfPath('/nbx')).toBe('en');
		expect(langOfPath('/map')).toBe('en');
		expect(langOfPath('/explorer/nb/map', '/explorer')).toBe('nb');
	});
	it('strips and adds the prefix without doubling it, keeping query and hash', () => {
		expect(pathWithoutLang('/nb/map')).toBe('/map');
		expect(pathWithoutLang('/nb')).toBe('/');
		expect(pathWithoutLang('/explorer/nb/data', '/explorer')).toBe('/data');
		expect(pathInLang('/map?i=x&y=2019#t', 'nb')).toBe('/nb/map?i=x&y=2019#t');
		expect(pathInLang('/', 'nb')).toBe('/nb');
		expect(pathInLang('/nb/compare?c=PRT', 'nb')).toBe('/nb/compare?c=PRT');
		expect(pathInLang('/nb/compare?c=PRT', 'en')).toBe('/compare?c=PRT');
		expect(pathInLang('/nb', 'en')).toBe('/');
		expect(pathInLang('?c=PRT', 'nb')).toBe('/nb?c=PRT');
	});
	it('picks the catalogue of the document language', () => {
		const c = { en: 'Map', nb: 'Kart' };
		expect(pick(c)).toBe('Map');
		setActiveLang('nb');
		expect(pick(c)).toBe('Kart');
		expect(pick(c, 'en')).toBe('Map');
	});
});

describe('numbers in each language', () => {
	it('keeps the English format byte for byte', () => {
		expect(formatValue(-1234.5, 1)).toBe('−1,234.5');
		expect(formatTick(25000)).toBe('25k');
		expect(countOf(1234, 'place', 'places')).toBe('1,234 places');
	});
	it('writes Norwegian with a decimal comma, a no-break space between thousands and a real minus', () => {
		expect(formatValue(-1234.5, 1, 'nb')).toBe('−1\u00a0234,5');
		expect(formatValue(12345678.25, 2, 'nb')).toBe('12\u00a0345\u00a0678,25');
		expect(formatTick(2.5, 'nb')).toBe('2,5');
		setActiveLang('nb');
		expect(formatValue(0.5, 1)).toBe('0,5');
		expect(countOf(2000, 'sted', 'steder')).toBe('2\u00a0000 steder');
	});
});
