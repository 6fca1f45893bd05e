/**
 * Client hooks. `init` runs once when the app starts in the browser, before any load function: the page's language's
 * words are fetched first (Norwegian is a chunk of its own, strings/nbCatalogues.ts), so a page's universal loaders,
 * which run beside the root layout's, never meet a catalogue that is not there. One language per document: the
 * language switch is a full page load (strings/lang.ts).
 */
import type { ClientInit } from '@sveltejs/kit';
import { base } from '$app/paths';
import { langOfPath, loadLang } from '$lib/strings/lang';

export const init: ClientInit = async () => {
	await loadLang(langOfPath(location.pathname, base));
};
