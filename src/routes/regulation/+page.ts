/**
 * The World geometry's path strings are not in the serialized page data (see PrerenderedGeometry): in the browser they
 * are read back from the prerendered SVG before hydration, or fetched after a client-side navigation.
 */
import { error } from '@sveltejs/kit';
import { browser } from '$app/environment';
import { base } from '$app/paths';
import { fetchPayload } from '$lib/data/payload';
import { geometryFromSvg } from '$lib/map/geometryFromSvg';
import { mapGeometryShape } from '$lib/map/mapPayloadShapes';
import { mapText } from '$lib/strings/map';
import { langOfPath, pick } from '$lib/strings/lang';

export async function load({ data, fetch, url }) {
	const p = data.geometry;
	let geometry = p.full ?? (browser ? geometryFromSvg(p.pathless, document) : null);
	if (!geometry) {
		const r = await fetchPayload(
			fetch,
			`${base}/map/geo/${p.pathless.region}.json`,
			mapGeometryShape(p.pathless.region)
		);
		if (!r.ok) error(503, pick(mapText, langOfPath(url.pathname, base)).geometryFailed);
		geometry = r.data;
	}
	return { ...data, geometry };
}
