/** Build-time slice for /embed/country/[iso3] and its pinned copy (embed/countryEmbed.ts), from the country page's. */
import type { CountryEmbed } from '$lib/embed/countryEmbed';
import { countryView } from './countryView';
import { indicator, observations, sources } from './data';
import { dataVersion } from './dataVersion';

export function countryEmbedView(iso3: string): CountryEmbed | null {
	const v = countryView(iso3);
	if (!v) return null;
	const cards = v.headline.map((c) => {
		const ind = indicator(c.indicator.indicator_id);
		const used = new Set(observations(ind.indicator_id).flatMap((r) => (r.iso3 === iso3 ? [r.source_id] : [])));
		const ids = [
			...(used.has(ind.source_id) ? [ind.source_id] : []),
			...[...used].filter((s) => s !== ind.source_id).sort()
		];
		return {
			indicator: { ...c.indicator, formula: ind.formula },
			points: c.points,
			modelled: c.modelled,
			sources: ids.flatMap((id) => sources().filter((x) => x.source_id === id))
		};
	});
	const { id, asOf, hash } = dataVersion();
	return {
		version: { id, asOf, hash },
		place: { iso3, name: v.place.name },
		cards,
		markers: v.markers,
		reformYear: v.reform?.year ?? null
	};
}
