import { describe, expect, it } from 'vitest';
import { islandsSettled, islandStarting } from '../../../src/lib/state/islands.ts';

describe('islands still starting', () => {
	it('settle once every registered island is live or has failed', async () => {
		let live!: () => void;
		let fail!: (e: Error) => void;
		const a = new Promise<void>((r) => (live = r));
		const b = new Promise<void>((_, r) => (fail = r));
		b.catch(() => {});
		islandStarting(a);
		islandStarting(b);
		let settled = false;
		const all = islandsSettled().then(() => (settled = true));
		live();
		await a;
		await Promise.resolve();
		expect(settled).toBe(false);
		fail(new Error('boot file missing'));
		await all;
		expect(settled).toBe(true);
		// Nothing left: a later call settles at once.
		await expect(islandsSettled()).resolves.toBeUndefined();
	});
});
