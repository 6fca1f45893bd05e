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
import ApproachesPage from './routes/approaches/ApproachesPage.svelte';
import { load as approachesLoad } from './routes/approaches/+page.server';
import CountryPage from './routes/country/[iso3]/CountryPage.svelte';
import CountryEmbedPage from './routes/embed/country/[iso3]/CountryEmbedPage.svelte';
import DataPage from './routes/data/DataPage.svelte';
import { load as dataLoad } from './routes/data/+page.server';
import HomePage from './routes/HomePage.svelte';
import { load as homeLoad } from './routes/+page.server';
import RegulationPage from './routes/regulation/RegulationPage.svelte';
import { load as regulationLoad } from './routes/regulation/+page.server';
import { pageDataVersion as version } from '$lib/server/dataVersion';
import { mapPage } from '$lib/server/mapView';
import { compareSlice } from '$lib/server/slices/compare';
import { countryEmbedView } from '$lib/server/countryEmbedView';
import { countrySlice } from '$lib/server/slices/country';
import { setActiveLang, type Lang } from '$lib/strings/lang';

/** What an island is rendered for: the page's language, address and route parameters. */
export interface IslandAt {
	lang: Lang;
	url: URL;
	params: Record<string, string>;
}

/** A route's own server load, called as the build calls it: with the page's address and parameters. */
const routeData = <T>(load: (event: never) => T, at: IslandAt): T => load({ url: at.url, params: at.params } as never);

const ISLANDS: Record<string, (at: IslandAt) => string> = {
	map: ({ lang }) => render(MapPage, { props: { data: mapPage(lang) } }).body,
	'map-embed': ({ lang }) => render(MapEmbedPage, { props: { data: mapPage(lang) } }).body,
	compare: ({ lang }) =>
		render(ComparePage, { props: { data: { ...compareSlice(lang), dataVersion: version() } } }).body,
	'compare-embed': ({ lang }) =>
		render(CompareEmbedPage, { props: { data: { ...compareSlice(lang), dataVersion: version() } } }).body,
	home: (at) => render(HomePage, { props: { data: { ...routeData(homeLoad, at), dataVersion: version() } } }).body,
	approaches: (at) => render(ApproachesPage, { props: { data: routeData(approachesLoad, at) } }).body,
	regulation: (at) => {
		const data = routeData(regulationLoad, at);
		return render(RegulationPage, { props: { data: { ...data, geometry: data.geometry.full! } } }).body;
	},
	data: (at) => render(DataPage, { props: { data: routeData(dataLoad, at) } }).body,
	'country-embed': ({ lang, params }) => {
		const view = countryEmbedView(params.iso3 ?? '', lang);
		if (!view) throw new Error(`No place with code ${params.iso3}`);
		return render(CountryEmbedPage, { props: { data: view } }).body;
	},
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
