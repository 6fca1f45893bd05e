/**
 * The possession-policy facts the map reads (/map/policy.json): fetched after the page has loaded (for the tooltip),
 * or at once when the policy layer or the reform mode is asked for, so the prerendered /map carries none of them.
 * Codes, years, the events' English titles (read by the reform rule; the map shows none) and short citations: the
 * same file for both languages.
 */
import { json } from '@sveltejs/kit';
import { mapPolicy } from '$lib/server/mapView';

export const prerender = true;

export function GET() {
	return json(mapPolicy());
}
