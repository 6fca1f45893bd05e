import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toCsv } from '../../../src/lib/data/csv.ts';
import type { Indicator, Observation, Source } from '../../../src/lib/data/types.ts';

export const OBSERVATION_COLUMNS: (keyof Observation)[] = ['iso3', 'year', 'value', 'flag', 'source_id', 'note'];

/** What one importer produces. Importers never write files themselves; `writeImport` does. */
export interface ImportResult {
	/** indicator_id -> rows */
	observations: Record<string, Observation[]>;
	/** Every source row that could not be placed (unknown entity, unparseable value), with why. Never silent. */
	unplaced: string[];
	/**
	 * Sentences computed from this run's data, appended to an indicator's caveat in data/indicators.csv (indicator_id ->
	 * text), e.g. in how many country-years two tables disagree. Facts that depend on the publisher's file are computed,
	 * never typed into the static metadata.
	 */
	caveats?: Record<string, string>;
}

/** Environment variable naming the file where `writeImport` leaves `caveats` for all.ts (set by all.ts only). */
export const CAVEATS_FILE_ENV = 'DPE_IMPORT_CAVEATS_FILE';

/** The module's indicators with the run's computed caveat sentences appended. */
export function withComputedCaveats(indicators: Indicator[], caveats: Record<string, string> = {}): Indicator[] {
	return indicators.map((i) =>
		caveats[i.indicator_id] ? { ...i, caveat: `${i.caveat} ${caveats[i.indicator_id]}` } : i
	);
}

/** An importer module's shape: its metadata plus a pure-ish run over source paths. */
export interface Importer {
	name: string;
	sources: Source[];
	indicators: Indicator[];
}

/** Sort rows by iso3 then year so that diffs of refreshed data stay small. */
export function sortObservations(rows: Observation[]): Observation[] {
	return [...rows].sort((a, b) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : a.year - b.year));
}

/** Write data/observations/<indicator>.csv for each indicator of the result, and print the unplaced rows. */
export function writeImport(result: ImportResult, outDir: string, importerName: string): void {
	for (const [id, rows] of Object.entries(result.observations)) {
		const file = join(outDir, 'observations', `${id}.csv`);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, toCsv(sortObservations(rows), OBSERVATION_COLUMNS));
		console.log(`${importerName}: wrote ${rows.length} rows to ${file}`);
	}
	const caveatsFile = process.env[CAVEATS_FILE_ENV];
	if (caveatsFile) writeFileSync(caveatsFile, JSON.stringify(result.caveats ?? {}));
	if (result.unplaced.length) {
		console.log(`${importerName}: ${result.unplaced.length} source rows not placed:`);
		for (const u of result.unplaced) console.log(`  - ${u}`);
	}
}

/** Round to n decimals without float noise (derived values only; published values are kept as published). */
export function round(value: number, decimals: number): number {
	const f = 10 ** decimals;
	return Math.round(value * f) / f;
}

/** Parse a published number cell: accepts "1 234", "1,234", "12.5"; returns null for blank, "..", ":", "[x]", "-", "n/a". */
export function parseNumber(cell: unknown): number | null {
	if (cell === null || cell === undefined) return null;
	if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
	const s = String(cell).trim();
	if (s === '' || /^(\.\.|:|-|–|\[x\]|\[z\]|n\/a|na|x)$/i.test(s)) return null;
	const normal = s.replace(/[\s\u00a0]/g, '').replace(/,(?=\d{3}(\D|$))/g, '');
	if (!/^-?\d+(\.\d+)?$/.test(normal)) return null;
	return Number(normal);
}

/** Command-line arguments: positional paths and `--out DIR` (default `data`). */
export function cliArgs(argv = process.argv.slice(2)): { paths: string[]; out: string } {
	const paths: string[] = [];
	let out = 'data';
	for (let i = 0; i < argv.length; i++) {
		if (argv[i] === '--out') out = argv[++i] ?? out;
		else paths.push(argv[i]!);
	}
	return { paths, out };
}

/** True when this module is the script Node was started with (so importers can be imported by tests without running). */
export function isMain(metaUrl: string): boolean {
	const arg = process.argv[1];
	if (!arg) return false;
	return fileURLToPath(metaUrl) === resolve(arg);
}
