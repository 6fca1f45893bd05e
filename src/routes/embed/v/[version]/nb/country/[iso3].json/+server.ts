/**
 * /embed/v/<version>/nb/country/<iso3>.json: the Norwegian country embed's slice under this build's data version (the
 * data's words in bokmål; numbers as in …/country/<iso3>.json), for pinned Norwegian embeds.
 */
import { error, json } from '@sveltejs/kit';
import { countries } from '$lib/server/data';
import { countryEmbedView } from '$lib/server/countryEmbedView';
import { dataVersion } from '$lib/server/dataVersion';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => countries().map((c) => ({ version: dataVersion().id, iso3: c.iso3 }));

export const GET: RequestHandler = ({ params }) => {
	if (params.version !== dataVersion().id) error(404, 'Not this build’s data version');
	const slice = countryEmbedView(params.iso3, 'nb');
	if (!slice) error(404, `No place with code ${params.iso3}`);
	return json(slice);
};
