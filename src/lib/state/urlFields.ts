/**
 * Field codecs for a view's URL query, shared by every view (map, compare, their embeds). A view lists its fields in
 * the order they are written, each with a codec; `parseFields` reads a query field by field and `writeFields` writes
 * only what differs from the view's defaults.
 *
 * Rules every codec keeps:
 * - `parse` never throws and returns `undefined` for anything it does not accept; the field then takes its default
 *   (one bad value never spoils the others).
 * - `write` gives the text `parse` reads back to the same value; two values are "the same" when they write the same
 *   text, which is how defaults are left out.
 * - A key given twice counts once (the first one); keys no field names are ignored.
 * Pure: no DOM, no Svelte.
 */

export interface Codec<T> {
	/** The raw text of the key (already URL-decoded), or undefined when not accepted. */
	parse(raw: string): T | undefined;
	/** The value as text (not yet URL-encoded). */
	write(value: T): string;
}

/** Numbers longer than this are refused before being read (no `1e9`, no 400-digit strings). */
const MAX_DIGITS = 9;

/** An integer in [lo, hi], written in plain digits (optional minus sign); `1e3`, `2.5`, `+3`, `0x10` are refused. */
export function intIn(lo: number, hi: number): Codec<number> {
	return {
		parse(raw) {
			const t = raw.trim();
			if (!new RegExp(`^-?\\d{1,${MAX_DIGITS}}$`).test(t)) return undefined;
			const n = Number(t);
			return n >= lo && n <= hi ? n : undefined;
		},
		write: (n) => String(n)
	};
}

/** A calendar year in [lo, hi]: exactly four digits. */
export function year(lo: number, hi: number): Codec<number> {
	const int = intIn(lo, hi);
	return { parse: (raw) => (/^\s*\d{4}\s*$/.test(raw) ? int.parse(raw) : undefined), write: int.write };
}

/** One of a fixed list of words (case-sensitive, as written). */
export function oneOf<T extends string>(list: readonly T[]): Codec<T> {
	return { parse: (raw) => ((list as readonly string[]).includes(raw) ? (raw as T) : undefined), write: (v) => v };
}

/** `1`/`true` or `0`/`false`; written as `1`/`0`. */
export const bool: Codec<boolean> = {
	parse: (raw) => (raw === '1' || raw === 'true' ? true : raw === '0' || raw === 'false' ? false : undefined),
	write: (b) => (b ? '1' : '0')
};

/**
 * A code from a known set, matched without regard to case and written in the set's own spelling (`prt` -> `PRT`,
 * `gb-sct` -> `GB-SCT`).
 */
export function codeIn(known: Iterable<string>): Codec<string> {
	const byUpper = new Map([...known].map((c) => [c.toUpperCase(), c]));
	return { parse: (raw) => byUpper.get(raw.trim().toUpperCase()), write: (c) => c };
}

/**
 * A `~`-joined list of codes, in order: each item read by `item` (unknown ones dropped), duplicates dropped, at most
 * `max` kept. A list with no usable item is not accepted (the default applies), so `countries=~~~` is the default.
 */
export function codeList(item: Codec<string>, max: number): Codec<string[]> {
	return {
		parse(raw) {
			const out: string[] = [];
			for (const part of raw.split('~')) {
				if (out.length >= max) break;
				const code = item.parse(part);
				if (code !== undefined && !out.includes(code)) out.push(code);
			}
			return out.length ? out : undefined;
		},
		write: (codes) => codes.map((c) => item.write(c)).join('~')
	};
}

/** The codec's value or null; null is written as the empty value (`from=`). */
export function nullable<T>(codec: Codec<T>): Codec<T | null> {
	return {
		parse: (raw) => (raw.trim() === '' ? null : codec.parse(raw)),
		write: (v) => (v === null ? '' : codec.write(v))
	};
}

/** One codec per field of the view `V`; the object's key order is the order fields are written in. */
export type Fields<V> = { [K in keyof V]: Codec<V[K]> };

/** Each field of `V` from the query, or its default when missing or not accepted. Never throws. */
export function parseFields<V extends object>(p: URLSearchParams, fields: Fields<V>, defaults: V): V {
	const out = { ...defaults };
	for (const key of Object.keys(fields) as (keyof V & string)[]) {
		const raw = p.get(key);
		if (raw === null) continue;
		const v = fields[key].parse(raw);
		if (v !== undefined) out[key] = v;
	}
	return out;
}

/**
 * The query (without "?") of the fields that differ from `defaults`, in the fields' order, leaving out the keys in
 * `skip` (fields that mean nothing in this view, e.g. the map's change base year outside the change mode). `~` stays
 * readable; everything else is percent-encoded.
 */
export function writeFields<V extends object>(
	v: V,
	fields: Fields<V>,
	defaults: V,
	skip: readonly (keyof V)[] = []
): string {
	const parts: string[] = [];
	for (const key of Object.keys(fields) as (keyof V & string)[]) {
		if (skip.includes(key)) continue;
		const codec = fields[key];
		const text = codec.write(v[key]);
		if (text === codec.write(defaults[key])) continue;
		parts.push(`${key}=${encodeURIComponent(text)}`);
	}
	return parts.join('&');
}

/** A query from a string (with or without "?") or a copy of a URLSearchParams. Never throws. */
export function queryOf(input: URLSearchParams | string): URLSearchParams {
	return new URLSearchParams(typeof input === 'string' ? input : input.toString());
}
