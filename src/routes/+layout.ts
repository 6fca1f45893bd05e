import { base } from '$app/paths';
import { langOfPath } from '$lib/strings/lang';

// Every page is prerendered to plain HTML: the site works from any static host with no server.
export const prerender = true;
export const trailingSlash = 'never';

/** The edition's language, from the address (/nb/… is Norwegian): the root layout sets it before anything renders. */
export const load = ({ url, data }) => ({ ...data, lang: langOfPath(url.pathname, base) });
