import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../../src/lib/data/decode.ts';

const b = (...parts: (string | number[])[]) =>
	new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('decodeCsvBytes', () => {
	it('decodes UTF-8 and drops a byte-order mark', () => {
		expect(decodeCsvBytes(b('a,b\nSão,Zürich\n'), 'f.csv')).toEqual({ text: 'a,b\nSão,Zürich\n' });
		expect(decodeCsvBytes(b([0xef, 0xbb, 0xbf], 'a,b\n'), 'f.csv')).toEqual({ text: 'a,b\n' });
	});

	it('names the line and column of the first invalid byte', () => {
		const d = decodeCsvBytes(b('a,b\nok,1\nPortug', [0xe9], 'l,2\n'), 'f.csv');
		expect(d.problem).toMatchObject({ file: 'f.csv', line: 3 });
		expect(d.problem?.reason).toMatch(/^invalid UTF-8 \(byte E9 at column 7;/);
	});

	it.each([
		['a lone continuation byte', [0x80], 'byte 80 at column 4'],
		['an overlong /', [0xc0, 0xaf], 'byte C0 at column 4'],
		['a surrogate', [0xed, 0xa0, 0x80], 'byte ED at column 4'],
		['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 'byte F4 at column 4'],
		['a sequence cut short', [0xe2, 0x82], 'byte E2 at column 4']
	])('refuses %s', (_, bytes, where) => {
		const d = decodeCsvBytes(b('h\n\nab,', bytes), 'f.csv');
		expect(d.problem?.line).toBe(3);
		expect(d.problem?.reason).toContain(where);
	});

	it('refuses UTF-16 and UTF-32 with or without a byte-order mark, and NUL bytes, with the line', () => {
		expect(decodeCsvBytes(b([0xff, 0xfe], 'x'), 'f').problem?.reason).toMatch(/UTF-16 or UTF-32 \(byte-order mark FF FE\)/);
		expect(decodeCsvBytes(b([0xfe, 0xff], 'x'), 'f').problem?.reason).toMatch(/byte-order mark FE FF/);
		expect(decodeCsvBytes(b([0, 0, 0xfe, 0xff]), 'f').problem?.reason).toMatch(/UTF-32/);
		expect(decodeCsvBytes(b([0x61, 0, 0x0a, 0]), 'f').problem).toMatchObject({ line: 1, reason: expect.stringMatching(/^NUL byte/) });
		expect(decodeCsvBytes(b('a\nb\nc', [0]), 'f').problem?.line).toBe(3);
	});
});
