import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { historyPlan, normalQuery, UrlHistorySync } from '../../../src/lib/state/urlSync.ts';

const SLIDER = ['year', 'from'];

describe('historyPlan', () => {
	it.each([
		['', '', 'none'],
		['year=2000&region=europe', 'region=europe&year=2000', 'none'],
		['?year=2000', 'year=2000', 'none'],
		['', 'year=2000', 'replace'],
		['year=2000', '', 'replace'],
		['year=2000&mode=change&from=1995', 'year=2001&mode=change&from=1990', 'replace'],
		['', 'region=europe', 'push'],
		['region=europe', '', 'push'],
		['year=2000', 'year=2001&indicator=x', 'push'],
		['indicator=a', 'indicator=b', 'push'],
		['mode=change', 'mode=latest', 'push'],
		['layer=policy', '', 'push']
	] as const)('%j -> %j: %s', (prev, next, plan) => {
		expect(historyPlan(prev, next, SLIDER)).toBe(plan);
	});

	it('treats every key as discrete when none is listed', () => {
		expect(historyPlan('year=2000', 'year=2001', [])).toBe('push');
	});

	it('normalQuery sorts keys and drops the question mark', () => {
		expect(normalQuery('?year=2000&indicator=a')).toBe('indicator=a&year=2000');
	});
});

describe('UrlHistorySync', () => {
	let log: string[];
	let sync: UrlHistorySync;
	beforeEach(() => {
		vi.useFakeTimers();
		log = [];
		sync = new UrlHistorySync(
			{ replaceKeys: SLIDER, push: (q) => log.push(`push ${q}`), replace: (q) => log.push(`replace ${q}`) },
			'?region=europe'
		);
	});
	afterEach(() => vi.useRealTimers());

	it('pushes a discrete change at once, in the caller’s key order', () => {
		expect(sync.update('indicator=b&region=europe', 150)).toBe('push');
		expect(log).toEqual(['push indicator=b&region=europe']);
		expect(sync.current).toBe('indicator=b&region=europe');
	});

	it('replaces after the slider rests: many moves, one write of the last year', () => {
		for (const y of [2001, 2002, 2003]) {
			expect(sync.update(`year=${y}&region=europe`, 150)).toBe('replace');
			vi.advanceTimersByTime(100);
		}
		expect(log).toEqual([]);
		vi.advanceTimersByTime(60);
		expect(log).toEqual(['replace year=2003&region=europe']);
		expect(sync.current).toBe('year=2003&region=europe');
	});

	it('writes nothing when the slider comes back to the entry’s year before resting', () => {
		sync.update('year=2001&region=europe', 150);
		expect(sync.update('region=europe', 150)).toBe('none');
		vi.advanceTimersByTime(500);
		expect(log).toEqual([]);
	});

	it('writes a pending replacement before pushing, so Back returns to the year the reader left', () => {
		sync.update('year=2001&region=europe', 150);
		sync.update('year=2001&region=world', 150);
		expect(log).toEqual(['replace year=2001&region=europe', 'push year=2001&region=world']);
		vi.advanceTimersByTime(500);
		expect(log).toHaveLength(2);
	});

	it('drops a pending write when the reader goes Back or Forward meanwhile', () => {
		sync.update('year=2001&region=europe', 150);
		sync.entered('?region=americas');
		vi.advanceTimersByTime(500);
		expect(log).toEqual([]);
		expect(sync.current).toBe('region=americas');
		// The entry the reader went to is the new reference: the same view writes nothing.
		expect(sync.update('region=americas', 150)).toBe('none');
	});

	it('a pending rewrite of the entry (a malformed query made clean) is not turned into a push when the view arrives', () => {
		sync = new UrlHistorySync(
			{ replaceKeys: SLIDER, push: (q) => log.push(`push ${q}`), replace: (q) => log.push(`replace ${q}`) },
			'?region=mars'
		);
		expect(sync.update('', 150, false)).toBe('replace');
		expect(sync.update('', 150)).toBe('none');
		vi.advanceTimersByTime(150);
		expect(log).toEqual(['replace ']);
		expect(sync.current).toBe('');
	});

	it('replaces instead of pushing when pushing is not allowed (a view that could not be loaded)', () => {
		expect(sync.update('region=world', 150, false)).toBe('replace');
		vi.advanceTimersByTime(150);
		expect(log).toEqual(['replace region=world']);
	});

	it('replaces at once with no delay, and flush() writes a pending replacement', () => {
		sync.update('year=2001&region=europe', 0);
		expect(log).toEqual(['replace year=2001&region=europe']);
		sync.update('year=2002&region=europe', 1000);
		sync.flush();
		expect(log).toEqual(['replace year=2001&region=europe', 'replace year=2002&region=europe']);
		sync.update('year=2003&region=europe', 1000);
		sync.cancel();
		vi.advanceTimersByTime(2000);
		expect(log).toHaveLength(2);
	});
});
