/**
 * Data every page gets at build time: the data version (embed/version.ts: embeds and exports say "data as of
 * …") and the site's absolute origin when the build is given one (PUBLIC_SITE_URL, for og:url; '' when unset).
 */
import { siteOrigin } from '$lib/export/pageMeta';
import { dataVersion } from '$lib/server/dataVersion';

export const load = () => {
	// The version only: the definition is in /data-version.json, not repeated in every page.
	const { id, asOf, hash } = dataVersion();
	return { dataVersion: { id, asOf, hash }, siteUrl: siteOrigin(process.env.PUBLIC_SITE_URL) };
};
