/**
 * Every place with its other names, for search boxes and the 404 page (loaded only when one is first used).
 * Prerendered; see PlaceNamesPayload for the shape.
 */
import { json } from '@sveltejs/kit';
import type { PlaceNamesPayload } from '$lib/data/placeNames';
import { countries, placeNames } from '$lib/server/data';

export const prerender = true;

export function GET() {
	const alt = new Map<string, string[]>();
	const nb = new Map<string, string>();
	for (const n of placeNames()) {
		if (n.kind === 'nb' && !nb.has(n.iso3)) nb.set(n.iso3, n.name);
		else alt.set(n.iso3, [...(alt.get(n.iso3) ?? []), n.name]);
	}
	// A place without a bokmål name (a data:check error) is named in English on Norwegian pages too.
	const body: PlaceNamesPayload = countries().map((c) => [
		c.iso3,
		c.name,
		nb.get(c.iso3) ?? c.name,
		...(alt.get(c.iso3) ?? [])
	]);
	return json(body);
}
