import { base } from '$app/paths';
import { langOfPath, loadLang } from '$lib/strings/lang';

// Every page is prerendered to plain HTML: the site works from any static host with no server.
export const prerender = true;
export const trailingSlash = 'never';

/**
 * The edition's language, from the address (/nb/… is Norwegian): the root layout sets it before anything renders,
 * and its words are loaded here first (Norwegian is a chunk of its own, strings/nbCatalogues.ts).
 */
export const load = async ({ url, data }) => {
	const lang = langOfPath(url.pathname, base);
	await loadLang(lang);
	return { ...data, lang };
};
