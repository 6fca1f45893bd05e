/**
 * The policy layer's cannabis regulation models, as a small static JSON file (/map/cannabis.json): fetched only when
 * a reader switches that layer on, so the prerendered /map carries none of it. Codes and years: the same file for
 * both languages.
 */
import { json } from '@sveltejs/kit';
import { mapCannabis } from '$lib/server/mapView';

export const prerender = true;

export function GET() {
	return json(mapCannabis());
}
