/**
 * A map's geometry whole again in the browser, before an island hydrates. The page's data carry a geometry without
 * its path strings (they are in the prerendered SVG): they are read back from that SVG (map/geometryFromSvg.ts), or
 * fetched when the page was reached by a client-side navigation. Used by the map's islands (state/mapPageStart.ts)
 * and /regulation's (RegulationPage.svelte).
 */
import { error } from '@sveltejs/kit';
import { browser } from '$app/environment';
import { base } from '$app/paths';
import { fetchPayload } from '../data/payload.ts';
import { geometryFromSvg } from '../map/geometryFromSvg.ts';
import { mapGeometryShape } from '../map/mapPayloadShapes.ts';
import type { PathlessGeometry } from '../map/prerenderedGeometry.ts';
import type { MapGeometry } from '../map/projectRegion.ts';
import { langOfPath, pick } from '../strings/lang.ts';
import { mapText } from '../strings/map.ts';

export async function restoreGeometry(
	p: { full: MapGeometry | null; pathless: PathlessGeometry },
	fetch: typeof globalThis.fetch,
	url: URL
): Promise<MapGeometry> {
	const found = p.full ?? (browser ? geometryFromSvg(p.pathless, document) : null);
	if (found) return found;
	const r = await fetchPayload(fetch, `${base}/map/geo/${p.pathless.region}.json`, mapGeometryShape(p.pathless.region));
	if (!r.ok) error(503, pick(mapText, langOfPath(url.pathname, base)).geometryFailed);
	return r.data;
}
