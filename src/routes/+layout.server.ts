/**
 * Data every page gets at build time: the data version (embed/version.ts: embeds and exports say "data as of
 * …"), the site's absolute origin when the build is given one (PUBLIC_SITE_URL, for og:url; '' when unset), and the
 * page's link-preview tags (export/pageMeta.ts pageHead: title, description, locales, hreflang alternates), made here
 * so the browser never loads the words of every page's title and description, nor the code that builds the
 * alternates, to say what the prerendered HTML already says (PageMeta.svelte writes it).
 */
import { base } from '$app/paths';
import { placeNameIn } from '$lib/data/dataWords';
import { pageHead, siteOrigin } from '$lib/export/pageMeta';
import { countries } from '$lib/server/data';
import { pageDataVersion } from '$lib/server/dataVersion';
import { dataWords } from '$lib/server/dataWords';
import { langOfPath } from '$lib/strings/lang';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ route, params, url }) => {
	// The version only: the definition is in /data-version.json, not repeated in every page.
	const lang = langOfPath(url.pathname, base);
	// A country page's preview names the place, in the page's language (as the page's own heading does).
	const iso3 =
		route.id === '/country/[iso3]' || route.id === '/embed/country/[iso3]'
			? (params as { iso3?: string }).iso3
			: undefined;
	const known = iso3 ? countries().find((c) => c.iso3 === iso3) : undefined;
	const place = known ? { name: placeNameIn(known.iso3, known.name, dataWords(lang)).name } : undefined;
	const siteUrl = siteOrigin(process.env.PUBLIC_SITE_URL);
	return {
		dataVersion: pageDataVersion(),
		siteUrl,
		head: pageHead(route.id, place ? { place } : {}, lang, { pathname: url.pathname, base, siteUrl })
	};
};
