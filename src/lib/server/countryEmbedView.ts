/** Build-time slice for /embed/country/[iso3] and its pinned copy (embed/countryEmbed.ts), from the country page's. */
import { indicatorInLang, sourceInLang, type InEnglish } from '$lib/data/dataWords';
import type { CountryEmbed } from '$lib/embed/countryEmbed';
import type { Lang } from '$lib/strings/lang';
import { countryView } from './countryView';
import { countryViewInLang } from './countryWords';
import { indicator, observations, sources } from './data';
import { pageDataVersion } from './dataVersion';
import { dataWords } from './dataWords';

/** The embed's slice with the data's words in `lang` (also /embed/v/<version>/country/<iso3>.json and …/nb/country/…). */
export function countryEmbedView(iso3: string, lang: Lang = 'en'): CountryEmbed | null {
	const found = countryView(iso3, lang);
	if (!found) return null;
	const v = countryViewInLang(found, lang);
	const words = dataWords(lang);
	const cards = v.headline.map((c) => {
		const ind = indicator(c.indicator.indicator_id);
		const used = new Set(observations(ind.indicator_id).flatMap((r) => (r.iso3 === iso3 ? [r.source_id] : [])));
		const ids = [
			...(used.has(ind.source_id) ? [ind.source_id] : []),
			...[...used].filter((s) => s !== ind.source_id).sort()
		];
		return {
			indicator: indicatorInLang({ ...c.indicator, formula: ind.formula }, words),
			points: c.points,
			modelled: c.modelled,
			sources: ids.flatMap((id) => sources().filter((x) => x.source_id === id)).map((s) => sourceInLang(s, words))
		};
	});
	// { iso3, name } & InEnglish: `inEnglish: ['name']` when the place has no name in `lang`.
	const { name, inEnglish } = v.place as typeof v.place & InEnglish;
	const place = inEnglish ? { iso3, name, inEnglish } : { iso3, name };
	return {
		version: pageDataVersion(),
		place,
		cards,
		markers: v.markers,
		reformYear: v.reform?.year ?? null
	};
}
