/**
 * Peers: a few comparable countries for a country and an indicator. Pure.
 *
 * Rule (shown on the country page): candidates are countries (not sub-national entities) with data for the indicator
 * in the reference years, in the same UN subregion; if fewer than k, the same UN region fills up the list. They are
 * ranked first by whether their drug policy is documented in policies.csv (a peer is only useful if its policy can be
 * compared), then by how close their mean level in the reference years is to the country's. Reference years: the N years
 * before the country's reform when it has one, else its latest N years with data.
 */
export interface PeerCandidate {
	iso3: string;
	name: string;
	region: string;
	subregion: string;
	kind: 'country' | 'subnational';
	/** year -> value for the indicator. */
	values: Map<number, number>;
	/** Has a row in policies.csv (its policy can be compared). Undocumented places still qualify, after documented ones. */
	documented?: boolean;
}

export interface Peer {
	iso3: string;
	name: string;
	/** Mean in the reference years. */
	level: number;
	/** `subregion` or `region`: which ring of the rule picked it. */
	match: 'subregion' | 'region';
}

export function referenceYears(
	values: Map<number, number>,
	reformYear: number | null,
	n: number
): [number, number] | null {
	if (reformYear !== null) return [reformYear - n, reformYear - 1];
	const years = [...values.keys()];
	if (!years.length) return null;
	const last = Math.max(...years);
	return [last - n + 1, last];
}

function levelIn(values: Map<number, number>, [from, to]: [number, number]): number | null {
	const v: number[] = [];
	for (const [y, x] of values) if (y >= from && y <= to) v.push(x);
	return v.length ? v.reduce((a, b) => a + b, 0) / v.length : null;
}

export function findPeers(
	target: { iso3: string; region: string; subregion: string; values: Map<number, number>; reformYear: number | null },
	candidates: PeerCandidate[],
	k = 3,
	n = 5
): Peer[] {
	const ref = referenceYears(target.values, target.reformYear, n);
	if (!ref) return [];
	const own = levelIn(target.values, ref);
	if (own === null) return [];
	const scored = candidates
		.filter((c) => c.iso3 !== target.iso3 && c.kind === 'country' && c.region && c.region === target.region)
		.map((c) => ({ c, level: levelIn(c.values, ref) }))
		.filter((x): x is { c: PeerCandidate; level: number } => x.level !== null)
		.map((x) => ({
			...x,
			match: (x.c.subregion === target.subregion ? 'subregion' : 'region') as Peer['match'],
			dist: Math.abs(x.level - own)
		}))
		.sort(
			(a, b) =>
				(a.match === b.match ? 0 : a.match === 'subregion' ? -1 : 1) ||
				Number(!!b.c.documented) - Number(!!a.c.documented) ||
				a.dist - b.dist ||
				a.c.iso3.localeCompare(b.c.iso3)
		);
	return scored.slice(0, k).map((x) => ({ iso3: x.c.iso3, name: x.c.name, level: x.level, match: x.match }));
}
