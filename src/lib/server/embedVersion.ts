/**
 * This build's data version (embed/version.ts): the newest retrieval date in data/sources.csv (a `retrieved` or
 * `accessed` column, YYYY-MM-DD; while sources.csv has neither, the newest dataset `year`) and a SHA-256 over the
 * names and bytes of every data/*.csv and data/observations/*.csv, so any change to any number gives a new version.
 * The lead merges this with the site-wide data version; the rule is the same.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { dataVersion, type DataVersion } from '$lib/embed/version';

const DATA_DIR = resolve(process.env.DPE_DATA_DIR ?? 'data');
let cached: DataVersion | null = null;

function csvFiles(dir: string, prefix = ''): string[] {
	return readdirSync(join(dir, prefix), { withFileTypes: true })
		.flatMap((e) => (e.isDirectory() ? (e.name === 'observations' && !prefix ? csvFiles(dir, e.name) : []) : e.name.endsWith('.csv') ? [join(prefix, e.name)] : []))
		.sort();
}

/** The newest retrieval date (or year) in a sources.csv text. */
export function newestRetrieval(sourcesCsv: string): string {
	const rows = Papa.parse<Record<string, string>>(sourcesCsv, { header: true, skipEmptyLines: true }).data;
	const dates = rows.flatMap((r) => [r.retrieved, r.accessed, r.retrieved_on].filter((v): v is string => !!v && /^\d{4}-\d{2}-\d{2}$/.test(v.trim())).map((v) => v.trim()));
	if (dates.length) return dates.sort().at(-1)!;
	const years = rows.map((r) => (r.year ?? '').trim()).filter((y) => /^\d{4}$/.test(y));
	return years.sort().at(-1) ?? '0000';
}

/** Hash of the given files (path relative to `dir`, then bytes, each framed by its length). */
export function dataHash(dir: string, files: string[]): string {
	const h = createHash('sha256');
	for (const f of files) {
		const bytes = readFileSync(join(dir, f));
		h.update(`${f.replace(/\\/g, '/')}\0${bytes.length}\0`);
		h.update(bytes);
	}
	return h.digest('hex');
}

export function embedVersion(dir = DATA_DIR): DataVersion {
	if (dir === DATA_DIR && cached) return cached;
	const v = dataVersion(newestRetrieval(readFileSync(join(dir, 'sources.csv'), 'utf8')), dataHash(dir, csvFiles(dir)));
	if (dir === DATA_DIR) cached = v;
	return v;
}
