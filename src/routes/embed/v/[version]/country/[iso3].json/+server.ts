/**
 * /embed/v/<version>/country/<iso3>.json: this build's country embed slices under its data version, for pinned
 * embeds. Only the current version is built; older versions exist on a host only if it kept their folders.
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
	const slice = countryEmbedView(params.iso3);
	if (!slice) error(404, `No place with code ${params.iso3}`);
	return json(slice);
};
