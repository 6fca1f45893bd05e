/**
 * /embed/country/[iso3]: a place's headline chart without site chrome, prerendered for every place that has a
 * country page (the same list as routes/country/[iso3]).
 */
import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { langOfPath } from '$lib/strings/lang';
import { countries } from '$lib/server/data';
import { countryEmbedView } from '$lib/server/countryEmbedView';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => countries().map((c) => ({ iso3: c.iso3 }));

export const load: PageServerLoad = ({ params, url }) =>
	countryEmbedView(params.iso3, langOfPath(url.pathname, base)) ?? error(404, `No place with code ${params.iso3}`);
