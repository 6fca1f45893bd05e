import { describe, expect, it } from 'vitest';
import {
	DEFAULT_EMBED_PARAMS,
	forcedTheme,
	langRedirect,
	parseEmbedParams,
	serializeEmbedParams,
	viewQuery
} from '../../../src/lib/embed/params.ts';

describe('parseEmbedParams', () => {
	it('defaults: auto theme, controls shown, the address’s own language, live', () => {
		expect(parseEmbedParams('')).toEqual({ dark: 'auto', controls: true, lang: null, pin: null });
	});

	it.each([
		['dark=true', 'true'],
		['dark=false', 'false'],
		['dark=auto', 'auto'],
		['dark=TRUE', 'true'],
		['dark=%20false%20', 'false'],
		['dark=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'auto'],
		['dark=<script>alert(1)</script>', 'auto'],
		['dark=1', 'auto'],
		['dark=', 'auto'],
		['dark=true&dark=false', 'true']
	])('%s -> dark=%s', (q, dark) => {
		expect(parseEmbedParams(q).dark).toBe(dark);
	});

	it.each([
		['controls=false', false],
		['controls=FALSE', false],
		['controls=0', false],
		['controls=true', true],
		['controls=no', true],
		['controls=<b>', true],
		['', true]
	])('%s -> controls %s', (q, c) => {
		expect(parseEmbedParams(q).controls).toBe(c);
	});

	it('lang: en or nb (any case, trimmed); anything else is no choice (the address’s language)', () => {
		expect(parseEmbedParams('lang=en').lang).toBe('en');
		expect(parseEmbedParams('lang=nb').lang).toBe('nb');
		expect(parseEmbedParams('lang=NB').lang).toBe('nb');
		expect(parseEmbedParams('lang=%20nb%20').lang).toBe('nb');
		expect(parseEmbedParams('lang=no').lang).toBeNull();
		expect(parseEmbedParams('lang=de').lang).toBeNull();
		expect(parseEmbedParams('lang=../../etc').lang).toBeNull();
		expect(parseEmbedParams('lang=').lang).toBeNull();
	});

	it('pin accepts only a data version', () => {
		expect(parseEmbedParams('pin=2026-03-24-0123456789').pin).toBe('2026-03-24-0123456789');
		expect(parseEmbedParams('pin=2026-0123456789').pin).toBe('2026-0123456789');
		expect(parseEmbedParams('pin=../../secrets').pin).toBeNull();
		expect(parseEmbedParams('pin=2026-03-24-0123456789%2F..').pin).toBeNull();
		expect(parseEmbedParams('pin=' + '1'.repeat(500)).pin).toBeNull();
	});

	it('takes URLSearchParams too, and never throws on broken escapes', () => {
		expect(parseEmbedParams(new URLSearchParams({ dark: 'true' })).dark).toBe('true');
		expect(() => parseEmbedParams('dark=%E0%A4%A&controls=%')).not.toThrow();
	});
});

describe('serializeEmbedParams and viewQuery', () => {
	it('omits defaults and round-trips', () => {
		expect(serializeEmbedParams(DEFAULT_EMBED_PARAMS)).toBe('');
		const e = { dark: 'true', controls: false, lang: null, pin: '2026-0123456789' } as const;
		expect(serializeEmbedParams(e)).toBe('dark=true&controls=false&pin=2026-0123456789');
		expect(parseEmbedParams(serializeEmbedParams(e))).toEqual(e);
		const nb = { ...e, lang: 'nb' } as const;
		expect(serializeEmbedParams(nb)).toBe('dark=true&controls=false&lang=nb&pin=2026-0123456789');
		expect(parseEmbedParams(serializeEmbedParams(nb))).toEqual(nb);
	});

	it('viewQuery leaves only the view’s own keys', () => {
		expect(viewQuery('?indicator=x&dark=true&controls=false&lang=nb&pin=2026-0123456789&year=2010')).toBe(
			'indicator=x&year=2010'
		);
	});

	it('forcedTheme', () => {
		expect(forcedTheme('true')).toBe('dark');
		expect(forcedTheme('false')).toBe('light');
		expect(forcedTheme('auto')).toBeNull();
	});
});

describe('langRedirect: lang=… on an address of the other language', () => {
	it.each([
		['/embed/map', '?lang=nb', '', '', '/nb/embed/map?lang=nb'],
		['/embed/map', '?indicator=x&lang=nb&dark=true', '#t', '', '/nb/embed/map?indicator=x&lang=nb&dark=true#t'],
		['/embed/country/PRT', '?lang=NB', '', '', '/nb/embed/country/PRT?lang=NB'],
		[
			'/explorer/embed/compare',
			'?countries=PRT~CZE&lang=nb',
			'',
			'/explorer',
			'/explorer/nb/embed/compare?countries=PRT~CZE&lang=nb'
		],
		['/nb/embed/map', '?lang=en', '', '', '/embed/map?lang=en'],
		[
			'/explorer/nb/embed/country/NOR',
			'?lang=en&pin=2026-0123456789',
			'',
			'/explorer',
			'/explorer/embed/country/NOR?lang=en&pin=2026-0123456789'
		]
	])('%s%s%s (base %s) -> %s', (path, search, hash, base, to) => {
		expect(langRedirect(path, search, hash, base)).toBe(to);
	});

	it.each([
		['/embed/map', ''],
		['/embed/map', '?lang=en'],
		['/nb/embed/map', '?lang=nb'],
		['/nb/embed/map', ''],
		['/embed/map', '?lang=de'],
		['/embed/map', '?lang=%E0%A4%A']
	])('%s%s stays (already in that language, or no valid choice)', (path, search) => {
		expect(langRedirect(path, search)).toBeNull();
	});

	it('never loops: the address it sends to stays', () => {
		const to = langRedirect('/explorer/embed/map', '?lang=nb', '', '/explorer')!;
		const [path, search] = to.split('?');
		expect(langRedirect(path!, `?${search}`, '', '/explorer')).toBeNull();
	});
});
