/**
 * Rules every cell of every CSV in data/ obeys, whatever its table (including files the package does not know):
 * - no control characters: C0 (tab and carriage return included) and C1 controls, DEL, the replacement character
 *   U+FFFD (left by a wrong decoding), a byte-order mark after the start of the file, the line/paragraph
 *   separators U+2028/U+2029 and the bidirectional embedding/override/isolate controls that can make text read
 *   differently from what it holds. Line feeds are allowed inside quoted cells. Tab is allowed in no column: nothing
 *   needs it and spreadsheets split cells on it when pasting;
 * - no text that a spreadsheet would run as a formula (see `looksLikeFormula`; numbers, negative ones included, are fine);
 * - every URL column (`url`, `*_url`) holds an absolute http(s) URL (see `urlProblem`).
 * Header names obey the first two rules too, are non-empty and unique. Pure.
 */
import type { CsvTable } from './csv.ts';
import { looksLikeFormula } from './csvSafe.ts';
import { show, type ProblemLog } from './problems.ts';
import { isUrlColumn, urlProblem } from './urls.ts';

const BAD_CHAR = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufffd]/;

const NAMES: Record<number, string> = {
	0x00: 'NUL',
	0x09: 'tab',
	0x0d: 'carriage return',
	0x1b: 'escape',
	0x7f: 'DEL',
	0x2028: 'line separator',
	0x2029: 'paragraph separator',
	0xfeff: 'byte-order mark',
	0xfffd: 'replacement character, left where text was decoded with the wrong encoding'
};

/** Why a cell's characters are not allowed, or null. */
export function charProblem(value: string): string | null {
	const m = BAD_CHAR.exec(value);
	if (!m) return null;
	const code = m[0].charCodeAt(0);
	const name = NAMES[code] ?? (code >= 0x202a ? 'bidirectional text control' : 'control character');
	return `contains U+${code.toString(16).toUpperCase().padStart(4, '0')} (${name}) at character ${m.index + 1}: remove it${code === 9 ? ' (no column allows tabs; use a space)' : ''}`;
}

export function formulaProblem(value: string): string | null {
	return looksLikeFormula(value)
		? `begins with ${show(value.trimStart().charAt(0) || value.charAt(0))}: a spreadsheet would run it as a formula (CSV injection); reword it so that it starts with a letter, digit or quote`
		: null;
}

/** Check the header and every cell of `table`; problems go to `log` with the row's line. */
export function checkCells(table: CsvTable, log: ProblemLog): void {
	const { file, header } = table;
	const seen = new Set<string>();
	header.forEach((h, j) => {
		const p = charProblem(h) ?? formulaProblem(h);
		if (p) log.add(file, 1, `header cell ${j + 1} ${show(h)} ${p}`);
		else if (h === '') log.add(file, 1, `header cell ${j + 1} is empty: every column needs a name (a trailing comma?)`);
		else if (seen.has(h)) log.add(file, 1, `column "${h}" appears twice in the header`);
		seen.add(h);
	});
	const urlColumns = header.filter(isUrlColumn);
	for (const { line, cells } of table.rows) {
		for (const column of header) {
			const value = cells[column] ?? '';
			if (value === '') continue;
			const p = charProblem(value) ?? formulaProblem(value);
			if (p) log.add(file, line, `${column} ${show(value)} ${p}`);
		}
		for (const column of urlColumns) {
			const value = cells[column] ?? '';
			if (value === '') continue;
			const p = urlProblem(value);
			// A control character was reported above; say only what else is wrong with the URL (its scheme, its host).
			if (p && !(p.startsWith('contains') && charProblem(value))) log.add(file, line, `${column} ${show(value)} ${p}`);
		}
	}
}
