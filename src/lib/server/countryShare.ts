/** What the country page's share menu needs beyond its slice: the headline indicators' definitions (a few lines). */
import { indicatorInLang } from '$lib/data/dataWords';
import type { Lang } from '$lib/strings/lang';
import type { CountryView } from './countryView';
import { indicators } from './data';
import { dataWords } from './dataWords';

/** Each headline indicator's description, in `lang`. */
export function headlineDefinitions(view: Pick<CountryView, 'headline'>, lang: Lang = 'en'): Record<string, string> {
	const ids = new Set(view.headline.map((c) => c.indicator.indicator_id));
	const words = dataWords(lang);
	return Object.fromEntries(
		indicators()
			.filter((i) => ids.has(i.indicator_id))
			.map((i) => [
				i.indicator_id,
				indicatorInLang({ indicator_id: i.indicator_id, description: i.description }, words).description
			])
	);
}
