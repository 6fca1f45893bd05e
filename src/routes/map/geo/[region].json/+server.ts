/** A region's projected map geometry (SVG path strings, computed at build time), as static JSON: /map/geo/<region>.json */
import { error, json } from '@sveltejs/kit';
import { REGIONS, isRegion } from '$lib/map/regionIds';
import { mapGeometry } from '$lib/server/mapView';

export const prerender = true;

export function entries() {
	return REGIONS.map((region) => ({ region }));
}

export function GET({ params }) {
	if (!isRegion(params.region)) error(404, 'No such region');
	return json(mapGeometry(params.region));
}
