import { describe, expect, it } from 'vitest';
import { checkPartialDate, daysInMonth } from '../../../src/lib/data/dates.ts';
import { POLICY_RULES, policyValueProblem } from '../../../src/lib/data/policyRules.ts';
import { MAX_PROBLEMS_PER_FILE, ProblemLog, problemCount, show } from '../../../src/lib/data/problems.ts';
import { POLICY_FIELDS } from '../../../src/lib/data/types.ts';

describe('checkPartialDate', () => {
	it.each([
		['2001', 2001],
		['2001-07', 2001],
		['2001-07-01', 2001],
		['2000-02-29', 2000],
		['2004-02-29', 2004],
		['1800-12-31', 1800]
	])('accepts %s', (d, year) => expect(checkPartialDate(d, 1800, 2030)).toEqual({ year }));

	it.each([
		['2001-13-45', 'month 13'],
		['2001-02-30', 'has 28 days'],
		['1900-02-29', 'has 28 days'],
		['2001-04-31', 'has 30 days'],
		['2001-00', 'month 00'],
		['2001-07-00', 'day 00'],
		['1799', 'outside 1800–2030'],
		['2001-7-1', 'must be YYYY'],
		['20O1', 'must be YYYY']
	])('refuses %s', (d, why) => expect((checkPartialDate(d, 1800, 2030) as { problem: string }).problem).toContain(why));

	it('knows leap years', () => {
		expect([1900, 2000, 2004, 2023].map((y) => daysInMonth(y, 2))).toEqual([28, 29, 29, 28]);
	});
});

describe('POLICY_RULES', () => {
	it('has a rule for every field the importer writes today and the fields about to come', () => {
		for (const f of [...POLICY_FIELDS, 'oat_since', 'nsp_since', 'cannabis_model', 'cannabis_model_year', 'hat_model']) expect(POLICY_RULES[f], f).toBeDefined();
	});

	it.each([
		['possession_status', 'decriminalised_de_jure', null],
		['possession_status', 'legalish', 'must be one of'],
		['hat', 'trial', null],
		['hat', 'no', 'must be one of yes, trial'],
		['oat', 'no', null],
		['oat', 'maybe', 'must be one of yes, no'],
		['cannabis_model', 'social_clubs', null],
		['cannabis_model', 'legal', 'must be one of'],
		['possession_year', '1870', null],
		['possession_year', '20O1', 'four-digit year'],
		['possession_year', '1799', '1800–2030'],
		['gdpi2021_score', '0', null],
		['gdpi2021_score', '101', '0–100'],
		['gdpi2021_rank', '30', null],
		['gdpi2021_rank', '0', '1–30'],
		['possession_model', '=anything text', null],
		['oat', '', null]
	])('%s = %j', (field, value, why) => {
		const p = policyValueProblem(field, value);
		if (why === null) expect(p).toBeNull();
		else expect(p).toContain(why);
	});
});

describe('ProblemLog', () => {
	it('keeps the lowest lines per file up to the cap and counts the rest', () => {
		const log = new ProblemLog(3);
		for (const line of [9, 8, 7, 6, 5, 4]) log.add('a.csv', line, `r${line}`);
		log.add('b.csv', 1, 'only');
		expect(log.count('a.csv')).toBe(6);
		expect(log.total).toBe(7);
		const list = log.list();
		expect(list.map((p) => `${p.file}:${p.line}`)).toEqual(['a.csv:4', 'a.csv:5', 'a.csv:6', 'a.csv:0', 'b.csv:1']);
		expect(list[3]).toMatchObject({ more: 3, reason: expect.stringContaining('… and 3 more problem(s)') });
		expect(problemCount(list)).toBe(7);
	});

	it('takes a million problems without a stack overflow', () => {
		const log = new ProblemLog(MAX_PROBLEMS_PER_FILE);
		for (let i = 1e6; i > 0; i--) log.add('big.csv', i, 'x');
		expect(log.list()).toHaveLength(MAX_PROBLEMS_PER_FILE + 1);
		expect(log.of('big.csv')[0]!.line).toBe(1);
	});
});

describe('show', () => {
	it('quotes a value and writes invisible characters as escapes', () => {
		expect(show('PRT')).toBe('"PRT"');
		expect(show('a"b\\c')).toBe('"a\\"b\\\\c"');
		expect(show('\u001b[2J\u202e\u00a0\ufffd')).toBe('"\\u001b[2J\\u202e\\u00a0\\ufffd"');
		expect(show('x'.repeat(100))).toBe(`"${'x'.repeat(60)}…"`);
		expect(show('🙂'.repeat(61))).toBe(`"${'🙂'.repeat(60)}…"`);
	});
});
