/** The map's browser-side load (geometry read back from the prerendered SVG), unchanged. */
import { load as mapPageLoad } from '../../map/+page';
import type { PageLoad } from './$types';

export const load: PageLoad = async (event) => {
	const page = await mapPageLoad(event as unknown as Parameters<typeof mapPageLoad>[0]);
	return { ...page, version: event.data.version };
};
