/**
 * /regulation (and /nb/regulation): prerendered in the page's language. The World geometry's path strings travel
 * once, in the prerendered SVG (see PrerenderedGeometry); the page's island takes them back before hydrating.
 */
import { base } from '$app/paths';
import { PrerenderedGeometry } from '$lib/map/prerenderedGeometry';
import { mapGeometry } from '$lib/server/mapView';
import { countryName, placeNames } from '$lib/server/data';
import { regulationSlice } from '$lib/server/slices/regulation';
import { langOfPath } from '$lib/strings/lang';

export function load({ url }) {
	const lang = langOfPath(url.pathname, base);
	const geometry = mapGeometry('world');
	const nb =
		lang === 'nb'
			? new Map(
					placeNames()
						.filter((p) => p.kind === 'nb')
						.map((p) => [p.iso3, p.name])
				)
			: null;
	const names = Object.fromEntries(geometry.places.map((iso3) => [iso3, nb?.get(iso3) ?? countryName(iso3)]));
	return { ...regulationSlice(lang), names, geometry: PrerenderedGeometry.of(geometry) };
}
