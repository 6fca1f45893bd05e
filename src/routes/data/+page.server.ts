import { indicators, observations, sources } from '$lib/server/data';

/** Catalogue: every indicator with its coverage, and every source. */
export function load() {
	const inds = indicators().map((ind) => {
		const rows = observations(ind.indicator_id);
		const years = rows.map((r) => r.year);
		const places = new Set(rows.map((r) => r.iso3));
		return {
			...ind,
			coverage: {
				rows: rows.length,
				places: places.size,
				first: years.length ? Math.min(...years) : null,
				last: years.length ? Math.max(...years) : null
			}
		};
	});
	return { indicators: inds, sources: sources() };
}
