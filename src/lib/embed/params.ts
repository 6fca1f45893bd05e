/**
 * Embed parameters in an `/embed/…` URL, beside the view's own state (indicator, year, …), which the view's URL
 * module reads as on the full page. `parseEmbedParams` never throws: a bad value is its default.
 *
 * - `dark=auto|true|false` (default auto: follow the reader's prefers-color-scheme; true/false force a theme, e.g. to
 *   match a dark or light article).
 * - `controls=false` hides the view's controls (a fixed figure, e.g. for a slide); anything else shows them.
 * - `lang=en|nb`: the embed's language. The language lives in the address (`/embed/…` English, `/nb/embed/…`
 *   Norwegian); `lang` on an address of the other language sends the reader to the same embed in the language asked
 *   for, with the same query (`langRedirect`, done before paint by static/embed-theme.js). Left out or unknown: the
 *   address's own language (`null`).
 * - `pin=<data version>`: a pinned embed (see embed/version.ts); invalid versions are ignored (a live embed).
 */
import { isLang, langOfPath, langPrefix, pathWithoutLang, type Lang } from '../strings/lang.ts';
import { isDataVersion } from './version.ts';

export const THEMES = ['auto', 'true', 'false'] as const;
export type EmbedTheme = (typeof THEMES)[number];

export interface EmbedParams {
	dark: EmbedTheme;
	controls: boolean;
	/** The language asked for, or null: the address's own. */
	lang: Lang | null;
	pin: string | null;
}

/** Query keys that belong to the embed, not to the view (strip them before handing the query to the view). */
export const EMBED_KEYS = ['dark', 'controls', 'lang', 'pin'] as const;

export const DEFAULT_EMBED_PARAMS: EmbedParams = { dark: 'auto', controls: true, lang: null, pin: null };

function lower(v: string | null): string | null {
	return v === null ? null : v.trim().toLowerCase();
}

export function parseEmbedParams(input: URLSearchParams | string): EmbedParams {
	const p = new URLSearchParams(input);
	const dark = lower(p.get('dark'));
	const controls = lower(p.get('controls'));
	const lang = lower(p.get('lang'));
	const pin = p.get('pin')?.trim() ?? null;
	return {
		dark: (THEMES as readonly string[]).includes(dark ?? '') ? (dark as EmbedTheme) : 'auto',
		controls: controls !== 'false' && controls !== '0',
		lang: isLang(lang) ? lang : null,
		pin: pin !== null && isDataVersion(pin) ? pin : null
	};
}

/** Embed parameters -> query (without "?"), defaults omitted, stable order. */
export function serializeEmbedParams(e: EmbedParams): string {
	const p = new URLSearchParams();
	if (e.dark !== 'auto') p.set('dark', e.dark);
	if (!e.controls) p.set('controls', 'false');
	if (e.lang) p.set('lang', e.lang);
	if (e.pin) p.set('pin', e.pin);
	return p.toString();
}

/** The query without the embed's own keys: what the view's URL module should read. */
export function viewQuery(input: URLSearchParams | string): string {
	const p = new URLSearchParams(input);
	for (const k of EMBED_KEYS) p.delete(k);
	return p.toString();
}

/** The theme to apply: 'dark', 'light', or null to follow the reader's system setting. */
export function forcedTheme(dark: EmbedTheme): 'dark' | 'light' | null {
	return dark === 'true' ? 'dark' : dark === 'false' ? 'light' : null;
}

/**
 * Where an embed address should go for its `lang`: the same embed in the language asked for, same query and hash
 * ('/embed/map?lang=nb&x=1' -> '/nb/embed/map?lang=nb&x=1'), or null when the address is already in that language
 * (or `lang` is missing or unknown). `pathname` includes `base`; so does the result. static/embed-theme.js does the
 * same before the page paints (tests/unit/embed/themeScript.test.ts holds them to one rule).
 */
export function langRedirect(pathname: string, search: string, hash = '', base = ''): string | null {
	const want = parseEmbedParams(search).lang;
	if (!want || langOfPath(pathname, base) === want) return null;
	const bare = pathWithoutLang(pathname, base);
	return `${base}${langPrefix(want)}${bare}${search}${hash}`;
}
