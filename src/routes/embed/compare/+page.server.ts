/** /embed/compare: the compare view's prerendered default (the same slice as /compare). */
import { base } from '$app/paths';
import { compareSlice } from '$lib/server/slices/compare';
import { langOfPath } from '$lib/strings/lang';

export function load({ url }) {
	return compareSlice(langOfPath(url.pathname, base));
}
