/**
 * The publisher a table names once for all its rows: the preferred one (the indicator's own source) when any row
 * uses it, else the one most rows use (first seen on a tie); '' when no row has a source. Pure.
 */
export function mainPublisher(rowPublishers: readonly string[], preferred: string): string {
	if (rowPublishers.includes(preferred)) return preferred;
	const count = new Map<string, number>();
	for (const p of rowPublishers) count.set(p, (count.get(p) ?? 0) + 1);
	let best = '';
	for (const [p, n] of count) if (n > (count.get(best) ?? 0)) best = p;
	return best;
}
