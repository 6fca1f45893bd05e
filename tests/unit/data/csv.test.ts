import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../../src/lib/data/csv.ts';

describe('parseCsv', () => {
	it('keeps the file line of each row, counting quoted newlines and blank lines', () => {
		const t = parseCsv('a,b\n1,"x\ny"\n\n2,z\n', 'f.csv');
		expect(t.rows.map((r) => [r.line, r.cells.a])).toEqual([[2, '1'], [5, '2']]);
		expect(t.problems).toEqual([]);
	});

	it('strips a byte-order mark from the header', () => {
		expect(parseCsv('\ufeffiso3,year\nPRT,2000\n', 'f.csv').header).toEqual(['iso3', 'year']);
	});

	it('reports a row with the wrong number of cells by line', () => {
		const t = parseCsv('a,b\n1,2\n3\n', 'f.csv');
		expect(t.problems).toEqual([{ file: 'f.csv', line: 3, reason: 'expected 2 columns (a,b), found 1; check for an unquoted comma' }]);
	});
});

describe('toCsv', () => {
	it('quotes cells with commas, quotes and newlines and round-trips', () => {
		const rows = [{ a: 'x, y', b: 'say "hi"', c: 1.5, d: true, e: null }];
		const text = toCsv(rows, ['a', 'b', 'c', 'd', 'e']);
		expect(text).toBe('a,b,c,d,e\n"x, y","say ""hi""",1.5,true,\n');
		expect(parseCsv(text, 'f').rows[0]!.cells).toEqual({ a: 'x, y', b: 'say "hi"', c: '1.5', d: 'true', e: '' });
	});
});
