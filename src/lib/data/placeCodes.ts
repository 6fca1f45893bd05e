/**
 * Finding the country page a mistyped address meant: /country/prt or /country/Portugal -> /country/PRT. The list of
 * [code, name] pairs comes from /places.json (fetched by the 404 page only). Pure.
 */
import { arrayOf, shapeOf, string, tuple, type Shape } from './shape.ts';

/** [code, name], e.g. ['PRT', 'Portugal'] or ['GB-SCT', 'Scotland']. */
export type PlaceCode = [string, string];

export const placeCodesShape: Shape<PlaceCode[]> = shapeOf<PlaceCode[]>(arrayOf(tuple([string, string]), 1));

/** The code in a /country/<code> address (after `base`; a trailing slash allowed), or null for any other address. */
export function countryPathCode(pathname: string, base = ''): string | null {
	const path = base && pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
	const m = /^\/country\/([^/]+)\/?$/i.exec(path);
	if (!m) return null;
	try {
		return decodeURIComponent(m[1]!).trim() || null;
	} catch {
		return m[1]!;
	}
}

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[\s_-]+/g, ' ').trim();

/** The place whose code matches `code` ignoring case (prt, Gb-Sct), else whose name does (portugal, côte d'ivoire). */
export function matchPlace(code: string, places: readonly PlaceCode[]): PlaceCode | null {
	const c = code.trim().toUpperCase();
	const byCode = places.find(([iso3]) => iso3.toUpperCase() === c);
	if (byCode) return byCode;
	const n = fold(code);
	return (n && places.find(([, name]) => fold(name) === n)) || null;
}
