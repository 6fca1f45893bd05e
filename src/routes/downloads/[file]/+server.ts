/** CSV downloads of the curated package, prerendered as static files: /downloads/<name>.csv */
import { error } from '@sveltejs/kit';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indicators } from '$lib/server/data';

const TABLES = ['countries', 'sources', 'indicators', 'policies', 'policy_sources', 'policy_cells', 'policy_events', 'regulation_models'];

export const prerender = true;

export function entries() {
	return [...TABLES.filter((t) => existsSync(join('data', `${t}.csv`))), ...indicators().map((i) => i.indicator_id)].map((name) => ({ file: `${name}.csv` }));
}

export function GET({ params }) {
	const name = params.file.replace(/\.csv$/, '');
	const path = TABLES.includes(name) ? `${name}.csv` : indicators().some((i) => i.indicator_id === name) ? `observations/${name}.csv` : null;
	if (!path) error(404, 'No such dataset');
	return new Response(readFileSync(join('data', path), 'utf8'), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
