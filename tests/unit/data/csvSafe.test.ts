import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { isNumberCell, looksLikeFormula, neutraliseCell, neutraliseCsv } from '../../../src/lib/data/csvSafe.ts';

describe('neutraliseCell', () => {
	it.each([
		['=cmd|\' /C calc\'!A0', "'=cmd|' /C calc'!A0"],
		['+1+1', "'+1+1"],
		['-2+3', "'-2+3"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\t=1', "'\t=1"],
		['\r=1', "'\r=1"],
		['  =1+1', "'  =1+1"],
		['＝1', "'＝1"],
		['-', "'-"],
		['- bullet', "'- bullet"]
	])('prefixes formula-like text %j', (cell, safe) => {
		expect(neutraliseCell(cell)).toBe(safe);
		expect(looksLikeFormula(neutraliseCell(cell))).toBe(false);
	});

	it.each(['-5', '-3.25', '-0.5', '-.5', '-1e3', '12', '0', '1.5e-3', '', 'Portugal', 'a = b', "'=1", '1+1', '−5'])('leaves %j as it is', (cell) => {
		expect(neutraliseCell(cell)).toBe(cell);
	});

	it('tells numbers from text', () => {
		expect(['-5', '-1e3', '.5', '7.'].map(isNumberCell)).toEqual([true, true, true, true]);
		expect(['-', '-x', '--5', '- 5', '5-', '1,000', 'Infinity', ''].map(isNumberCell)).toEqual([false, false, false, false, false, false, false, false]);
	});
});

describe('neutraliseCsv', () => {
	it('returns a file without formula-like cells byte for byte', () => {
		const text = 'iso3,year,value,note\nPRT,2001,-1.5,"a, b"\nNOR,2002,3,"say ""hi"""\n';
		expect(neutraliseCsv(text)).toBe(text);
		const crlf = text.replace(/\n/g, '\r\n');
		expect(neutraliseCsv(crlf)).toBe(crlf);
	});

	it('prefixes every formula-like cell, header included, and keeps the rest of each row', () => {
		const out = neutraliseCsv('=h,b\nPRT,"=HYPERLINK(""http://x"",""y"")"\n-3,@x\n');
		expect(Papa.parse<string[]>(out, { delimiter: ',' }).data).toEqual([
			["'=h", 'b'],
			['PRT', "'=HYPERLINK(\"http://x\",\"y\")"],
			['-3', "'@x"],
			['']
		]);
		expect(out.endsWith('\n') && !out.endsWith('\n\n')).toBe(true);
	});

	it('keeps CRLF line ends and a missing final newline', () => {
		expect(neutraliseCsv('a,b\r\n=1,2\r\n')).toBe("a,b\r\n'=1,2\r\n");
		expect(neutraliseCsv('a,b\n+1,2')).toBe("a,b\n'+1,2");
	});
});
