/**
 * The World geometry's path strings are not in the serialized page data (see PrerenderedGeometry): in the browser they
 * are read back from the prerendered SVG before hydration, or fetched after a client-side navigation to the map.
 */
import { error } from '@sveltejs/kit';
import { browser } from '$app/environment';
import { base } from '$app/paths';
import { fetchPayload } from '$lib/data/payload';
import { mapGeometryShape } from '$lib/map/mapPayloadShapes';
import type { PathlessGeometry } from '$lib/map/prerenderedGeometry';
import { langOfPath } from '$lib/strings/lang';
import { mapText } from '$lib/strings/map';
import type { MapGeometry } from '$lib/map/projectRegion';

export async function load({ data, fetch, url }) {
	const p = data.initialGeometry;
	let geometry = p.full ?? (browser ? geometryFromSvg(p.pathless, document) : null);
	if (!geometry) {
		const r = await fetchPayload(
			fetch,
			`${base}/map/geo/${p.pathless.region}.json`,
			mapGeometryShape(p.pathless.region)
		);
		if (!r.ok) error(503, mapText[langOfPath(url.pathname, base)].geometryFailed);
		geometry = r.data;
	}
	return { ...data, initialGeometry: geometry };
}

/**
 * The whole geometry from the map's SVG in `doc` (as ChoroplethMap renders it: shapes in `[data-shapes]`, each with
 * `data-iso3` on the path or on its link), or null if that SVG is not there or lacks any of the shapes.
 */
function geometryFromSvg(p: PathlessGeometry, doc: ParentNode): MapGeometry | null {
	const svg = doc.querySelector(`svg[data-chart="map"][data-region="${p.region}"]`);
	if (!svg) return null;
	const byIso = new Map<string, string>();
	for (const el of svg.querySelectorAll('[data-shapes] [data-iso3]')) {
		const path = el.localName === 'path' ? el : el.querySelector('path');
		const d = path?.getAttribute('d');
		if (d) byIso.set(el.getAttribute('data-iso3') ?? '', d);
	}
	const shapes: MapGeometry['shapes'] = [];
	for (const iso3 of p.shapes) {
		const d = byIso.get(iso3);
		if (!d) return null;
		shapes.push({ iso3, d });
	}
	const context = p.context ? svg.querySelector('path[data-context]')?.getAttribute('d') : '';
	if (context == null || (p.context && !context)) return null;
	return { ...p, shapes, context };
}
