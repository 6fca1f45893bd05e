/**
 * URL fields of the curated package become links a reader clicks (/data, source notes). Every column named `url` or
 * ending in `_url`, in any file, holds an absolute http: or https: URL and nothing else: no `javascript:`, `data:`,
 * `vbscript:` or other scheme (checked after trimming and case-insensitively), no relative path, no user name or
 * password before the host, and no character that could break out of an attribute or hide part of the address
 * (white space, quotes, angle brackets, backslash, backtick, control or invisible characters). Pure.
 */

/** Columns that hold a URL: `url`, `download_url`, and any future `*_url`. */
export function isUrlColumn(column: string): boolean {
	return column === 'url' || column.endsWith('_url');
}

const FORBIDDEN = /[\s"'<>`\\\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

/** Why `value` is not an acceptable URL, or null when it is. A blank value is the caller's business (optional or not). */
export function urlProblem(value: string): string | null {
	const v = value.trim();
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(v)?.[1]?.toLowerCase();
	if (scheme === undefined) return 'is not an absolute URL: write the full address starting with https:// (relative paths are not allowed)';
	if (scheme !== 'http' && scheme !== 'https') return `uses the scheme "${scheme}:": only http: and https: links are allowed`;
	if (FORBIDDEN.test(value)) {
		return 'contains a space, quote, angle bracket, backslash, backtick or control character: percent-encode it (%20, %22 …) or remove it';
	}
	if (!/^https?:\/\/[^/?#]/i.test(v)) return 'is not an absolute URL: after http(s): must come // and a host name';
	let url: URL;
	try {
		url = new URL(v);
	} catch {
		return 'is not a valid URL';
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return `uses the scheme "${url.protocol}": only http: and https: links are allowed`;
	if (url.username || url.password) return 'has a user name or password before the host (user@host): write the plain address';
	if (!url.hostname.includes('.') && !url.hostname.startsWith('[')) return `has the host "${url.hostname}", which is not a public domain name`;
	return null;
}
