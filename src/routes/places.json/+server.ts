/** Every place with a country page, as [code, name] pairs: the 404 page fetches it to offer /country/PRT for /country/prt. */
import { json } from '@sveltejs/kit';
import type { PlaceCode } from '$lib/data/placeCodes';
import { countries } from '$lib/server/data';

export const prerender = true;

export function GET() {
	return json(countries().map((c): PlaceCode => [c.iso3, c.name]));
}
