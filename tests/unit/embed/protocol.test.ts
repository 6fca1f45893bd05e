import { describe, expect, it } from 'vitest';
import {
	HEIGHT_MESSAGE,
	heightMessage,
	isPingMessage,
	MAX_EMBED_HEIGHT,
	parseHeightMessage,
	PING_MESSAGE
} from '../../../src/lib/embed/protocol.ts';

describe('parseHeightMessage', () => {
	it.each([
		[{ type: HEIGHT_MESSAGE, height: 640 }, 640],
		[{ type: HEIGHT_MESSAGE, height: 640.2 }, 641],
		[{ type: HEIGHT_MESSAGE, height: 1 }, 1],
		[{ type: HEIGHT_MESSAGE, height: MAX_EMBED_HEIGHT }, MAX_EMBED_HEIGHT],
		[{ type: HEIGHT_MESSAGE, height: 300, extra: 'ignored' }, 300]
	])('%j -> %j', (m, h) => {
		expect(parseHeightMessage(m)).toBe(h);
	});

	it.each([
		['null', null],
		['undefined', undefined],
		['a string', 'dpe:embed-height'],
		['a JSON string', JSON.stringify({ type: HEIGHT_MESSAGE, height: 300 })],
		['a number', 640],
		['an array', [HEIGHT_MESSAGE, 640]],
		['another type', { type: 'resize', height: 640 }],
		['a type with different case', { type: 'DPE:EMBED-HEIGHT', height: 640 }],
		['no height', { type: HEIGHT_MESSAGE }],
		['a height as text', { type: HEIGHT_MESSAGE, height: '640' }],
		['a CSS height', { type: HEIGHT_MESSAGE, height: '640px' }],
		['NaN', { type: HEIGHT_MESSAGE, height: NaN }],
		['Infinity', { type: HEIGHT_MESSAGE, height: Infinity }],
		['a negative height', { type: HEIGHT_MESSAGE, height: -500 }],
		['zero', { type: HEIGHT_MESSAGE, height: 0 }],
		['a huge height', { type: HEIGHT_MESSAGE, height: 1e9 }],
		['just over the maximum', { type: HEIGHT_MESSAGE, height: MAX_EMBED_HEIGHT + 0.5 }],
		['a boxed number', { type: HEIGHT_MESSAGE, height: new Number(640) }]
	])('ignores %s', (_, m) => {
		expect(parseHeightMessage(m)).toBeNull();
	});

	it('survives a getter that throws', () => {
		const m = Object.defineProperty({}, 'type', {
			get() {
				throw new Error('boom');
			}
		});
		expect(parseHeightMessage(m)).toBeNull();
		expect(isPingMessage(m)).toBe(false);
	});
});

describe('heightMessage', () => {
	it('rounds up so the last line is never cut, and round-trips through the validator', () => {
		const m = heightMessage(480.01);
		expect(m).toEqual({ type: HEIGHT_MESSAGE, height: 481 });
		expect(parseHeightMessage(structuredClone(m))).toBe(481);
	});
});

describe('isPingMessage', () => {
	it('accepts only the ping object', () => {
		expect(isPingMessage({ type: PING_MESSAGE })).toBe(true);
		expect(isPingMessage(PING_MESSAGE)).toBe(false);
		expect(isPingMessage({ type: HEIGHT_MESSAGE, height: 3 })).toBe(false);
		expect(isPingMessage(null)).toBe(false);
	});
});
