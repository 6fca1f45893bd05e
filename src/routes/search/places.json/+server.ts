/** Every place with its other names, for search boxes (loaded when a search box is first used). Prerendered. */
import { json } from '@sveltejs/kit';
import type { PlaceNamesPayload } from '$lib/data/placeNames';
import { countries, placeNames } from '$lib/server/data';

export const prerender = true;

export function GET() {
	const alt = new Map<string, string[]>();
	for (const n of placeNames()) alt.set(n.iso3, [...(alt.get(n.iso3) ?? []), n.name]);
	const body: PlaceNamesPayload = countries().map((c) => (alt.has(c.iso3) ? { iso3: c.iso3, name: c.name, alt: alt.get(c.iso3)! } : { iso3: c.iso3, name: c.name }));
	return json(body);
}
