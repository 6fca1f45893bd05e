/**
 * static/embed.js, the loader served to host pages, run as a browser would run it (a fresh global per page), with a
 * minimal fake DOM: which messages resize which iframe.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MAX_EMBED_HEIGHT, parseHeightMessage } from '../../../src/lib/embed/protocol.ts';

const LOADER = readFileSync('static/embed.js', 'utf8');

interface FakeFrame {
	src: string;
	style: { height: string };
	contentWindow: { posted: unknown[]; postMessage(m: unknown, o: string): void };
	embed: boolean;
}

function frame(src: string, embed = true): FakeFrame {
	const w = { posted: [] as unknown[], postMessage: (m: unknown) => w.posted.push(m) };
	return { src, style: { height: '' }, contentWindow: w, embed };
}

function hostPage(frames: FakeFrame[]) {
	const listeners: ((e: unknown) => void)[] = [];
	const window: Record<string, unknown> = {
		addEventListener: (type: string, fn: (e: unknown) => void) => {
			if (type === 'message') listeners.push(fn);
		}
	};
	const document = {
		readyState: 'complete',
		addEventListener: () => {},
		querySelectorAll: (sel: string) => {
			expect(sel).toBe('iframe[data-dpe-embed]');
			return frames.filter((f) => f.embed);
		}
	};
	const include = () => runInNewContext(LOADER, { window, document });
	const send = (data: unknown, source: unknown, origin: string) =>
		listeners.forEach((fn) => fn({ data, source, origin }));
	return { include, send, listeners };
}

const A = 'https://dpe.example';

describe('static/embed.js', () => {
	it('is at most 1 KB gzipped and plain ES5 (no arrow functions, let/const, classes or template strings)', () => {
		expect(gzipSync(LOADER).length).toBeLessThanOrEqual(1024);
		expect(LOADER).not.toMatch(/=>|\blet\b|\bconst\b|\bclass\b|`/);
	});

	it('resizes the iframe whose window posted, and only that one', () => {
		const f1 = frame(`${A}/embed/map`);
		const f2 = frame(`${A}/embed/country/PRT`);
		const host = hostPage([f1, f2]);
		host.include();
		host.send({ type: 'dpe:embed-height', height: 812.4 }, f2.contentWindow, A);
		expect(f2.style.height).toBe('813px');
		expect(f1.style.height).toBe('');
	});

	it('pings every embed once on start, so embeds that posted before the loader arrived post again', () => {
		const f1 = frame(`${A}/embed/map`);
		const other = frame('https://video.example/player', false);
		hostPage([f1, other]).include();
		expect(f1.contentWindow.posted).toEqual([{ type: 'dpe:embed-ping' }]);
		expect(other.contentWindow.posted).toEqual([]);
	});

	it('ignores messages from other windows, from iframes without the attribute, and from another origin', () => {
		const f1 = frame(`${A}/embed/map`);
		const plain = frame(`${A}/embed/map`, false);
		const host = hostPage([f1, plain]);
		host.include();
		const msg = { type: 'dpe:embed-height', height: 400 };
		host.send(msg, { postMessage() {} }, A);
		host.send(msg, null, A);
		host.send(msg, plain.contentWindow, A);
		// The iframe navigated to another site (a link opened inside it): its messages are not ours.
		host.send(msg, f1.contentWindow, 'https://evil.example');
		host.send(msg, f1.contentWindow, 'https://dpe.example.evil.example');
		expect(f1.style.height).toBe('');
		expect(plain.style.height).toBe('');
	});

	it('agrees with the protocol’s validator on hostile messages', () => {
		const cases: unknown[] = [
			null,
			undefined,
			'dpe:embed-height',
			640,
			[640],
			{ type: 'dpe:embed-height' },
			{ type: 'dpe:embed-height', height: '640' },
			{ type: 'dpe:embed-height', height: -5 },
			{ type: 'dpe:embed-height', height: 0 },
			{ type: 'dpe:embed-height', height: NaN },
			{ type: 'dpe:embed-height', height: Infinity },
			{ type: 'dpe:embed-height', height: 1e9 },
			{ type: 'dpe:embed-height', height: MAX_EMBED_HEIGHT + 1 },
			{ type: 'other', height: 300 },
			{ type: 'dpe:embed-height', height: 1 },
			{ type: 'dpe:embed-height', height: 299.5 },
			Object.defineProperty({}, 'type', {
				get: () => {
					throw new Error('boom');
				}
			})
		];
		for (const c of cases) {
			const f = frame(`${A}/embed/map`);
			const host = hostPage([f]);
			host.include();
			expect(() => host.send(c, f.contentWindow, A)).not.toThrow();
			const expected = parseHeightMessage(c);
			expect(f.style.height, JSON.stringify(c)).toBe(expected === null ? '' : `${expected}px`);
		}
	});

	it('is idempotent: included twice, it listens once', () => {
		const f = frame(`${A}/embed/map`);
		const host = hostPage([f]);
		host.include();
		host.include();
		expect(host.listeners).toHaveLength(1);
		expect(f.contentWindow.posted).toHaveLength(1);
	});

	it('compares origins without case or default-port surprises', () => {
		const f = frame('HTTPS://DPE.example/embed/map');
		const host = hostPage([f]);
		host.include();
		host.send({ type: 'dpe:embed-height', height: 500 }, f.contentWindow, A);
		expect(f.style.height).toBe('500px');
	});
});
