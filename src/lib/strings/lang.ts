/**
 * The site's languages and where each lives: English at `/…`, Norwegian bokmål at `/nb/…` (same view, same query).
 * Pure, except for the document's language (`activeLang`), which is set once per page render (see below).
 *
 * One language per document. The root layout calls `setActiveLang` before anything renders; the language switch is a
 * full page load (data-sveltekit-reload), never a client-side navigation, so on the client the value never changes
 * under a mounted component. On the server a page renders synchronously (Svelte's SSR `render`), so the value set by
 * the root layout holds for exactly that page even when the prerenderer works on several pages at once. Code that runs
 * outside a render (loaders, endpoints) never reads it: it takes the language from the URL (`langOfPath`).
 */

export const LANGS = ['en', 'nb'] as const;
export type Lang = (typeof LANGS)[number];
export const BASE_LANG: Lang = 'en';

/** The BCP 47 tag for Intl (numbers, dates, names) and for `lang` / `hreflang` attributes. */
export const INTL_LOCALE: Record<Lang, string> = { en: 'en-GB', nb: 'nb-NO' };
export const HTML_LANG: Record<Lang, string> = { en: 'en', nb: 'nb' };

/** Every catalogue comes in all languages; TypeScript checks that the Norwegian one has every key of the English. */
export type Catalogue<T> = Record<Lang, T>;

/**
 * The catalogues of languages other than English, by area, once loaded. English is in every bundle; Norwegian is one
 * separate chunk (nbCatalogues.ts) that the root layout's load awaits on /nb/… pages only (`loadLang`), so English
 * pages carry no Norwegian and Norwegian pages carry each word once.
 */
const loaded: Partial<Record<Lang, Record<string, unknown>>> = {};

/** Hand a language's catalogues over (loadLang does it; unit tests do it in their setup file). */
export function provideLang(lang: Lang, catalogues: Record<string, unknown>): void {
	loaded[lang] = catalogues;
}

/** Load a language's catalogues before anything renders in it (a no-op for English or when already loaded). */
export async function loadLang(lang: Lang): Promise<void> {
	if (lang === BASE_LANG || loaded[lang]) return;
	provideLang(lang, (await import('./nbCatalogues.ts')).nbCatalogues);
}

/** An area's catalogue: English at hand, other languages from what `loadLang` loaded (a clear error if it did not). */
export function lazyCatalogue<T>(area: string, english: T): Catalogue<T> {
	const other = (lang: Lang): T => {
		const c = loaded[lang]?.[area];
		if (!c) throw new Error(`The ${lang} words of "${area}" are not loaded: call loadLang('${lang}') first`);
		return c as T;
	};
	return {
		en: english,
		get nb() {
			return other('nb');
		}
	};
}

export function isLang(value: unknown): value is Lang {
	return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The path prefix of a language: '' for English, '/nb' for Norwegian. */
export function langPrefix(lang: Lang): string {
	return lang === BASE_LANG ? '' : `/${lang}`;
}

function afterBase(pathname: string, base: string): string {
	return base && pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname;
}

/** The language of an address: '/nb', '/nb/map', '/nb/country/PRT' are Norwegian; everything else English. */
export function langOfPath(pathname: string, base = ''): Lang {
	const p = afterBase(pathname, base);
	for (const lang of LANGS) {
		if (lang === BASE_LANG) continue;
		if (p === `/${lang}` || p === `/${lang}/` || p.startsWith(`/${lang}/`)) return lang;
	}
	return BASE_LANG;
}

/** The same address without its language prefix (and without `base`): '/nb/map' -> '/map', '/nb' -> '/'. */
export function pathWithoutLang(pathname: string, base = ''): string {
	const p = afterBase(pathname, base);
	const lang = langOfPath(p);
	if (lang === BASE_LANG) return p;
	const rest = p.slice(langPrefix(lang).length);
	return rest === '' ? '/' : rest;
}

/**
 * A site path (no `base`, may carry ?query and #hash) in a language: ('/map?i=x', 'nb') -> '/nb/map?i=x',
 * ('/', 'nb') -> '/nb', ('/nb/map', 'en') -> '/map'. A path already in another language is moved, not doubled.
 */
export function pathInLang(path: string, lang: Lang): string {
	const cut = path.search(/[?#]/);
	const pathname = cut < 0 ? path : path.slice(0, cut);
	const tail = cut < 0 ? '' : path.slice(cut);
	const bare = pathWithoutLang(pathname || '/');
	const prefix = langPrefix(lang);
	const localized = prefix ? (bare === '/' ? prefix : prefix + bare) : bare;
	return localized + tail;
}

let active: Lang = BASE_LANG;

/** Set the document's language. Only the root layouts (and tests) call this. */
export function setActiveLang(lang: Lang): void {
	active = lang;
}

/** The document's language (see the file comment for why a module value is safe here). */
export function activeLang(): Lang {
	return active;
}

/** A catalogue in the document's language (or in `lang`). */
export function pick<T>(catalogue: Catalogue<T>, lang: Lang = active): T {
	return catalogue[lang];
}
