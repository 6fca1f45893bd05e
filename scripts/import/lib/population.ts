/**
 * World Bank population files used as denominators for derived rates.
 * Two layouts, both parsed with PapaParse (via `parseCsv`):
 * - the World Bank "API" CSV of one indicator (e.g. API_SP.POP.1564.TO_DS2_en_csv_v2_*.csv): UTF-8 with BOM, a 4-line
 *   preamble ("Data Source", blank, "Last Updated Date", blank), then a wide table `Country Name, Country Code,
 *   Indicator Name, Indicator Code, 1960 … 2023,` with a trailing comma on every line;
 * - the long `datasets/population` CSV (`Country Name, Country Code, Year, Value`) of SP.POP.TOTL.
 * Values are kept as published (persons). A blank cell stays missing; nothing is filled from another year.
 */
import { parseCsv } from '../../../src/lib/data/csv.ts';
import { parseNumber } from './output.ts';

/** Population by World Bank code (ISO3 for economies, WB codes for aggregates) and year. */
export interface PopulationTable {
	/** e.g. "SP.POP.1564.TO" */
	indicator: string;
	/** "Last Updated Date" of the API file, '' when the layout does not say. */
	lastUpdated: string;
	file: string;
	values: Map<string, Map<number, number>>;
	/** Unreadable cells and rows, with file and line. */
	problems: string[];
}

export function populationValue(table: PopulationTable, code: string, year: number): number | undefined {
	return table.values.get(code)?.get(year);
}

function put(values: Map<string, Map<number, number>>, code: string, year: number, value: number): boolean {
	const byYear = values.get(code) ?? new Map<number, number>();
	values.set(code, byYear);
	if (byYear.has(year)) return false;
	byYear.set(year, value);
	return true;
}

/**
 * Read a World Bank API CSV of one indicator. Throws (naming the file) if the preamble, header or indicator code are
 * not what the layout promises, so a changed download cannot be read silently wrong.
 */
export function readWorldBankApiCsv(text: string, file: string, indicatorCode: string): PopulationTable {
	const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const lines = clean.split(/\r?\n/);
	const PREAMBLE = 4;
	if (!/^"Data Source","World Development Indicators"/.test(lines[0] ?? '')) {
		throw new Error(
			`${file}: line 1 is not the World Bank preamble ("Data Source","World Development Indicators"); layout changed?`
		);
	}
	const updated = /^"Last Updated Date","(\d{4}-\d{2}-\d{2})"/.exec(lines[2] ?? '');
	if (!updated) throw new Error(`${file}: line 3 is not "Last Updated Date"; layout changed?`);
	if ((lines[1] ?? '').trim() !== '' || (lines[3] ?? '').trim() !== '')
		throw new Error(`${file}: lines 2 and 4 should be blank; layout changed?`);

	const table = parseCsv(lines.slice(PREAMBLE).join('\n'), file);
	const problems = table.problems.map((p) => `${file}:${p.line + PREAMBLE}: ${p.reason}`);
	const fixed = ['Country Name', 'Country Code', 'Indicator Name', 'Indicator Code'];
	if (fixed.some((h, i) => table.header[i] !== h)) {
		throw new Error(
			`${file}: header on line ${PREAMBLE + 1} should start with ${fixed.join(', ')}; found ${table.header.slice(0, 4).join(', ')}`
		);
	}
	const yearColumns: { column: string; year: number }[] = [];
	for (const h of table.header.slice(4)) {
		if (/^\d{4}$/.test(h)) yearColumns.push({ column: h, year: Number(h) });
		else if (h !== '')
			throw new Error(
				`${file}: unexpected header "${h}" on line ${PREAMBLE + 1} (expected years and one empty trailing column)`
			);
	}
	if (yearColumns.length === 0) throw new Error(`${file}: no year columns in the header`);

	const values = new Map<string, Map<number, number>>();
	for (const { line, cells } of table.rows) {
		const where = `${file}:${line + PREAMBLE}`;
		if (cells['Indicator Code'] !== indicatorCode) {
			throw new Error(`${where}: indicator code "${cells['Indicator Code']}", expected ${indicatorCode} (wrong file?)`);
		}
		const code = (cells['Country Code'] ?? '').trim();
		for (const { column, year } of yearColumns) {
			const raw = (cells[column] ?? '').trim();
			if (raw === '') continue;
			const v = parseNumber(raw);
			if (v === null || v <= 0) {
				problems.push(`${where}: ${code} ${year}: population "${raw}" is not a positive number, not used`);
				continue;
			}
			if (!put(values, code, year, v)) problems.push(`${where}: ${code} ${year}: duplicate, first value kept`);
		}
	}
	return { indicator: indicatorCode, lastUpdated: updated[1]!, file, values, problems };
}

/** Read the long `Country Name, Country Code, Year, Value` CSV (datasets/population, SP.POP.TOTL). */
export function readWorldBankLongCsv(text: string, file: string, indicatorCode = 'SP.POP.TOTL'): PopulationTable {
	const table = parseCsv(text, file);
	const required = ['Country Name', 'Country Code', 'Year', 'Value'];
	const missing = required.filter((h) => !table.header.includes(h));
	if (missing.length)
		throw new Error(`${file}: column(s) not found: ${missing.join(', ')} (header: ${table.header.join(', ')})`);
	const problems = table.problems.map((p) => `${p.file}:${p.line}: ${p.reason}`);
	const values = new Map<string, Map<number, number>>();
	for (const { line, cells } of table.rows) {
		const code = (cells['Country Code'] ?? '').trim();
		const yearText = (cells.Year ?? '').trim();
		const raw = (cells.Value ?? '').trim();
		if (!/^\d{4}$/.test(yearText)) {
			problems.push(`${file}:${line}: ${code}: year "${cells.Year}" is not a year, not used`);
			continue;
		}
		if (raw === '') continue;
		const v = parseNumber(raw);
		if (v === null || v <= 0) {
			problems.push(`${file}:${line}: ${code} ${yearText}: population "${raw}" is not a positive number, not used`);
			continue;
		}
		if (!put(values, code, Number(yearText), v))
			problems.push(`${file}:${line}: ${code} ${yearText}: duplicate, first value kept`);
	}
	return { indicator: indicatorCode, lastUpdated: '', file, values, problems };
}
