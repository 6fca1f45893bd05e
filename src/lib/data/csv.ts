import Papa from 'papaparse';
import { ProblemLog, type CsvProblem } from './problems.ts';

export type { CsvProblem } from './problems.ts';

/** A CSV row as strings, with the 1-based line number of the file it came from (header = line 1). */
export interface CsvRow {
	line: number;
	cells: Record<string, string>;
}

export interface CsvTable {
	file: string;
	header: string[];
	rows: CsvRow[];
	/** This file's problems (at most the log's cap; see ProblemLog). */
	problems: CsvProblem[];
}

/**
 * Parse a CSV (UTF-8 text, comma, header row) with PapaParse.
 * Keeps the file line of every row so that every later problem can name it: the line is where the record starts,
 * counted from PapaParse's own cursor, so quoted cells that span lines and stray quotes cannot shift it.
 * A leading byte-order mark is dropped and CRLF line ends are read as LF (a lone CR stays in its cell).
 * Problems go to `log` when given (shared with later checks and capped per file), else to a fresh one.
 */
export function parseCsv(text: string, file: string, log: ProblemLog = new ProblemLog()): CsvTable {
	const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const clean = noBom.includes('\r\n') ? noBom.replace(/\r\n/g, '\n') : noBom;
	let header: string[] | null = null;
	const rows: CsvRow[] = [];
	let cursor = 0;
	let line = 1;
	Papa.parse<string[]>(clean, {
		header: false,
		skipEmptyLines: false,
		delimiter: ',',
		newline: '\n',
		step: (result) => {
			const rec = result.data;
			const start = line;
			const end = result.meta.cursor;
			for (let i = cursor; i < end; i++) if (clean.charCodeAt(i) === 10) line++;
			cursor = end;
			const reasons = new Set(result.errors.map((e) => csvSyntaxReason(e.code, e.message)));
			for (const reason of reasons) log.add(file, start, reason);
			if (header === null) {
				header = rec.map((h) => h.trim());
				return;
			}
			if (rec.length === 1 && rec[0] === '') return; // blank line
			if (rec.length !== header.length) {
				log.add(file, start, `expected ${header.length} columns (${header.join(',')}), found ${rec.length}; check for an unquoted comma`);
				return;
			}
			const cells: Record<string, string> = {};
			for (let j = 0; j < header.length; j++) cells[header[j]!] = rec[j] ?? '';
			rows.push({ line: start, cells });
		}
	});
	return { file, header: header ?? [], rows, problems: log.of(file) };
}

function csvSyntaxReason(code: string, message: string): string {
	if (code === 'MissingQuotes') return 'CSV syntax: a quoted cell that starts in this row is never closed (a missing " makes the rest of the file one cell)';
	if (code === 'InvalidQuotes') {
		return 'CSV syntax: a quoted cell in this row is not closed properly: inside quotes write " as "", put nothing after the closing quote, and close every opening quote (the row may have run on into later lines)';
	}
	return `CSV syntax: ${message}`;
}

/** Serialise rows to CSV with a fixed column order (PapaParse quotes where needed). LF line endings, final newline. */
export function toCsv<T extends object>(rows: T[], columns: (keyof T & string)[]): string {
	const data = rows.map((r) => columns.map((c) => formatCell((r as Record<string, unknown>)[c])));
	return Papa.unparse({ fields: columns, data }, { newline: '\n' }) + '\n';
}

function formatCell(v: unknown): string {
	if (v === null || v === undefined) return '';
	if (typeof v === 'boolean') return v ? 'true' : 'false';
	if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
	return String(v);
}
