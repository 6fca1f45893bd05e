/**
 * This build's data version (embed/version.ts defines it; README, "Data version"), computed once per build from the
 * files in `data/` (`DPE_DATA_DIR` when set): `<asOf>-<hash>`, asOf the newest retrieval date in data/sources.csv (a
 * `retrieved` or `accessed` column, YYYY-MM-DD; while sources.csv has neither, the newest dataset `year`), hash the
 * first 10 hex digits of a SHA-256 over every CSV file under data/ (sub-folders included). Server-only: pages get it
 * through the root layout's data, embeds through their load, readers at /data-version.json.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import Papa from 'papaparse';
import { DATA_VERSION_DEFINITION, dataVersion as versionOf, type DataVersion } from '$lib/embed/version';

/** What /data-version.json says: the version, how many files went into it and how it is defined. */
export interface DataVersionReport extends DataVersion {
	files: number;
	definition: string;
}

/** Every regular `*.csv` file under `dir`, as POSIX paths relative to it, sorted by code unit. */
export function csvFiles(dir: string): string[] {
	const out: string[] = [];
	const walk = (d: string) => {
		for (const e of readdirSync(d, { withFileTypes: true })) {
			const p = join(d, e.name);
			if (e.isDirectory()) walk(p);
			else if (e.isFile() && e.name.endsWith('.csv')) out.push(relative(dir, p).split(sep).join('/'));
		}
	};
	walk(dir);
	return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The newest retrieval date (or, without one, the newest four-digit dataset year) in a sources.csv text. */
export function newestRetrieval(sourcesCsv: string): string {
	const rows = Papa.parse<Record<string, string>>(sourcesCsv.replace(/^\uFEFF/, ''), {
		header: true,
		skipEmptyLines: true
	}).data;
	const dates = rows.flatMap((r) =>
		[r.retrieved, r.accessed, r.retrieved_on]
			.filter((v): v is string => !!v && /^\d{4}-\d{2}-\d{2}$/.test(v.trim()))
			.map((v) => v.trim())
	);
	if (dates.length) return dates.sort().at(-1)!;
	const years = rows.map((r) => (r.year ?? '').trim()).filter((y) => /^\d{4}$/.test(y));
	return years.sort().at(-1) ?? '0000';
}

/** SHA-256 (hex) of the given files: each as its path, NUL, byte length, NUL, bytes. */
export function dataHash(dir: string, files: readonly string[]): string {
	const h = createHash('sha256');
	for (const f of files) {
		const bytes = readFileSync(join(dir, ...f.split('/')));
		h.update(`${f}\u0000${bytes.length}\u0000`, 'utf8');
		h.update(bytes);
	}
	return h.digest('hex');
}

/** The data version of a data folder. Deterministic: the same files give the same version on any machine. */
export function dataVersionOf(dir: string): DataVersionReport {
	const root = resolve(dir);
	const files = csvFiles(root);
	const sources = files.includes('sources.csv') ? readFileSync(join(root, 'sources.csv'), 'utf8') : '';
	return {
		...versionOf(newestRetrieval(sources), dataHash(root, files)),
		files: files.length,
		definition: DATA_VERSION_DEFINITION
	};
}

let cached: DataVersionReport | null = null;
/** The build's data version (computed once). */
export function dataVersion(): DataVersionReport {
	return (cached ??= dataVersionOf(process.env.DPE_DATA_DIR ?? 'data'));
}

/** The build's data version as pages and data files carry it: id, as-of and hash, without the report's fields. */
export function pageDataVersion(): DataVersion {
	const { id, asOf, hash } = dataVersion();
	return { id, asOf, hash };
}
