/**
 * npm run data:check [DIR] — validate every CSV of the curated package (default ./data).
 * Prints each problem as `data/file:line: reason` and exits 1 if there is any.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatProblem, validatePackage } from '../src/lib/data/validate.ts';

const dir = process.argv[2] ?? 'data';
const files: Record<string, string> = {};
function walk(d: string) {
	for (const name of readdirSync(d)) {
		const p = join(d, name);
		if (statSync(p).isDirectory()) walk(p);
		else if (name.endsWith('.csv')) files[relative(dir, p).split('\\').join('/')] = readFileSync(p, 'utf8');
	}
}
walk(dir);
const problems = validatePackage(files);
for (const p of problems) console.log(formatProblem(p).replace(/^data\//, `${dir.replace(/\/$/, '')}/`));
const n = Object.keys(files).length;
if (problems.length) {
	console.error(`data:check: ${problems.length} problem(s) in ${n} CSV files`);
	process.exit(1);
}
console.log(`data:check: ${n} CSV files, no problems`);
