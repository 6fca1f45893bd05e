/**
 * /country/[iso3]: prerendered for every place in data/countries.csv (the map links to each one), so a place with
 * no data still gets a page that says so. The slice: $lib/server/slices/country.ts.
 */
import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { countries } from '$lib/server/data';
import { countrySlice } from '$lib/server/slices/country';
import { langOfPath } from '$lib/strings/lang';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => countries().map((c) => ({ iso3: c.iso3 }));

/** The data's words (place and indicator names, units, source titles) in the page's language: countryWords.ts. */
export const load: PageServerLoad = ({ params, url }) =>
	countrySlice(params.iso3, langOfPath(url.pathname, base)) ?? error(404, `No place with code ${params.iso3}`);
