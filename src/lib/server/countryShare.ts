/** What the country page's share menu needs beyond its slice: the headline indicators' definitions (a few lines). */
import type { CountryView } from './countryView';
import { indicators } from './data';

export function headlineDefinitions(view: Pick<CountryView, 'headline'>): Record<string, string> {
	const ids = new Set(view.headline.map((c) => c.indicator.indicator_id));
	return Object.fromEntries(
		indicators()
			.filter((i) => ids.has(i.indicator_id))
			.map((i) => [i.indicator_id, i.description])
	);
}
