/**
 * The embed code a reader copies: an `<iframe>` that works on its own at a fixed height, plus the loader script that
 * resizes it to the embed's content (static/embed.js; protocol.ts). "Live" embeds show the data of the site as it is
 * when read; "pinned" ones add `pin=<data version>` and keep showing that version's numbers (version.ts). The embed's
 * language is its address: a Norwegian page offers `/nb/embed/…` (no `lang=` needed; params.ts).
 */
import { pathInLang, type Lang } from '../strings/lang.ts';
import { serializeEmbedParams, type EmbedParams } from './params.ts';

/** Attribute the loader looks for: only iframes carrying it are ever resized. */
export const EMBED_ATTRIBUTE = 'data-dpe-embed';
export const LOADER_PATH = '/embed.js';

/**
 * Fixed heights (px) that show the whole default view in an article column of 640–740 px without the loader
 * (measured: map 1035–1063 with controls, 722–750 without; country PRT 616–634, USA 749–786 with its longer source
 * line; compare 977–1137 with controls, 677–719 without). Narrower columns scroll inside the iframe until the loader
 * is added.
 */
export const DEFAULT_HEIGHTS = { map: 1080, country: 680, compare: 1160 } as const;
/** The map without its controls (controls=false) is this much shorter. */
export const NO_CONTROLS_SAVES = { map: 300, country: 0, compare: 420 } as const;
export type EmbedKind = keyof typeof DEFAULT_HEIGHTS;

/** Fixed height of the iframe for a kind of embed, with or without its controls. */
export function defaultHeight(kind: EmbedKind, controls: boolean): number {
	return DEFAULT_HEIGHTS[kind] - (controls ? 0 : NO_CONTROLS_SAVES[kind]);
}

export interface SnippetInput {
	/** Site address with its base path and no trailing slash, e.g. `https://example.org/explorer`. */
	site: string;
	/** Embed route after the base path, e.g. `/embed/map` or `/embed/country/PRT` (without a language prefix). */
	path: string;
	/** The embed's language: `nb` gives `/nb/embed/…`. */
	lang: Lang;
	/** The view's own query (serialised by its URL module, defaults omitted), without "?". */
	view: string;
	/** Theme and controls; `pin` is set by `mode: 'pinned'`. */
	params: Omit<EmbedParams, 'pin'>;
	mode: 'live' | 'pinned';
	/** Data version to pin to (required when `mode` is 'pinned'). */
	version?: string;
	/** Accessible name of the iframe (what a screen reader announces), e.g. the chart's title. */
	title: string;
	kind: EmbedKind;
}

/** Escape text for a double-quoted HTML attribute. */
export function attr(s: string): string {
	return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The iframe's address. */
export function embedUrl(
	i: Pick<SnippetInput, 'site' | 'path' | 'lang' | 'view' | 'params' | 'mode' | 'version'>
): string {
	if (i.mode === 'pinned' && !i.version) throw new Error('a pinned embed needs a data version');
	const embed = serializeEmbedParams({ ...i.params, pin: i.mode === 'pinned' ? i.version! : null });
	const q = [i.view.replace(/^\?/, ''), embed].filter(Boolean).join('&');
	return `${i.site}${pathInLang(i.path, i.lang)}${q ? `?${q}` : ''}`;
}

export function iframeSnippet(i: SnippetInput): string {
	const h = defaultHeight(i.kind, i.params.controls);
	return (
		`<iframe src="${attr(embedUrl(i))}" title="${attr(i.title)}" width="100%" height="${h}" loading="lazy" ` +
		`style="width: 100%; min-width: 100%; border: 0;" ${EMBED_ATTRIBUTE}></iframe>`
	);
}

export function loaderSnippet(site: string): string {
	return `<script async src="${attr(site + LOADER_PATH)}"></script>`;
}

/** iframe + loader, as the Embed dialog offers it. */
export function embedSnippet(i: SnippetInput): string {
	return `${iframeSnippet(i)}\n${loaderSnippet(i.site)}`;
}
