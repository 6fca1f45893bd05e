import { describe, expect, it } from 'vitest';
import {
	DEFAULT_EMBED_PARAMS,
	forcedTheme,
	parseEmbedParams,
	serializeEmbedParams,
	viewQuery
} from '../../../src/lib/embed/params.ts';

describe('parseEmbedParams', () => {
	it('defaults: auto theme, controls shown, English, live', () => {
		expect(parseEmbedParams('')).toEqual({ dark: 'auto', controls: true, lang: 'en', pin: null });
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

	it('lang is reserved: en, and anything else falls back to en for now', () => {
		expect(parseEmbedParams('lang=en').lang).toBe('en');
		expect(parseEmbedParams('lang=nb').lang).toBe('en');
		expect(parseEmbedParams('lang=../../etc').lang).toBe('en');
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
		const e = { dark: 'true', controls: false, lang: 'en', pin: '2026-0123456789' } as const;
		expect(serializeEmbedParams(e)).toBe('dark=true&controls=false&pin=2026-0123456789');
		expect(parseEmbedParams(serializeEmbedParams(e))).toEqual(e);
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
