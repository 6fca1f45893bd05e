/**
 * Loads /search/places.json once per page (every place with its other names) for search boxes and the 404 page. A
 * failed or malformed download resolves to null: search then falls back to display names and codes; nothing breaks.
 */
import { fetchPayload } from '../data/payload.ts';
import { placeNamesShape, searchableFromPayload } from '../data/placeNames.ts';
import type { SearchablePlace } from '../data/placeSearch.ts';
import { activeLang, type Lang } from '../strings/lang.ts';

let pending: Promise<SearchablePlace[] | null> | null = null;
let pendingLang: Lang | null = null;

/**
 * Every place named in `lang` (the document's language unless told), with its other names — the name in the other
 * language among them.
 */
export function loadPlaceNames(
	url: string,
	fetcher: (url: string) => Promise<Response> = fetch,
	lang: Lang = activeLang()
): Promise<SearchablePlace[] | null> {
	if (pendingLang !== lang) pending = null;
	pendingLang = lang;
	pending ??= fetchPayload(fetcher, url, placeNamesShape).then((r) =>
		r.ok ? searchableFromPayload(r.data, lang) : null
	);
	return pending;
}

/** For tests: forget the cached download. */
export function resetPlaceNames(): void {
	pending = null;
	pendingLang = null;
}
