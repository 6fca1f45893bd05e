/** The cannabis map's path strings come back from the prerendered SVG (or a fetch): state/restoreGeometry.ts. */
import { restoreGeometry } from '$lib/state/restoreGeometry';

export async function load({ data, fetch, url }) {
	return { ...data, geometry: await restoreGeometry(data.geometry, fetch, url) };
}
