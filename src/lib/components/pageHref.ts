/**
 * The address of a site page in the document's language: pageHref('/map?i=x') is '/map?i=x' on English pages and
 * '/nb/map?i=x' on Norwegian ones (with `base` in front when the site is hosted under a sub-path). For links to
 * pages only: data files (/map/data/…, /downloads/…) are the same for every language and keep `base` + path.
 */
import { base } from '$app/paths';
import { activeLang, pathInLang, type Lang } from '$lib/strings/lang';

export function pageHref(path: string, lang: Lang = activeLang()): string {
	return base + pathInLang(path, lang);
}
