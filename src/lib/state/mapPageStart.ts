/**
 * In the browser, the data of the map's islands (MapPage.svelte, MapEmbedPage.svelte: their `islandProps`): the start
 * file the route began fetching (`boot`), the geometry's path strings read back from the prerendered SVG, and the
 * build's data version from the root layout.
 */
import { base } from '$app/paths';
import { page } from '$app/state';
import { mapBootPath } from '../data/dataFiles.ts';
import { activeLang } from '../strings/lang.ts';
import { loadMapPage, type MapPageData } from './mapBoot.ts';
import { restoreGeometry } from './restoreGeometry.ts';

export function mapPageStart(boot: Promise<Response>): Promise<MapPageData> {
	const url = page.url;
	return loadMapPage(
		boot,
		base + mapBootPath(activeLang()),
		(pathless) => restoreGeometry({ full: null, pathless }, fetch, url),
		(page.data as { dataVersion: MapPageData['version'] }).dataVersion
	);
}
