/** The World geometry's path strings come back from the prerendered SVG (or a fetch): state/restoreGeometry.ts. */
import { restoreGeometry } from '$lib/state/restoreGeometry';

export async function load({ data, fetch, url }) {
	return { ...data, initialGeometry: await restoreGeometry(data.initialGeometry, fetch, url) };
}
