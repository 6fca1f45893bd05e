import { describe, expect, it } from 'vitest';
import { policyOutline } from '../../../src/lib/map/policyOutline.ts';
import type { PossessionInYear } from '../../../src/lib/stats/possessionStatus.ts';

const p = (over: Partial<PossessionInYear>): PossessionInYear => ({
	class: 'not_criminal',
	status: 'decriminalised_de_jure',
	since: 2001,
	refs: [],
	dated: true,
	contested: false,
	...over
});

describe('policyOutline', () => {
	it('solid for a dated decriminalisation, dashed for an undated current record', () => {
		expect(policyOutline(p({}))).toBe('solid');
		expect(policyOutline(p({ dated: false, since: null }))).toBe('dashed');
	});
	it('marks a contested threshold model (Russia, Mexico) differently from a plain decriminalisation', () => {
		expect(policyOutline(p({ contested: true }))).toBe('contested');
	});
	it('dotted where the law varies by state; none for criminal, before reform or unknown', () => {
		expect(policyOutline(p({ class: 'varies' }))).toBe('dotted');
		expect(policyOutline(p({ class: 'criminal' }))).toBeNull();
		expect(policyOutline(p({ class: 'before_reform' }))).toBeNull();
		expect(policyOutline(undefined)).toBeNull();
	});
});
