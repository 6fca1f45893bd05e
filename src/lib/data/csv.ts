import Papa from 'papaparse';

/** A CSV row as strings, with the 1-based line number of the file it came from (header = line 1). */
export interface CsvRow {
	line: number;
	cells: Record<string, string>;
}

export interface CsvProblem {
	file: string;
	line: number;
	reason: string;
}

export interface CsvTable {
	file: string;
	header: string[];
	rows: CsvRow[];
	problems: CsvProblem[];
}

/**
 * Parse a curated CSV (UTF-8, comma, header row) with PapaParse.
 * Keeps the file line of every row so that every later problem can name it.
 * Quoted cells that span lines are counted correctly (line = where the row starts).
 */
export function parseCsv(text: string, file: string): CsvTable {
	const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const result = Papa.parse<string[]>(clean, { header: false, skipEmptyLines: false, delimiter: ',' });
	const problems: CsvProblem[] = [];
	const data = result.data;
	const header = (data[0] ?? []).map((h) => h.trim());
	// Line numbers: count newlines consumed by each record (PapaParse gives no line numbers).
	const lineOf = recordStartLines(clean);
	for (const e of result.errors) {
		const row = typeof e.row === 'number' ? e.row : 0;
		problems.push({ file, line: lineOf[row] ?? row + 1, reason: `CSV syntax: ${e.message}` });
	}
	const rows: CsvRow[] = [];
	for (let i = 1; i < data.length; i++) {
		const rec = data[i]!;
		const line = lineOf[i] ?? i + 1;
		if (rec.length === 1 && rec[0] === '') continue; // blank line
		if (rec.length !== header.length) {
			problems.push({
				file,
				line,
				reason: `expected ${header.length} columns (${header.join(',')}), found ${rec.length}; check for an unquoted comma`
			});
			continue;
		}
		const cells: Record<string, string> = {};
		header.forEach((h, j) => (cells[h] = rec[j] ?? ''));
		rows.push({ line, cells });
	}
	return { file, header, rows, problems };
}

/** Start line (1-based) of every CSV record, honouring quoted newlines. */
function recordStartLines(text: string): number[] {
	const starts: number[] = [1];
	let line = 1;
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '"') quoted = !quoted;
		else if (c === '\n') {
			line++;
			if (!quoted && i < text.length - 1) starts.push(line);
		}
	}
	return starts;
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
