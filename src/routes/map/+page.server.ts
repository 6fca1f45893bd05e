/**
 * The map's prerendered default view: World, the default indicator, its latest year. Only that year's values and the
 * World geometry are in the page; other years, indicators and regions load as static JSON when the reader asks.
 * The World path strings are sent once, in the prerendered SVG, not again in the page data (see PrerenderedGeometry).
 */
import { base } from '$app/paths';
import { mapSlice } from '$lib/server/mapView';
import { langOfPath } from '$lib/strings/lang';

export function load({ url }) {
	return mapSlice(langOfPath(url.pathname, base));
}
