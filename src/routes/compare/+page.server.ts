/**
 * /compare is prerendered with its default view (chart as SVG in the HTML); URL state is applied in the browser
 * (prerender cannot read the query). The data: src/lib/server/slices/compare.ts.
 */
import { base } from '$app/paths';
import { compareSlice } from '$lib/server/slices/compare';
import { langOfPath } from '$lib/strings/lang';

export const load = ({ url }) => compareSlice(langOfPath(url.pathname, base));
