/**
 * Problems found in the curated package, each with the file and line a person must open, and a collector that keeps
 * a bounded number per file so that a million bad rows cost fifty messages (and a count), not a stack overflow.
 */

export interface CsvProblem {
	file: string;
	/** 1-based file line; 0 when the problem is about the whole file (missing, unreadable, not referenced). */
	line: number;
	reason: string;
	/** Set only on the closing "… and N more" line of a capped file: how many problems it stands for. */
	more?: number;
}

/** How many problems per file `npm run data:check` shows; the rest are counted. */
export const MAX_PROBLEMS_PER_FILE = 50;

/**
 * Collects problems per file. Keeps the `cap` problems with the lowest line numbers of each file (so the first
 * problems a person would meet are the ones shown, whatever order the checks ran in) and counts the others.
 * Never spreads arrays into `push`, so any number of problems is safe.
 */
export class ProblemLog {
	private readonly kept = new Map<string, CsvProblem[]>();
	private readonly dropped = new Map<string, number>();

	constructor(readonly cap: number = Infinity) {}

	add(file: string, line: number, reason: string): void {
		this.push({ file, line, reason });
	}

	push(p: CsvProblem): void {
		let list = this.kept.get(p.file);
		if (!list) this.kept.set(p.file, (list = []));
		if (list.length < this.cap) {
			list.push(p);
			return;
		}
		this.dropped.set(p.file, (this.dropped.get(p.file) ?? 0) + 1);
		// Full: keep the lower line. The scan is over `cap` items and only runs when the log is full.
		let worst = 0;
		for (let i = 1; i < list.length; i++) if (list[i]!.line > list[worst]!.line) worst = i;
		if (list.length && p.line < list[worst]!.line) list[worst] = p;
	}

	/** Every problem of `file` so far, including those not kept. */
	count(file: string): number {
		return (this.kept.get(file)?.length ?? 0) + (this.dropped.get(file) ?? 0);
	}

	has(file: string): boolean {
		return this.count(file) > 0;
	}

	/** Total number of problems, including those not kept. */
	get total(): number {
		let n = 0;
		for (const f of this.kept.keys()) n += this.count(f);
		return n;
	}

	/** The kept problems of one file, by line. */
	of(file: string): CsvProblem[] {
		return [...(this.kept.get(file) ?? [])].sort((a, b) => a.line - b.line);
	}

	/** All kept problems, by file then line; a capped file ends with "… and N more problems in this file". */
	list(): CsvProblem[] {
		const out: CsvProblem[] = [];
		for (const file of [...this.kept.keys()].sort()) {
			for (const p of this.of(file)) out.push(p);
			const more = this.dropped.get(file);
			if (more) out.push({ file, line: 0, reason: `… and ${more} more problem(s) in this file (the first ${this.cap} by line are shown)`, more });
		}
		return out;
	}
}

/** Number of problems a list stands for (the "… and N more" lines count as N). */
export function problemCount(problems: CsvProblem[]): number {
	let n = 0;
	for (const p of problems) n += p.more ?? 1;
	return n;
}

/**
 * A cell value as it may appear inside a message: quoted, at most 60 characters, with control, bidirectional,
 * unusual space and other invisible characters (and U+FFFD) written as \uXXXX so that a hostile value cannot rewrite the terminal or the CI log.
 */
export function show(value: string | undefined): string {
	const v = value ?? '';
	const chars = v.length > 60 ? [...v] : null; // by code point, so that an emoji is never cut in half
	const cut = chars && chars.length > 60 ? `${chars.slice(0, 60).join('')}…` : v;
	return `"${cut.replace(/[\u0000-\u001f\u007f-\u00a0\u00ad\u061c\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2069\u3000\ufeff\ufff9-\ufffd"\\]/g, (c) =>
		c === '"' ? '\\"' : c === '\\' ? '\\\\' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
	)}"`;
}
