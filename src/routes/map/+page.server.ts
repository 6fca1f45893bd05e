/**
 * The map's prerendered default view: World, the default indicator, its latest year. Only that year's values and the
 * World geometry are in the page; other years, indicators and regions load as static JSON when the reader asks.
 * The World path strings are sent once, in the prerendered SVG, not again in the page data (see PrerenderedGeometry).
 */
import { PrerenderedGeometry } from '$lib/map/prerenderedGeometry';
import { DEFAULT_REGION, defaultMapState } from '$lib/state/mapState';
import {
	mapCatalogue,
	mapDataYear,
	mapGeometry,
	mapIndicators,
	mapPlaces,
	mapPolicy,
	mapSources
} from '$lib/server/mapView';

export function load() {
	const catalogue = mapCatalogue();
	const view = defaultMapState(catalogue);
	return {
		catalogue,
		indicators: mapIndicators(),
		initialData: mapDataYear(view.indicator, view.year),
		initialGeometry: PrerenderedGeometry.of(mapGeometry(DEFAULT_REGION)),
		places: mapPlaces(),
		sources: mapSources(),
		policy: mapPolicy()
	};
}
