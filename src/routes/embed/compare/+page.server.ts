/** /embed/compare: the compare view's prerendered default (the same slice as /compare), plus this build's data version. */
import { dataVersion } from '$lib/server/dataVersion';
import { compareSlice } from '$lib/server/slices/compare';

export function load() {
	return { ...compareSlice(), version: dataVersion() };
}
