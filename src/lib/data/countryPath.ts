/** The code in a mistyped /country/<code> address, for the 404 page's "did you mean" (see placeSearch.ts). Pure. */

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
