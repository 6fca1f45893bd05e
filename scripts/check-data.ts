/**
 * npm run data:check [DIR] — validate every CSV of the curated package (default ./data).
 * Prints each problem as `DIR/file:line: reason` on stdout (at most 50 per file, then how many more), a summary on
 * stderr, and sets the exit code: 0 clean, 1 problems, 2 when the folder itself cannot be read.
 * The file system is read defensively: a symbolic link, a directory or special file named *.csv, an unreadable or
 * oversized file each become a problem with the file's name, never a stack trace. Output is written, not cut off:
 * the script sets process.exitCode and lets Node drain stdout (a pipe in CI) before it exits.
 */
import { lstatSync, readdirSync, readFileSync, readlinkSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { problemCount } from '../src/lib/data/problems.ts';
import { formatProblem, validatePackage, type PackageFile } from '../src/lib/data/validate.ts';
import { REFORM_KIND_IDS } from '../src/lib/stats/reformKindTypes.ts';

/** Largest CSV the checker reads (the biggest real file is well under 1 MB). */
const MAX_BYTES = 256 * 1024 * 1024;
/** Folders deeper than this are not data/ (observations/ is depth 1). */
const MAX_DEPTH = 4;

function readPackageDir(dir: string): Record<string, PackageFile> {
	const files: Record<string, PackageFile> = {};
	const walk = (abs: string, rel: string, depth: number) => {
		let names: string[];
		try {
			names = readdirSync(abs).sort();
		} catch (e) {
			files[rel ? `${rel}/` : './'] = { unreadable: `cannot list this folder: ${errorText(e)}` };
			return;
		}
		for (const name of names) {
			const safe = name.replace(
				/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffd]/g,
				(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
			);
			if (safe !== name) {
				// Printed as it is, such a name could rewrite the terminal or the CI log.
				files[rel ? `${rel}/${safe}` : safe] = {
					unreadable: 'has control or bidirectional characters in its name: rename it'
				};
				continue;
			}
			const path = rel ? `${rel}/${name}` : name;
			const full = join(abs, name);
			const isCsv = name.toLowerCase().endsWith('.csv');
			let st: Stats;
			try {
				st = lstatSync(full);
			} catch (e) {
				files[path] = { unreadable: `cannot read: ${errorText(e)}` };
				continue;
			}
			if (st.isSymbolicLink()) {
				let target = '?';
				try {
					target = readlinkSync(full);
				} catch {
					/* keep "?" */
				}
				let exists = true;
				try {
					statSync(full);
				} catch {
					exists = false;
				}
				files[path] = {
					unreadable: `is a symbolic link to ${JSON.stringify(target)}${exists ? '' : ' (which does not exist)'}: data/ holds plain files only; replace the link with the file`
				};
			} else if (st.isDirectory()) {
				if (isCsv) files[path] = { unreadable: 'is a folder, not a CSV file: remove or rename it' };
				else if (depth >= MAX_DEPTH)
					files[`${path}/`] = { unreadable: `folders nested deeper than ${MAX_DEPTH} levels are not read` };
				else walk(full, path, depth + 1);
			} else if (!isCsv) {
				continue; // README.md, notes/*.md …
			} else if (!st.isFile()) {
				files[path] = { unreadable: 'is not a regular file (a pipe, socket or device): data/ holds plain files only' };
			} else if (name !== name.trim() || !name.endsWith('.csv')) {
				files[path] = {
					unreadable: `has a file name the package does not use (${JSON.stringify(name)}): names are lower case and end in .csv`
				};
			} else if (st.size > MAX_BYTES) {
				files[path] = {
					unreadable: `is ${Math.round(st.size / 1024 / 1024)} MB; the checker reads files up to ${MAX_BYTES / 1024 / 1024} MB`
				};
			} else {
				try {
					files[path] = readFileSync(full);
				} catch (e) {
					files[path] = { unreadable: `cannot read: ${errorText(e)}` };
				}
			}
		}
	};
	walk(dir, '', 0);
	return files;
}

function errorText(e: unknown): string {
	const err = e as NodeJS.ErrnoException;
	return err.code
		? `${err.code} (${err.message.replace(/^\w+: /, '').replace(/, \w+ '.*'$/, '')})`
		: String(err?.message ?? e);
}

function main(): number {
	const dir = (process.argv[2] ?? 'data').replace(/\/+$/, '') || '/';
	let root: Stats;
	try {
		root = statSync(dir);
	} catch (e) {
		process.stderr.write(`data:check: cannot open the data folder ${JSON.stringify(dir)}: ${errorText(e)}\n`);
		return 2;
	}
	if (!root.isDirectory()) {
		process.stderr.write(`data:check: ${JSON.stringify(dir)} is not a folder\n`);
		return 2;
	}
	const files = readPackageDir(dir);
	// Kinds of reform are defined in code (stats/reformKinds.ts): their Norwegian labels are checked against it.
	const problems = validatePackage(files, { codeVocabularies: { reform_kind: REFORM_KIND_IDS } });
	const n = Object.keys(files).length;
	if (problems.length) {
		process.stdout.write(problems.map((p) => formatProblem(p).replace(/^data\//, `${dir}/`)).join('\n') + '\n');
		process.stderr.write(`data:check: ${problemCount(problems)} problem(s) in ${n} CSV files\n`);
		return 1;
	}
	process.stdout.write(`data:check: ${n} CSV files, no problems\n`);
	return 0;
}

try {
	process.exitCode = main();
} catch (e) {
	// A bug in the checker, not in the data: say so in one line (DPE_DEBUG=1 for the stack).
	process.stderr.write(
		`data:check: internal error: ${(e as Error)?.message ?? String(e)} (this is a bug in scripts/check-data.ts or src/lib/data/; DPE_DEBUG=1 shows the stack)\n`
	);
	if (process.env.DPE_DEBUG) process.stderr.write(`${(e as Error)?.stack ?? ''}\n`);
	process.exitCode = 2;
}
