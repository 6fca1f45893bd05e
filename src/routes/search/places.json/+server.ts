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
	for (const n of placeNames()) alt.set(n.iso3, [...(alt.get(n.iso3) ?? []), n.name]);
	const body: PlaceNamesPayload = countries().map((c) => [c.iso3, c.name, ...(alt.get(c.iso3) ?? [])]);
	return json(body);
}
