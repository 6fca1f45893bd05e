/**
 * A country page's data (/country/<ISO3>, the route's load and its island, src/islands.server.ts): the view of the
 * place (server/countryView.ts) with the data's words in `lang` (countryWords.ts), the headline charts' definitions
 * and the place's regulation models. Null for a code that is not a place in data/countries.csv.
 */
import type { Lang } from '$lib/strings/lang';
import { headlineDefinitions } from '../countryShare';
import { countryView } from '../countryView';
import { countryViewInLang } from '../countryWords';
import { countryRegulation } from './regulation';

export function countrySlice(iso3: string, lang: Lang) {
	const found = countryView(iso3, lang);
	if (!found) return null;
	const view = countryViewInLang(found, lang);
	return { ...view, definitions: headlineDefinitions(view, lang), regulation: countryRegulation(iso3, lang) };
}

export type CountrySlice = NonNullable<ReturnType<typeof countrySlice>>;
