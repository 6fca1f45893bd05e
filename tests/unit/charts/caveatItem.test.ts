import { describe, expect, it } from 'vitest';
import { caveatParts } from '../../../src/lib/charts/caveatItem.ts';

describe('caveatParts', () => {
	it('splits a caveat around its English part', () => {
		expect(
			caveatParts({ text: 'Norge: 2005 – Oslo injection room opens.', english: 'Oslo injection room opens' })
		).toEqual(['Norge: 2005 – ', 'Oslo injection room opens', '.']);
	});
	it('keeps a plain caveat, or one whose English part is empty or not in it, whole', () => {
		expect(caveatParts('Plain.')).toEqual(['Plain.', '', '']);
		expect(caveatParts({ text: 'Norge: 2005.', english: '' })).toEqual(['Norge: 2005.', '', '']);
		expect(caveatParts({ text: 'Norge: 2005.', english: 'elsewhere' })).toEqual(['Norge: 2005.', '', '']);
	});
});
