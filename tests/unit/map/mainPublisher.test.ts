import { describe, expect, it } from 'vitest';
import { mainPublisher } from '../../../src/lib/map/mainPublisher.ts';

describe('mainPublisher', () => {
	it.each([
		[[], 'IHME', ''],
		[['NRS', 'IHME', 'IHME'], 'IHME', 'IHME'],
		// The indicator's own source is named even when another publisher has more rows.
		[['NRS', 'NRS', 'IHME'], 'IHME', 'IHME'],
		// No row uses it: the most used, the first seen on a tie.
		[['NCHS', 'HMP', 'NCHS'], 'IHME', 'NCHS'],
		[['HMP', 'NCHS'], 'IHME', 'HMP']
	])('%j, preferred %s -> %s', (rows, preferred, main) => {
		expect(mainPublisher(rows, preferred)).toBe(main);
	});
});
