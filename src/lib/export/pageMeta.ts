/**
 * The Open Graph and Twitter card text of a prerendered page (what a link preview shows): title and description by
 * route, from the same catalogue words as the page's own <title> and description. Link previews read the
 * prerendered HTML, which is each view's default state, so per-route text is what they need. Pure.
 */
import { approachesText } from '../strings/approaches.ts';
import { compareText } from '../strings/compare.ts';
import { countryText } from '../strings/country.ts';
import { dataPageText } from '../strings/dataPage.ts';
import { homeText } from '../strings/home.ts';
import { regulationText } from '../strings/regulation.ts';
import { siteText } from '../strings/site.ts';
import { BASE_LANG, HTML_LANG, INTL_LOCALE, LANGS, pathInLang, pathWithoutLang, type Lang } from '../strings/lang.ts';
import { mapText } from '../strings/map.ts';
import { shareText } from '../strings/share.ts';

export interface PageMetaText {
	title: string;
	description: string;
	type: 'website' | 'article';
}

/**
 * `routeId` as SvelteKit names it ('/country/[iso3]'); `data` the page's data (for a country's name); `lang` the
 * page's language (layout data `lang`).
 */
export function pageMeta(routeId: string | null, data: Record<string, unknown> = {}, lang: Lang = 'en'): PageMetaText {
	const cw = siteText[lang];
	const mw = mapText[lang];
	const M = shareText[lang].meta;
	const site = { title: cw.siteName, description: cw.tagline, type: 'website' as const };
	switch (routeId) {
		case '/':
			return { ...site, title: `${cw.siteName}: ${M.homeTitle}` };
		case '/map':
		case '/embed/map':
			return { ...site, title: mw.pageTitle, description: mw.metaDescription };
		case '/compare':
		case '/embed/compare':
			return { ...site, title: M.compareTitle, description: M.compareDescription };
		case '/data':
			return { ...site, title: M.dataTitle, description: M.dataDescription };
		case '/about':
			return { ...site, title: M.aboutTitle };
		case '/approaches':
			return { ...site, title: M.approachesTitle };
		case '/country/[iso3]': {
			const place = data.place as { name?: unknown } | undefined;
			const name = typeof place?.name === 'string' ? place.name : '';
			return name
				? { title: M.countryTitle(name), description: countryText[lang].description(name), type: 'article' }
				: site;
		}
		default:
			return site;
	}
}

/**
 * A page's own <title> and <meta name="description"> (null: none), for the routes whose words are all in an island
 * (components/PageTitle.svelte writes them, so the route's first JavaScript needs no page catalogue). The same
 * words those pages wrote themselves.
 */
export function documentHead(
	routeId: string | null,
	data: Record<string, unknown>,
	lang: Lang = 'en'
): { title: string; description: string | null } {
	const sw = siteText[lang];
	const mw = mapText[lang];
	const kw = compareText[lang];
	switch (routeId) {
		case '/':
			return { title: homeText[lang].title, description: sw.tagline };
		case '/map':
			return { title: sw.pageTitle(mw.pageTitle), description: mw.metaDescription };
		case '/embed/map':
			return { title: sw.pageTitle(mw.pageTitle), description: null };
		case '/compare':
			return { title: sw.pageTitle(kw.pageTitle), description: kw.metaDescription };
		case '/embed/compare':
			return { title: sw.pageTitle(kw.pageTitle), description: null };
		case '/approaches':
			return { title: approachesText[lang].page.metaTitle, description: approachesText[lang].page.intro };
		case '/regulation':
			return { title: sw.pageTitle(regulationText[lang].title), description: regulationText[lang].metaDescription };
		case '/data':
			return { title: sw.pageTitle(dataPageText[lang].title), description: null };
		case '/country/[iso3]':
		case '/embed/country/[iso3]': {
			const place = data.place as { name?: unknown } | undefined;
			const name = typeof place?.name === 'string' ? place.name : '';
			const C = countryText[lang];
			if (!name) return { title: sw.siteName, description: null };
			// An embed names its chart in its title once its island is live (the chart depends on the address).
			return { title: C.title(name), description: routeId === '/embed/country/[iso3]' ? null : C.description(name) };
		}
		default:
			return { title: sw.siteName, description: null };
	}
}

/** Everything the link-preview tags of a page say (PageMeta.svelte writes them; the root layout's server load makes it). */
export interface PageHead extends PageMetaText {
	/** The page's own <title> and description (documentHead). */
	document: { title: string; description: string | null };
	siteName: string;
	/** og:locale, language_TERRITORY (en_GB, nb_NO), and the other editions'. */
	locale: string;
	localeAlternates: string[];
	/** og:url: the absolute address of the page's default view, or '' when the build has no site address. */
	url: string;
	/** `hreflang` alternates: the page in every language, and x-default (English). */
	alternates: { hreflang: string; href: string }[];
}

/** og:locale is language_TERRITORY: en_GB, nb_NO. */
const ogLocale = (l: Lang) => INTL_LOCALE[l].replace('-', '_');

/**
 * The head of a prerendered page: `pathname` as served (with `base`, and /nb for Norwegian: the prerendered path has
 * no query, so it is the canonical address of the default view); `siteUrl` the absolute origin or ''.
 */
export function pageHead(
	routeId: string | null,
	data: Record<string, unknown>,
	lang: Lang,
	at: { pathname: string; base: string; siteUrl: string }
): PageHead {
	const bare = pathWithoutLang(at.pathname, at.base);
	const href = (l: Lang) => at.siteUrl + at.base + pathInLang(bare, l);
	return {
		...pageMeta(routeId, data, lang),
		document: documentHead(routeId, data, lang),
		siteName: siteText[lang].siteName,
		locale: ogLocale(lang),
		localeAlternates: LANGS.filter((l) => l !== lang).map(ogLocale),
		url: at.siteUrl ? `${at.siteUrl}${at.pathname}` : '',
		alternates: [
			...LANGS.map((l) => ({ hreflang: HTML_LANG[l], href: href(l) })),
			{ hreflang: 'x-default', href: href(BASE_LANG) }
		]
	};
}

/**
 * The site's absolute origin (`PUBLIC_SITE_URL` at build), or '' when unset or not http(s). Only the origin: page
 * paths already start with the base path (BASE_PATH), so a path in the variable is ignored rather than doubled.
 */
export function siteOrigin(value: string | undefined): string {
	const v = (value ?? '').trim();
	if (!v) return '';
	try {
		const u = new URL(v);
		if (u.protocol !== 'https:' && u.protocol !== 'http:') return '';
		return u.origin;
	} catch {
		return '';
	}
}
