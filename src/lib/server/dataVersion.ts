/**
 * The data version (export/dataVersion.ts defines it), computed once per build from the files in `data/`
 * (`DPE_DATA_DIR` when set). Server-only: pages get it through the root layout's data, readers at /data-version.json.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import Papa from 'papaparse';
import { DATA_VERSION_DEFINITION, newestRelease, type DataVersion } from '$lib/export/dataVersion';

/** Every regular `*.csv` file under `dir`, as sorted POSIX paths relative to it. */
function csvFiles(dir: string): string[] {
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

/** The data version of a data folder. Deterministic: the same files give the same version on any machine. */
export function dataVersionOf(dir: string): DataVersion {
	const root = resolve(dir);
	const files = csvFiles(root);
	const hash = createHash('sha256');
	for (const f of files) {
		const bytes = readFileSync(join(root, ...f.split('/')));
		hash.update(f, 'utf8');
		hash.update(`\u0000${bytes.length}\u0000`, 'utf8');
		hash.update(bytes);
	}
	let years: string[] = [];
	if (files.includes('sources.csv')) {
		const parsed = Papa.parse<Record<string, string>>(readFileSync(join(root, 'sources.csv'), 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
		years = parsed.data.map((r) => r.year ?? '');
	}
	return { version: hash.digest('hex').slice(0, 8), newestRelease: newestRelease(years), files: files.length, definition: DATA_VERSION_DEFINITION };
}

let cached: DataVersion | null = null;
/** The build's data version (computed once). */
export function dataVersion(): DataVersion {
	return (cached ??= dataVersionOf(process.env.DPE_DATA_DIR ?? 'data'));
}
