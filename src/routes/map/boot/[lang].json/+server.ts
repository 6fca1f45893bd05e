/**
 * /map/boot/<lang>.json: what the map page's island starts from (state/mapBoot.ts), prerendered once per language.
 * The same data the build renders the island with (islands.server.ts), without the path strings.
 */
import { error, json } from '@sveltejs/kit';
import { mapBoot } from '$lib/server/mapView';
import { LANGS, type Lang } from '$lib/strings/lang';

export const prerender = true;

export function entries() {
	return LANGS.map((lang) => ({ lang }));
}

export function GET({ params }) {
	const lang = LANGS.find((l) => l === params.lang);
	if (!lang) error(404, 'No such language');
	return json(mapBoot(lang as Lang));
}
