/**
 * Find places by what people type: the display name, the ISO code, or another name of the place
 * (`data/place_names.csv`: "Czech Republic", "Holland", "UK", "USA", "Ivory Coast"). Accents, case, punctuation and a
 * leading "the" are ignored. Pure: the index is built from plain rows, so the browser and the build share it.
 */
import { nameCollator } from './nameOrder.ts';
import type { Lang } from '../strings/lang.ts';

export interface SearchablePlace {
	iso3: string;
	name: string;
	/** Other names (official, alternative spellings, ours), in any order. */
	alt?: readonly string[];
}

export interface PlaceHit {
	iso3: string;
	/** The other name that matched, when the match was not on the display name or code (shown as "Holland → Netherlands"). */
	via: string | null;
	/** Lower is better: 0 code, 1 name, 2 other name, 3 name starts with, 4 other name starts with, 5 a word starts with, 6 contains. */
	rank: number;
}

interface Entry {
	iso3: string;
	name: string;
	keys: { key: string; via: string | null }[];
}

export interface PlaceIndex {
	entries: Entry[];
	/** Orders hits of equal rank by display name, as the names' language sorts (Norwegian: Æ, Ø, Å after Z). */
	compare: (a: string, b: string) => number;
}

/**
 * Lower-case, without accents, punctuation folded to spaces, and without a leading "the ". Norwegian ø and æ (which
 * have no decomposition) fold to o and ae, so "Osterrike" finds Østerrike on a keyboard without them (å already folds to a).
 */
export function normaliseName(s: string): string {
	return s
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/ø/g, 'o')
		.replace(/æ/g, 'ae')
		.replace(/[’'`]/g, '')
		.replace(/&/g, ' and ')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()
		.replace(/^the /, '');
}

/** `lang`: the language of the display names (how ties sort). */
export function buildPlaceIndex(places: readonly SearchablePlace[], lang: Lang = 'en'): PlaceIndex {
	return {
		compare: nameCollator(lang).compare,
		entries: places.map((p) => ({
			iso3: p.iso3,
			name: p.name,
			keys: [{ key: normaliseName(p.name), via: null }, ...(p.alt ?? []).map((a) => ({ key: normaliseName(a), via: a }))].filter((k) => k.key)
		}))
	};
}

function rankKey(key: string, q: string, isName: boolean): number {
	if (key === q) return isName ? 1 : 2;
	if (key.startsWith(q)) return isName ? 3 : 4;
	if (key.split(' ').some((w) => w.startsWith(q)) || key.includes(` ${q}`)) return 5;
	if (q.length >= 3 && key.includes(q)) return 6;
	return Infinity;
}

/** Every matching place, best first (ties: by display name). An empty query matches nothing. */
export function searchPlaces(index: PlaceIndex, query: string, limit = Infinity): PlaceHit[] {
	const raw = query.trim();
	const q = normaliseName(raw);
	if (!q) return [];
	const code = raw.toUpperCase();
	const hits: (PlaceHit & { name: string })[] = [];
	for (const e of index.entries) {
		if (e.iso3.toUpperCase() === code) {
			hits.push({ iso3: e.iso3, via: null, rank: 0, name: e.name });
			continue;
		}
		let best: { rank: number; via: string | null } = { rank: Infinity, via: null };
		for (const k of e.keys) {
			const r = rankKey(k.key, q, k.via === null);
			if (r < best.rank) best = { rank: r, via: k.via };
		}
		if (best.rank < Infinity) hits.push({ iso3: e.iso3, via: best.via, rank: best.rank, name: e.name });
	}
	hits.sort((a, b) => a.rank - b.rank || index.compare(a.name, b.name));
	return hits.slice(0, limit).map(({ iso3, via, rank }) => ({ iso3, via, rank }));
}

/** The place a search box takes on Enter: the best match (a code or exact name beats any partial one). */
export function bestPlace(index: PlaceIndex, query: string): PlaceHit | null {
	return searchPlaces(index, query, 1)[0] ?? null;
}
