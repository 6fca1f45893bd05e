/**
 * Reading a fetched JSON payload at the boundary: the HTTP status, then the text as JSON, then its shape. Any failure —
 * a 404, a network error, truncated JSON, an HTML page served in place of data, `{}` or `null` — comes back as one
 * `{ ok: false }` result, so a view handles all of them the same way ("could not load"). Never throws.
 */
import type { Shape } from './shape.ts';

export type PayloadFailureKind = 'network' | 'http' | 'json' | 'shape';
export interface PayloadFailure {
	ok: false;
	kind: PayloadFailureKind;
	/** For developers (console, tests): what exactly was wrong. */
	reason: string;
}
export type Payload<T> = { ok: true; data: T } | PayloadFailure;

/** JSON text -> a value of the shape, or why not. */
export function readPayload<T>(text: string, shape: Shape<T>): Payload<T> {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (e) {
		const start = text.trimStart().slice(0, 15).toLowerCase();
		const what = start.startsWith('<!doctype') || start.startsWith('<html') || start.startsWith('<') ? 'an HTML page, not JSON' : text.trim() ? `not valid JSON (${(e as Error).message})` : 'empty';
		return { ok: false, kind: 'json', reason: what };
	}
	const problem = shape(value, '');
	return problem ? { ok: false, kind: 'shape', reason: problem } : { ok: true, data: value as T };
}

/** Fetch `url` and read it as a payload of the shape. */
export async function fetchPayload<T>(fetch: (url: string) => Promise<Response>, url: string, shape: Shape<T>): Promise<Payload<T>> {
	let text: string;
	try {
		const res = await fetch(url);
		if (!res.ok) return { ok: false, kind: 'http', reason: `${url}: HTTP ${res.status}` };
		text = await res.text();
	} catch (e) {
		return { ok: false, kind: 'network', reason: `${url}: ${String(e)}` };
	}
	const r = readPayload(text, shape);
	return r.ok ? r : { ...r, reason: `${url}: ${r.reason}` };
}
