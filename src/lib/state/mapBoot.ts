/**
 * What the map page's island (components/map/MapPage.svelte, MapEmbedPage.svelte) starts from, and how the browser
 * gets it. The build prerenders the island with these data (src/islands.server.ts) and writes the same data to
 * /map/boot/<lang>.json (without the path strings, which the prerendered SVG already has). After the page is shown,
 * the browser fetches that file, checks its shape, takes the path strings back from the SVG (or fetches the region's
 * geometry after a client-side navigation) and hydrates the island with it. The page's HTML carries no copy of these
 * data: they cost nothing before the map is on screen.
 */
import {
	arrayOf,
	allOf,
	boolean,
	integer,
	number,
	object,
	oneOf,
	recordOf,
	shapeOf,
	string,
	tuple
} from '../data/shape.ts';
import type { Shape } from '../data/shape.ts';
import { fetchPayload } from '../data/payload.ts';
import type { MapData, MapIndicator, PlaceInfo } from '../map/dataset.ts';
import { mapDataShape } from '../map/mapPayloadShapes.ts';
import type { PathlessGeometry } from '../map/prerenderedGeometry.ts';
import type { MapGeometry } from '../map/projectRegion.ts';
import { REGIONS } from '../map/regionIds.ts';
import type { MapCatalogue } from './mapState.ts';

/** The map's start: the file /map/boot/<lang>.json. */
export interface MapBoot {
	catalogue: MapCatalogue;
	indicators: MapIndicator[];
	/** The default view's year of data (the whole dataset loads when another year is asked for). */
	initialData: MapData;
	initialGeometry: PathlessGeometry;
	places: Record<string, PlaceInfo>;
}

/** What the island renders from: the start with its whole geometry, and the build's data version (citations). */
export interface MapPageData extends Omit<MapBoot, 'initialGeometry'> {
	initialGeometry: MapGeometry;
	version: { id: string; asOf: string; hash: string };
}

export const mapBootShape: Shape<MapBoot> = shapeOf<MapBoot>(
	allOf(
		object({
			catalogue: object({
				defaultIndicator: string,
				indicators: arrayOf(object({ indicator_id: string, years: tuple([integer, integer]) }), 1)
			}),
			indicators: arrayOf(
				object({
					indicator_id: string,
					label: string,
					short_label: string,
					unit: string,
					source_id: string,
					years: tuple([integer, integer]),
					places: integer,
					defaultYear: object({ year: integer, places: integer, latestPlaces: integer })
				}),
				1
			),
			initialData: object({ indicator_id: string }),
			initialGeometry: object({
				region: oneOf(REGIONS),
				width: number,
				height: number,
				shapes: arrayOf(string, 1),
				dots: arrayOf(object({ iso3: string, cx: number, cy: number })),
				dotRadius: number,
				outline: string,
				context: boolean,
				places: arrayOf(string, 1)
			}),
			places: recordOf(object({ name: string, parent: string, region: string }))
		}),
		// The year of data is checked as a fetched dataset is: against its own indicator's shape.
		(v, at) => {
			const d = (v as MapBoot).initialData;
			return mapDataShape(d.indicator_id)(d, `${at}.initialData`);
		}
	)
);

/**
 * The island's data: the start file (`response`, the answer to a fetch of `url` begun beside the island's code),
 * checked, with its geometry made whole by `restore` (state/restoreGeometry.ts). Throws an Error that names the file
 * and what is wrong with it.
 */
export async function loadMapPage(
	response: Promise<Response>,
	url: string,
	restore: (g: PathlessGeometry) => Promise<MapGeometry>,
	version: MapPageData['version']
): Promise<MapPageData> {
	const r = await fetchPayload(() => response, url, mapBootShape);
	if (!r.ok) throw new Error(r.reason);
	return { ...r.data, initialGeometry: await restore(r.data.initialGeometry), version };
}
