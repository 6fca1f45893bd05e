/** /embed/map: the map's own prerendered default view (routes/map), plus this build's data version. */
import { dataVersion } from '$lib/server/dataVersion';
import { base } from '$app/paths';
import { mapSlice } from '$lib/server/mapView';
import { langOfPath } from '$lib/strings/lang';

export function load({ url }) {
	return { ...mapSlice(langOfPath(url.pathname, base)), version: dataVersion() };
}
