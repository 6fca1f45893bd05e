/**
 * The data version: which `data/` a view, export or pinned embed was made from. Defined (README, "Data version") as
 * the first 8 hex digits of a SHA-256 over every CSV file under `data/` (POSIX paths relative to `data/`, sorted;
 * each file hashed as path, NUL, byte length, NUL, bytes), together with the newest dataset release year in
 * `sources.csv`. The hash changes when any number, flag, source or policy fact changes, and only then. The hashing
 * itself runs at build time (server/dataVersion.ts); this module holds the shape and the URL helpers. Pure.
 */
export interface DataVersion {
	/** 8 hex digits: the identity of the data. */
	version: string;
	/** Newest `year` in sources.csv (a four-digit year), or '' when none is dated. */
	newestRelease: string;
	/** How many CSV files went into the hash. */
	files: number;
	/** How the version is computed, for readers of /data-version.json. */
	definition: string;
}

export const DATA_VERSION_DEFINITION =
	'version = first 8 hex digits of SHA-256 over every CSV under data/ (relative POSIX paths sorted; each file as path, NUL, byte length, NUL, bytes); newestRelease = newest year in data/sources.csv';

/** The newest four-digit release year among sources' `year` cells ("2020", "n.d.", "c.2019"), or ''. */
export function newestRelease(years: Iterable<string>): string {
	let best = '';
	for (const y of years) {
		const m = /\b(\d{4})\b/.exec(y);
		if (m && m[1]! > best) best = m[1]!;
	}
	return best;
}

/** The URL parameter a pinned embed or link carries. */
export const VERSION_PARAM = 'v';

/** A pinned URL: the view's URL with the data version it was made from (replacing any earlier one). */
export function pinnedUrl(url: string, version: string): string {
	const u = new URL(url);
	u.searchParams.set(VERSION_PARAM, version);
	return u.toString();
}

/** A live URL: the view's URL without a data version. */
export function liveUrl(url: string): string {
	const u = new URL(url);
	u.searchParams.delete(VERSION_PARAM);
	return u.toString();
}
