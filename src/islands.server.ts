/**
 * The islands' prerendered markup (components/Island.svelte): a route renders an empty `<div data-island="<name>">`,
 * and the server hook (hooks.server.ts) fills it here with the island's component rendered with the same data the
 * browser later fetches to hydrate it. Rendering an island outside the route's own render keeps its data out of the
 * page's serialized load data (the HTML has the markup once, not the markup and its data).
 */
import { render } from 'svelte/server';
import MapEmbedPage from '$lib/components/map/MapEmbedPage.svelte';
import MapPage from '$lib/components/map/MapPage.svelte';
import { setActiveLang, type Lang } from '$lib/strings/lang';
import { mapPage } from '$lib/server/mapView';

const ISLANDS: Record<string, (lang: Lang) => string> = {
	map: (lang) => render(MapPage, { props: { data: mapPage(lang) } }).body,
	'map-embed': (lang) => render(MapEmbedPage, { props: { data: mapPage(lang) } }).body
};

/** An island's empty element as Svelte renders it (attributes in any order; the name is a slug). */
const SLOT = /<div([^>]*?) data-island="([a-z0-9-]+)"([^>]*)><\/div>/g;

/** `html` with every island's element filled with its markup, rendered in `lang`. An unknown name is an error. */
export function fillIslands(html: string, lang: Lang): string {
	if (!html.includes('data-island="')) return html;
	return html.replace(SLOT, (_slot, before: string, name: string, after: string) => {
		const island = ISLANDS[name];
		if (!island) throw new Error(`No island is called "${name}" (islands.server.ts)`);
		setActiveLang(lang);
		return `<div${before} data-island="${name}"${after}>${island(lang)}</div>`;
	});
}
