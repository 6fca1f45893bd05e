/**
 * CSV downloads of the curated package, prerendered as static files: /downloads/<name>.csv
 * Every file passes through the formula neutraliser (csvSafe.ts), so that even a hand-edited CSV that slipped past
 * data:check cannot run a formula in a reader's spreadsheet. Reads the package from DPE_DATA_DIR like server/data.ts.
 */
import { error } from '@sveltejs/kit';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { neutraliseCsv } from '$lib/data/csvSafe';
import { decodeCsvBytes } from '$lib/data/decode';
import { indicators } from '$lib/server/data';

const DATA_DIR = resolve(process.env.DPE_DATA_DIR ?? 'data');
const TABLES = [
	'countries',
	'place_names',
	'sources',
	'indicators',
	'policies',
	'policy_sources',
	'policy_cells',
	'policy_events',
	'regulation_models'
];

export const prerender = true;

export function entries() {
	return [
		...TABLES.filter((t) => existsSync(join(DATA_DIR, `${t}.csv`))),
		...indicators().map((i) => i.indicator_id)
	].map((name) => ({ file: `${name}.csv` }));
}

export function GET({ params }) {
	const name = params.file.replace(/\.csv$/, '');
	const path = TABLES.includes(name)
		? `${name}.csv`
		: indicators().some((i) => i.indicator_id === name)
			? `observations/${name}.csv`
			: null;
	if (!path) error(404, 'No such dataset');
	const decoded = decodeCsvBytes(readFileSync(join(DATA_DIR, path)), path);
	if (decoded.problem) throw new Error(`data/${path}:${decoded.problem.line}: ${decoded.problem.reason}`);
	return new Response(neutraliseCsv(decoded.text), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
