import { base } from '$app/paths';
import { indicatorInLang, sourceInLang } from '$lib/data/dataWords';
import { indicators, observations, sources } from '$lib/server/data';
import { dataWords } from '$lib/server/dataWords';
import { langOfPath } from '$lib/strings/lang';

/** Catalogue: every indicator with its coverage, and every source, the data's words in the page's language. */
export function load({ url }) {
	const words = dataWords(langOfPath(url.pathname, base));
	const inds = indicators().map((ind) => {
		const rows = observations(ind.indicator_id);
		const years = rows.map((r) => r.year);
		const places = new Set(rows.map((r) => r.iso3));
		return {
			...indicatorInLang(ind, words),
			coverage: {
				rows: rows.length,
				places: places.size,
				first: years.length ? Math.min(...years) : null,
				last: years.length ? Math.max(...years) : null
			}
		};
	});
	return { indicators: inds, sources: sources().map((s) => sourceInLang(s, words)) };
}
