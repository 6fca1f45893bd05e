/** /embed/map: the map's own prerendered default view (routes/map), plus this build's data version. */
import { dataVersion } from '$lib/server/dataVersion';
import { load as mapLoad } from '../../map/+page.server';

export function load() {
	return { ...mapLoad(), version: dataVersion() };
}
