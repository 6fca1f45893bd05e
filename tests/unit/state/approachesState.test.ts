/** /approaches URL state: defaults leave the URL bare, every field round-trips, a malformed value falls back alone. */
import { describe, expect, it } from 'vitest';
import {
	parseApproachesView,
	serializeApproachesView,
	type ApproachesContext
} from '../../../src/lib/state/approachesState.ts';

const ctx: ApproachesContext = {
	outcomes: ['a_rate', 'b_rate'],
	years: [1990, 2021],
	defaults: { rule: 'design', year: 2017, outcome: 'a_rate', x: 'ost' }
};

describe('approaches URL state', () => {
	it('the default view is the bare URL', () => {
		expect(serializeApproachesView(ctx.defaults, ctx)).toBe('');
		expect(parseApproachesView('', ctx)).toEqual(ctx.defaults);
	});
	it('round-trips every field', () => {
		const v = { rule: 'hat', year: 2001, outcome: 'b_rate', x: 'gdpi' } as const;
		const q = serializeApproachesView(v, ctx);
		expect(q).toBe('rule=hat&year=2001&outcome=b_rate&x=gdpi');
		expect(parseApproachesView(q, ctx)).toEqual(v);
		expect(parseApproachesView(`?${q}`, ctx)).toEqual(v);
	});
	it('a malformed value falls back to its default and spoils nothing else', () => {
		expect(parseApproachesView('rule=DESIGN&year=2001', ctx)).toEqual({ ...ctx.defaults, year: 2001 });
		expect(parseApproachesView('rule=decrim&year=1e3', ctx)).toEqual({ ...ctx.defaults, rule: 'decrim' });
		expect(parseApproachesView('year=1989&outcome=nope&x=bogus&rule=deathpenalty', ctx)).toEqual({
			...ctx.defaults,
			rule: 'deathpenalty'
		});
	});
});
