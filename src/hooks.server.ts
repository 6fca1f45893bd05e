/**
 * Server hooks (run when pages are prerendered): the <html lang> of each page is its edition's language (app.html has
 * %lang%), so /nb/… pages are lang="nb" in the HTML itself, before any script.
 */
import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { HTML_LANG, langOfPath } from '$lib/strings/lang';

export const handle: Handle = ({ event, resolve }) => {
	const lang = HTML_LANG[langOfPath(event.url.pathname, base)];
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
