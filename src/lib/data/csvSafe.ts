/**
 * Spreadsheet formula injection (OWASP "CSV injection"): a text cell that begins with `=`, `+`, `-`, `@`, tab or
 * carriage return may be run as a formula when a reader opens our CSV download in Excel, LibreOffice or Sheets.
 * One definition serves both defences: the checker refuses such cells in data/, and every CSV the site serves passes
 * through `neutraliseCsv`, which prefixes `'` to them, so a hand-edited file still cannot ship a formula.
 * Numbers are numbers, not text: `-3.5` and `-1e3` stay as they are. Pure.
 */
import Papa from 'papaparse';

/**
 * The characters that start a formula, also after leading white space (some spreadsheets trim it), and their
 * full-width forms (typed by East Asian input methods; some spreadsheets read them as the ASCII ones).
 */
const FORMULA_START = /^[\s\u00a0\u3000]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;
const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** True for a plain number such as `12`, `-3.5`, `.5` or `-1e3` (a spreadsheet reads these as numbers). */
export function isNumberCell(cell: string): boolean {
	return NUMBER.test(cell);
}

/** True when a spreadsheet could run the cell as a formula: text (not a number) starting with a formula character. */
export function looksLikeFormula(cell: string): boolean {
	return FORMULA_START.test(cell) && !isNumberCell(cell);
}

/** The cell as it is safe to ship: formula-like text gets a leading `'` (shown as text, not run); anything else is unchanged. */
export function neutraliseCell(cell: string): string {
	return looksLikeFormula(cell) ? `'${cell}` : cell;
}

/**
 * A whole CSV text made safe to download: every formula-like cell (header included) is neutralised. A file without
 * any comes back byte for byte as it was; otherwise it is re-serialised with PapaParse (same delimiter, line break,
 * and final newline).
 */
export function neutraliseCsv(text: string): string {
	const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter: ',' });
	let changed = false;
	const data = parsed.data.map((row) =>
		row.map((cell) => {
			const safe = neutraliseCell(cell);
			if (safe !== cell) changed = true;
			return safe;
		})
	);
	if (!changed) return text;
	const newline = parsed.meta.linebreak === '\r\n' || parsed.meta.linebreak === '\r' ? parsed.meta.linebreak : '\n';
	// A final newline makes PapaParse report one empty last row; unparse it as the newline it was.
	const last = data[data.length - 1];
	const finalNewline = data.length > 1 && last !== undefined && last.length === 1 && last[0] === '';
	const body = Papa.unparse(finalNewline ? data.slice(0, -1) : data, { newline });
	return finalNewline ? body + newline : body;
}
