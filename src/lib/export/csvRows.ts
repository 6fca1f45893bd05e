/**
 * The CSV of exactly the numbers a view shows: a line chart's places × years (as its table, `LineTable.svelte`) or the
 * map's ranked table (`RankedTable.svelte`, default order), one value a row, with `# ` header lines naming the title,
 * sources, licence, definition, unit, the view's URL and the retrieval date. Pure.
 *
 * The header lines and column names are in the page's language (`lang`); the number cells are not: in both languages
 * they are rounded to the decimals the page shows and written with a dot and without thousands separators, so a
 * spreadsheet or a script reads them as numbers (a header line says so); a missing value is an empty cell (never 0) and says so in the flag column; flags have their own
 * column. Every text cell goes through `neutraliseCell` (formula injection); numbers, negative ones too, stay numbers.
 * The table is written by PapaParse; the header lines are plain `# ` lines (PapaParse reads past them with
 * `comments: '#'`).
 */
import Papa from 'papaparse';
import { flagNote } from '../charts/caution.ts';
import { nameCollator } from '../data/nameOrder.ts';
import type { Series, SeriesPoint } from '../charts/series.ts';
import { looksLikeFormula, neutraliseCell } from '../data/csvSafe.ts';
import type { MapCell, MissingReason } from '../map/mapCells.ts';
import type { MapMode } from '../map/mapMode.ts';
import type { Lang } from '../strings/lang.ts';
import { mapText } from '../strings/map.ts';
import { shareText, type ShareStrings } from '../strings/share.ts';
import { formatDate } from './formatDate.ts';

export type CsvCell = string | number;

export interface CsvTable {
	columns: string[];
	rows: CsvCell[][];
}

/** A dataset the numbers come from (a row of sources.csv, or the part of it a page has). */
export interface CsvSource {
	publisher: string;
	title: string;
	year: string;
	url: string;
	licence: string;
}

/** What an indicator is, for the header lines. */
export interface CsvIndicator {
	label: string;
	unit: string;
	/** The indicator's definition (indicators.csv `description`); '' when the page does not have it. */
	definition: string;
}

export interface CsvHeader {
	title: string;
	sources: readonly CsvSource[];
	indicators: readonly CsvIndicator[];
	/** The view's URL (absolute). */
	url: string;
	retrieved: Date;
	/** Data version (server/dataVersion.ts), when known. */
	dataVersion?: string;
}

type Words = ShareStrings['csv'];
const wordsOf = (lang: Lang): Words => shareText[lang].csv;

const oneLine = (s: string) => s.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();
/**
 * A spreadsheet that opens the file splits a `# ` line at its commas too: a piece that would start a formula (also
 * after an opening quote) gets the same `'` as a cell, so no header line can carry one.
 */
const safeLine = (line: string) =>
	line
		.split(',')
		.map((piece) => (looksLikeFormula(piece.trim().replace(/^"\s*/, '')) ? `'${piece}` : piece))
		.join(',');
/** `2026-12-01`: the date in UTC, the same in every time zone for a given instant. */
export const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** The `# ` lines above the table, in `lang`: the retrieval date as the language writes it ("1. desember 2026"). */
export function headerLines(h: CsvHeader, lang: Lang = 'en'): string[] {
	const w = wordsOf(lang);
	const lines: string[] = [`${w.title}: ${h.title}`];
	const seen = new Set<string>();
	for (const s of h.sources) {
		const key = `${s.publisher}\u0000${s.title}\u0000${s.year}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const year = s.year && s.year !== 'n.d.' ? s.year : w.noYear;
		lines.push(`${w.source}: ${s.publisher}, ${s.title} (${year}). ${s.url}`);
		if (s.licence) lines.push(`${w.licence}: ${s.licence}`);
	}
	const many = h.indicators.length > 1;
	for (const i of h.indicators) {
		const tag = many ? ` (${i.label})` : '';
		if (i.definition) lines.push(`${w.definition}${tag}: ${i.definition}`);
		else if (!many) lines.push(`${w.definition}: ${i.label}`);
		if (i.unit) lines.push(`${w.unit}${tag}: ${i.unit}`);
	}
	lines.push(`${w.view}: ${h.url}`, `${w.retrieved}: ${formatDate(h.retrieved, lang)}`);
	if (h.dataVersion) lines.push(`${w.dataVersion}: ${h.dataVersion}`);
	lines.push(w.note, w.numbers);
	return lines.map((l) => `# ${safeLine(oneLine(l))}`);
}

/** A value as the page rounds it, as a plain number (no thousands separator): 1234.5 with 1 decimal -> "1234.5". */
export function shownValue(value: number, decimals: number): string {
	const s = value.toFixed(decimals);
	return /^-0(\.0*)?$/.test(s) ? s.slice(1) : s;
}

export interface LineRowsOptions {
	decimals: number;
	/** Publisher of a source id. */
	sourceName: (sourceId: string) => string;
	/** Years (or x values) the view shows; default: every year any series has, as the chart's table does. */
	years?: readonly number[];
	/** How x is written: the year (default) or, when aligned on reforms, years relative to each reform. */
	xFormat?: (x: number) => CsvCell;
	/** Name of the x column (default "year"; e.g. "years_since_reform" when aligned). */
	xColumn?: string;
	/** Prepend indicator and unit columns (a page that shows several indicators in one file). */
	indicator?: { label: string; unit: string };
}

/** Rows of a line chart: one per place and year shown, in the chart's order (places as listed, years ascending). */
export function lineRows(series: readonly Series[], o: LineRowsOptions, lang: Lang = 'en'): CsvTable {
	const w = wordsOf(lang);
	const years = o.years
		? [...o.years]
		: [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
	const x = o.xFormat ?? ((y: number) => y);
	const c = w.col;
	const columns = [
		...(o.indicator ? [c.indicator, c.unit] : []),
		c.code,
		c.place,
		o.xColumn ?? c.year,
		c.value,
		c.flag,
		c.source
	];
	const rows: CsvCell[][] = [];
	for (const s of series) {
		const at = new Map<number, SeriesPoint>(s.points.map((p) => [p.year, p]));
		for (const y of years) {
			const p = at.get(y);
			const lead = o.indicator ? [o.indicator.label, o.indicator.unit] : [];
			rows.push(
				p
					? [
							...lead,
							s.key,
							s.label,
							x(y),
							shownValue(p.value, o.decimals),
							p.flag ? (w.flags[p.flag] ?? p.flag) : '',
							o.sourceName(p.source_id)
						]
					: [...lead, s.key, s.label, x(y), '', w.missing, '']
			);
		}
	}
	return { columns, rows };
}

export interface MapRowsOptions {
	mode: MapMode;
	decimals: number;
	nameOf: (iso3: string) => string;
	sourceName: (sourceId: string) => string;
	/** Why a place has no value (default: the map table's words). */
	missingText?: (reason: MissingReason) => string;
}

/**
 * Rows of the map's ranked table in its default order: places with a value by rank (highest first, ties by name),
 * then places without one by name. Change modes give the % change as the page rounds it, and both ends.
 */
export function mapRows(cells: Iterable<MapCell>, o: MapRowsOptions, lang: Lang = 'en'): CsvTable {
	const w = wordsOf(lang);
	const all = [...cells];
	const order = nameCollator(lang).compare;
	const byName = (a: MapCell, b: MapCell) => order(o.nameOf(a.iso3), o.nameOf(b.iso3));
	const withData = all.filter((c) => c.metric !== null).sort((a, b) => b.metric! - a.metric! || byName(a, b));
	const missing = all.filter((c) => c.metric === null).sort(byName);
	const change = o.mode === 'change' || o.mode === 'reform';
	const why = o.missingText ?? ((r: MissingReason) => mapText[lang].missing[r]);
	const c = w.col;
	const columns = change
		? [c.rank, c.code, c.place, c.change, c.fromValue, c.fromYear, c.toValue, c.toYear, c.flag, c.source, c.missing]
		: [c.rank, c.code, c.place, c.value, c.year, c.flag, c.source, c.missing];
	const publishers = (cell: MapCell) =>
		[cell.point?.source_id, change ? cell.fromPoint?.source_id : undefined]
			.filter((s): s is string => !!s)
			.map(o.sourceName)
			.filter((p, i, a) => a.indexOf(p) === i)
			.join('; ');
	const rows: CsvCell[][] = withData.map((cell, i) => {
		const p = cell.point!;
		const flag = flagNote(p.flag || (change ? cell.fromPoint?.flag : '') || '', cell.breakYear, p.year, change, lang);
		const head = [i + 1, cell.iso3, o.nameOf(cell.iso3)];
		if (!change) return [...head, shownValue(p.value, o.decimals), p.year, flag, publishers(cell), ''];
		const f = cell.fromPoint;
		return [
			...head,
			Math.round(cell.metric!),
			f ? shownValue(f.value, o.decimals) : '',
			f?.year ?? '',
			shownValue(p.value, o.decimals),
			p.year,
			flag,
			publishers(cell),
			''
		];
	});
	for (const cell of missing) {
		const blanks = change ? ['', '', '', '', ''] : ['', ''];
		rows.push(['', cell.iso3, o.nameOf(cell.iso3), ...blanks, '', '', cell.missing ? why(cell.missing) : w.missing]);
	}
	return { columns, rows };
}

/** Text cells neutralised (formula injection); numbers as they are. */
const safe = (cell: CsvCell): CsvCell => (typeof cell === 'number' ? cell : neutraliseCell(cell));

/** The whole file: header lines, then the table (PapaParse), `\n` line ends, a final newline. */
export function toCsv(header: CsvHeader, table: CsvTable, lang: Lang = 'en'): string {
	const body = Papa.unparse(
		{ fields: table.columns.map((c) => neutraliseCell(c)), data: table.rows.map((r) => r.map(safe)) },
		{ newline: '\n' }
	);
	return `${headerLines(header, lang).join('\n')}\n${body}\n`;
}
