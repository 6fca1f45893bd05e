/**
 * Loads /search/places.json once per page (the other names of every place) for search boxes. A failed or malformed
 * download resolves to null: search then falls back to display names and codes, and nothing breaks.
 */
import { readPlaceNamesPayload, type PlaceNamesPayload } from '../data/placeNames.ts';

let pending: Promise<PlaceNamesPayload | null> | null = null;

export function loadPlaceNames(url: string, fetcher: typeof fetch = fetch): Promise<PlaceNamesPayload | null> {
	pending ??= fetcher(url)
		.then((r) => (r.ok ? r.json() : null))
		.then((j) => readPlaceNamesPayload(j))
		.catch(() => null);
	return pending;
}

/** For tests: forget the cached download. */
export function resetPlaceNames(): void {
	pending = null;
}
