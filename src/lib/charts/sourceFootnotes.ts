/**
 * One "Sources" list for a page that shows many charts: every dataset once, grouped under its publisher, numbered so
 * each chart can refer to its datasets by number instead of repeating publisher, title and licence. Pure.
 *
 * Publishers come in the order the page first uses one of their datasets; a publisher's datasets in the order first
 * used; numbers run 1, 2, 3 … down the list as printed, so the list reads in order.
 */
export interface PublisherGroup<S> {
	publisher: string;
	datasets: { n: number; source: S }[];
}

export interface Footnotes<S> {
	groups: PublisherGroup<S>[];
	/** source_id -> its number in the list. */
	number: Record<string, number>;
}

/** `uses`: the source ids of each chart, in page order. Ids `sourceOf` does not know are left out. */
export function numberSources<S extends { source_id: string; publisher: string }>(
	uses: readonly (readonly string[])[],
	sourceOf: (id: string) => S | undefined
): Footnotes<S> {
	const order: S[] = [];
	const seen = new Set<string>();
	for (const ids of uses)
		for (const id of ids) {
			if (seen.has(id)) continue;
			seen.add(id);
			const s = sourceOf(id);
			if (s) order.push(s);
		}
	const byPublisher = new Map<string, S[]>();
	for (const s of order) {
		let list = byPublisher.get(s.publisher);
		if (!list) byPublisher.set(s.publisher, (list = []));
		list.push(s);
	}
	let n = 0;
	const number: Record<string, number> = {};
	const groups = [...byPublisher].map(([publisher, list]) => ({
		publisher,
		datasets: list.map((source) => {
			number[source.source_id] = ++n;
			return { n, source };
		})
	}));
	return { groups, number };
}

/** Footnote numbers as short runs: [5, 1, 2, 3] -> [[1, 3], [5, 5]] (sorted, duplicates once). */
export function numberRuns(ns: readonly number[]): [number, number][] {
	const sorted = [...new Set(ns)].sort((a, b) => a - b);
	const out: [number, number][] = [];
	for (const n of sorted) {
		const last = out[out.length - 1];
		if (last && n === last[1] + 1) last[1] = n;
		else out.push([n, n]);
	}
	return out;
}

/**
 * Sources a derived indicator's formula names besides its own (a denominator: "÷ World Bank … (source
 * worldbank-wdi-sp-pop-totl)"), among the known source ids, in the order the formula names them.
 */
export function formulaSources(formula: string, known: readonly string[]): string[] {
	return known
		.map((id) => ({ id, at: formula.search(new RegExp(`(^|[^a-z0-9-])${id.replace(/[-]/g, '\\-')}($|[^a-z0-9-])`)) }))
		.filter((x) => x.at >= 0)
		.sort((a, b) => a.at - b.at)
		.map((x) => x.id);
}
