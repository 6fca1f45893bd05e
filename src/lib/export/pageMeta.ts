/**
 * The Open Graph and Twitter card text of a prerendered page (what a link preview shows): title and description by
 * route, from the same catalogue words as the page's own <title> and description. Link previews read the
 * prerendered HTML, which is each view's default state, so per-route text is what they need. Pure.
 */
import { coreText } from '../strings/core.ts';
import { countryText } from '../strings/country.ts';
import type { Lang } from '../strings/lang.ts';
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
	const cw = coreText[lang];
	const mw = mapText[lang];
	const M = shareText[lang].meta;
	const site = { title: cw.siteName, description: cw.tagline, type: 'website' as const };
	switch (routeId) {
		case '/':
			return { ...site, title: `${cw.siteName}: ${M.homeTitle}` };
		case '/map':
			return { ...site, title: mw.pageTitle, description: mw.metaDescription };
		case '/compare':
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
