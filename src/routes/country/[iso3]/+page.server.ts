/**
 * /country/[iso3]: prerendered for every place in data/countries.csv (the map links to each one), so a place with
 * no data still gets a page that says so. The slice is built in $lib/server/countryView.
 */
import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { countries } from '$lib/server/data';
import { headlineDefinitions } from '$lib/server/countryShare';
import { countryView } from '$lib/server/countryView';
import { countryViewInLang } from '$lib/server/countryWords';
import { countryRegulation } from '$lib/server/slices/regulation';
import { langOfPath } from '$lib/strings/lang';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => countries().map((c) => ({ iso3: c.iso3 }));

/** The data's words (place and indicator names, units, source titles) in the page's language: countryWords.ts. */
export const load: PageServerLoad = ({ params, url }) => {
	const lang = langOfPath(url.pathname, base);
	const view = countryViewInLang(
		countryView(params.iso3, lang) ?? error(404, `No place with code ${params.iso3}`),
		lang
	);
	return {
		...view,
		definitions: headlineDefinitions(view, lang),
		regulation: countryRegulation(params.iso3, lang)
	};
};
