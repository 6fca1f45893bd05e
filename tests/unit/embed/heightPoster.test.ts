import { describe, expect, it } from 'vitest';
import { HeightPoster } from '../../../src/lib/embed/heightPoster.ts';

function parent() {
	const posted: { m: unknown; o: string }[] = [];
	return { posted, postMessage: (m: unknown, o: string) => posted.push({ m, o }) };
}

describe('HeightPoster', () => {
	it('posts the height rounded up, only when it changed, to any origin', () => {
		const p = parent();
		let h = 600.3;
		const poster = new HeightPoster(p, () => h);
		expect(poster.post()).toBe(601);
		expect(poster.post()).toBeNull();
		h = 700;
		expect(poster.post()).toBe(700);
		expect(p.posted).toEqual([
			{ m: { type: 'dpe:embed-height', height: 601 }, o: '*' },
			{ m: { type: 'dpe:embed-height', height: 700 }, o: '*' }
		]);
	});

	it('answers a ping from its parent (even with an unchanged height), and nobody else’s', () => {
		const p = parent();
		const poster = new HeightPoster(p, () => 500);
		poster.post();
		expect(poster.onMessage({ source: {}, data: { type: 'dpe:embed-ping' } })).toBeNull();
		expect(poster.onMessage({ source: p, data: { type: 'dpe:embed-height', height: 2 } })).toBeNull();
		expect(poster.onMessage({ source: p, data: 'dpe:embed-ping' })).toBeNull();
		expect(poster.onMessage({ source: p, data: { type: 'dpe:embed-ping' } })).toBe(500);
		expect(p.posted).toHaveLength(2);
	});

	it('posts nothing outside a frame, and nothing for an unmeasurable height', () => {
		expect(new HeightPoster(null, () => 500).post(true)).toBeNull();
		const p = parent();
		expect(new HeightPoster(p, () => NaN).post(true)).toBeNull();
		expect(new HeightPoster(p, () => 0).post(true)).toBeNull();
		expect(p.posted).toHaveLength(0);
	});
});
