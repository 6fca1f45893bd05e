/**
 * /approaches is prerendered with its default view; the URL's view is applied in the browser (prerender cannot read
 * the query). The language comes from the address (/nb/approaches). Data: src/lib/server/slices/approaches.ts.
 */
import { base } from '$app/paths';
import { approachesSlice } from '$lib/server/slices/approaches';
import { langOfPath } from '$lib/strings/lang';

export const load = ({ url }) => approachesSlice(langOfPath(url.pathname, base));
