/**
 * The data version: which state of data/ a view, export, CSV or pinned embed was made from — the one definition
 * (README, "Data version"). `<asOf>-<hash>`: asOf is the newest retrieval date of the datasets (YYYY-MM-DD, or the
 * newest dataset year while sources.csv has no retrieval column), hash the first 10 hex digits of a SHA-256 over every
 * CSV file under data/, sub-folders included (POSIX paths relative to data/, sorted; each file as path, NUL, byte
 * length, NUL, bytes). Computed at build time by server/dataVersion.ts; this module holds the shape and the pin states.
 * Each build also writes the pinnable embed data under `/embed/v/<version>/…`; a host that keeps old `/embed/v/`
 * folders between deploys keeps old pins working. Pure.
 */

export const DATA_VERSION_DEFINITION =
	'<asOf>-<hash>: asOf = newest retrieval date in data/sources.csv (YYYY-MM-DD; while it has none, the newest dataset year); hash = first 10 hex digits of SHA-256 over every CSV under data/ including sub-folders (relative POSIX paths sorted; each file as path, NUL, byte length, NUL, bytes)';

/** `2026-03-24-0123456789` or `2024-0123456789`. */
const VERSION = /^\d{4}(-\d{2}-\d{2})?-[0-9a-f]{10}$/;

export interface DataVersion {
	/** The version string (folder name, `pin=` value). */
	id: string;
	/** Newest retrieval date (or year) of the data, as written in the id. */
	asOf: string;
	/** Content hash of data/ (10 hex digits). */
	hash: string;
}

export function isDataVersion(v: unknown): v is string {
	return typeof v === 'string' && v.length <= 32 && VERSION.test(v);
}

export function dataVersion(asOf: string, hash: string): DataVersion {
	const id = `${asOf}-${hash.slice(0, 10)}`;
	if (!isDataVersion(id)) throw new Error(`not a data version: ${id}`);
	return { id, asOf, hash: hash.slice(0, 10) };
}

/** The `asOf` part of a version string (its date or year), or null. */
export function versionAsOf(v: string): string | null {
	return isDataVersion(v) ? v.slice(0, v.length - 11) : null;
}

/** Path (after the base path) of a pinned embed data file. */
export function pinnedPath(version: string, file: string): string {
	return `/embed/v/${version}/${file}`;
}

/**
 * How an embed's numbers stand: `live` (not pinned: the site's current data); `current` (pinned to this build's
 * version); `kept` (pinned to an older version whose files the host still has: those are shown); `loading` (fetching
 * them); `gone` (pinned to a version the host no longer has: today's data shown, and said); `changed` (pinned to
 * another version, and this embed cannot show old versions: today's data shown, and said).
 */
export type PinState = 'live' | 'current' | 'kept' | 'loading' | 'gone' | 'changed';

/** What a pinned embed can know before fetching anything. */
export function initialPinState(pin: string | null, current: string, canLoadOld: boolean): PinState {
	if (!pin) return 'live';
	if (pin === current) return 'current';
	return canLoadOld ? 'loading' : 'changed';
}
