/** One indicator's whole dataset for the Norwegian map (caveat and formula in bokmål): /map/data/nb/<indicator>.json */
import { error, json } from '@sveltejs/kit';
import { mapData, mapIndicators } from '$lib/server/mapView';

export const prerender = true;

export function entries() {
	return mapIndicators().map((i) => ({ indicator: i.indicator_id }));
}

export function GET({ params }) {
	if (!mapIndicators().some((i) => i.indicator_id === params.indicator)) error(404, 'No such indicator');
	return json(mapData(params.indicator, 'nb'));
}
