/**
 * The islands' prerendered markup (components/Island.svelte): a route renders an empty `<div data-island="<name>">`,
 * and the server hook (hooks.server.ts) fills it here with the island's component, rendered from the same data the
 * browser hydrates it with: the map's from its start file (/map/boot/<lang>.json, so its data are not in the page),
 * the others' from their route's load data (serialized in the page, as any route's). The route's own render never
 * runs the island's component, so the route's JavaScript does not include it.
 */
import { render } from 'svelte/server';
import CompareEmbedPage from '$lib/components/compare/CompareEmbedPage.svelte';
import ComparePage from '$lib/components/compare/ComparePage.svelte';
import MapEmbedPage from '$lib/components/map/MapEmbedPage.svelte';
import MapPage from '$lib/components/map/MapPage.svelte';
import CountryPage from './routes/country/[iso3]/CountryPage.svelte';
import { dataVersion } from '$lib/server/dataVersion';
import { mapPage } from '$lib/server/mapView';
import { compareSlice } from '$lib/server/slices/compare';
import { countrySlice } from '$lib/server/slices/country';
import { setActiveLang, type Lang } from '$lib/strings/lang';

/** What an island is rendered for: the page's language and route parameters. */
export interface IslandAt {
	lang: Lang;
	params: Record<string, string>;
}

/** The build's data version as the root layout gives it to every page (page data `dataVersion`). */
function version() {
	const { id, asOf, hash } = dataVersion();
	return { id, asOf, hash };
}

const ISLANDS: Record<string, (at: IslandAt) => string> = {
	map: ({ lang }) => render(MapPage, { props: { data: mapPage(lang) } }).body,
	'map-embed': ({ lang }) => render(MapEmbedPage, { props: { data: mapPage(lang) } }).body,
	compare: ({ lang }) =>
		render(ComparePage, { props: { data: { ...compareSlice(lang), dataVersion: version() } } }).body,
	'compare-embed': ({ lang }) =>
		render(CompareEmbedPage, { props: { data: { ...compareSlice(lang), dataVersion: version() } } }).body,
	country: ({ lang, params }) => {
		const slice = countrySlice(params.iso3 ?? '', lang);
		if (!slice) throw new Error(`No place with code ${params.iso3}`);
		return render(CountryPage, { props: { data: { ...slice, dataVersion: version() } } }).body;
	}
};

/** An island's empty element as Svelte renders it (attributes in any order; the name is a slug). */
const SLOT = /<div([^>]*?) data-island="([a-z0-9-]+)"([^>]*)><\/div>/g;

/** `html` with every island's element filled with its markup. An unknown name is an error. */
export function fillIslands(html: string, at: IslandAt): string {
	if (!html.includes('data-island="')) return html;
	return html.replace(SLOT, (_slot, before: string, name: string, after: string) => {
		const island = ISLANDS[name];
		if (!island) throw new Error(`No island is called "${name}" (islands.server.ts)`);
		setActiveLang(at.lang);
		return `<div${before} data-island="${name}"${after}>${island(at)}</div>`;
	});
}
