/**
 * /country/[iso3]: prerendered for every place in data/countries.csv (the map links to each one), so a place with
 * no data still gets a page that says so. The slice is built in $lib/server/countryView.
 */
import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { langOfPath } from '$lib/strings/lang';
import { countries } from '$lib/server/data';
import { headlineDefinitions } from '$lib/server/countryShare';
import { countryView } from '$lib/server/countryView';
import { countryRegulation } from '$lib/server/slices/regulation';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => countries().map((c) => ({ iso3: c.iso3 }));

export const load: PageServerLoad = ({ params, url }) => {
	const lang = langOfPath(url.pathname, base);
	const view = countryView(params.iso3, lang) ?? error(404, `No place with code ${params.iso3}`);
	return { ...view, definitions: headlineDefinitions(view), regulation: countryRegulation(params.iso3, lang) };
};
