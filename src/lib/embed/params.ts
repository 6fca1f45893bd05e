/**
 * Embed parameters in an `/embed/…` URL, beside the view's own state (indicator, year, …), which the view's URL
 * module reads as on the full page. `parseEmbedParams` never throws: a bad value is its default.
 *
 * - `dark=auto|true|false` (default auto: follow the reader's prefers-color-scheme; true/false force a theme, e.g. to
 *   match a dark or light article).
 * - `controls=false` hides the view's controls (a fixed figure, e.g. for a slide); anything else shows them.
 * - `lang`: reserved. Only `en` exists; any other value falls back to `en` (Norwegian comes with the `nb` edition).
 * - `pin=<data version>`: a pinned embed (see embed/version.ts); invalid versions are ignored (a live embed).
 */
import { isDataVersion } from './version.ts';

export const THEMES = ['auto', 'true', 'false'] as const;
export type EmbedTheme = (typeof THEMES)[number];
export const LANGS = ['en'] as const;
export type EmbedLang = (typeof LANGS)[number];

export interface EmbedParams {
	dark: EmbedTheme;
	controls: boolean;
	lang: EmbedLang;
	pin: string | null;
}

/** Query keys that belong to the embed, not to the view (strip them before handing the query to the view). */
export const EMBED_KEYS = ['dark', 'controls', 'lang', 'pin'] as const;

export const DEFAULT_EMBED_PARAMS: EmbedParams = { dark: 'auto', controls: true, lang: 'en', pin: null };

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
		lang: (LANGS as readonly string[]).includes(lang ?? '') ? (lang as EmbedLang) : 'en',
		pin: pin !== null && isDataVersion(pin) ? pin : null
	};
}

/** Embed parameters -> query (without "?"), defaults omitted, stable order. */
export function serializeEmbedParams(e: EmbedParams): string {
	const p = new URLSearchParams();
	if (e.dark !== 'auto') p.set('dark', e.dark);
	if (!e.controls) p.set('controls', 'false');
	if (e.lang !== 'en') p.set('lang', e.lang);
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
