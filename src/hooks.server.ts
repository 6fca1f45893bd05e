/**
 * Server hooks (run when pages are prerendered): every language's words are loaded once, before any loader runs
 * (server loaders build sentences too, and run beside the root layout's load, not after it); the <html lang> of each
 * page is its edition's language (app.html has %lang%), so /nb/… pages are lang="nb" in the HTML itself; and the
 * page's islands (components/Island.svelte) get their prerendered markup (islands.server.ts).
 */
import type { Handle, ServerInit } from '@sveltejs/kit';
import { base } from '$app/paths';
import { fillIslands } from './islands.server';
import { HTML_LANG, LANGS, langOfPath, loadLang } from '$lib/strings/lang';

export const init: ServerInit = async () => {
	await Promise.all(LANGS.map(loadLang));
};

export const handle: Handle = ({ event, resolve }) => {
	const lang = langOfPath(event.url.pathname, base);
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			fillIslands(html.replace('%lang%', HTML_LANG[lang]), {
				lang,
				url: event.url,
				params: event.params as Record<string, string>
			})
	});
};
