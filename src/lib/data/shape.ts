/**
 * Shape checks for JSON that arrives from the network: small composable checks that return the first problem found
 * ("places.PRT[3][1]: expected a number, got a string") or null. Used at the boundary, where a fetched payload becomes
 * a typed value, so a wrong file ({}, null, another indicator's data) is refused instead of crashing a view. Pure.
 */

/** The first problem with `value` (prefixed by where it is, `at`), or null when the value has the shape. */
export type Check = (value: unknown, at: string) => string | null;

/** What a value is, for messages: "null", "an array", "a string", … */
export function kindOf(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	if (typeof value === 'object') return 'an object';
	if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
	return `a ${typeof value}`;
}

const problem = (at: string, what: string) => `${at || 'payload'}: ${what}`;
const expected = (at: string, what: string, value: unknown) => problem(at, `expected ${what}, got ${kindOf(value)}`);
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const string: Check = (v, at) => (typeof v === 'string' ? null : expected(at, 'a string', v));
export const number: Check = (v, at) => (typeof v === 'number' && Number.isFinite(v) ? null : expected(at, 'a number', v));
export const integer: Check = (v, at) => (Number.isInteger(v) ? null : expected(at, 'an integer', v));
export const boolean: Check = (v, at) => (typeof v === 'boolean' ? null : expected(at, 'true or false', v));

/** One of the given strings or numbers. */
export function oneOf(values: readonly (string | number)[]): Check {
	return (v, at) => (values.includes(v as string | number) ? null : problem(at, `${JSON.stringify(v)} is not one of ${values.map((x) => JSON.stringify(x)).join(', ')}`));
}

/** `check`, then a condition on the value (`what` says what it must be). */
export function where(check: Check, ok: (v: never) => boolean, what: string): Check {
	return (v, at) => check(v, at) ?? (ok(v as never) ? null : problem(at, what));
}

/** An array whose every item passes `item` (at least `min` items). */
export function arrayOf(item: Check, min = 0): Check {
	return (v, at) => {
		if (!Array.isArray(v)) return expected(at, 'an array', v);
		if (v.length < min) return problem(at, `expected at least ${min} item${min === 1 ? '' : 's'}, got ${v.length}`);
		for (let i = 0; i < v.length; i++) {
			const p = item(v[i], `${at}[${i}]`);
			if (p) return p;
		}
		return null;
	};
}

/** A fixed-length array: the `required` items, then up to `optional.length` more. */
export function tuple(required: Check[], optional: Check[] = []): Check {
	return (v, at) => {
		if (!Array.isArray(v)) return expected(at, 'an array', v);
		if (v.length < required.length || v.length > required.length + optional.length) {
			const n = optional.length ? `${required.length} to ${required.length + optional.length}` : String(required.length);
			return problem(at, `expected ${n} items, got ${v.length}`);
		}
		const all = [...required, ...optional];
		for (let i = 0; i < v.length; i++) {
			const p = all[i]!(v[i], `${at}[${i}]`);
			if (p) return p;
		}
		return null;
	};
}

/** An object used as a map: every value passes `value` (keys are any strings). */
export function recordOf(value: Check): Check {
	return (v, at) => {
		if (!isPlainObject(v)) return expected(at, 'an object', v);
		for (const [k, x] of Object.entries(v)) {
			const p = value(x, at ? `${at}.${k}` : k);
			if (p) return p;
		}
		return null;
	};
}

/** An object with these fields (other fields are allowed and ignored); `optional` fields may be missing. */
export function object(fields: Record<string, Check>, optional: Record<string, Check> = {}): Check {
	return (v, at) => {
		if (!isPlainObject(v)) return expected(at, 'an object', v);
		for (const [k, check] of Object.entries(fields)) {
			const name = at ? `${at}.${k}` : k;
			if (!(k in v)) return problem(name, 'missing');
			const p = check(v[k], name);
			if (p) return p;
		}
		for (const [k, check] of Object.entries(optional)) {
			if (v[k] === undefined) continue;
			const p = check(v[k], at ? `${at}.${k}` : k);
			if (p) return p;
		}
		return null;
	};
}

/** `check`, or null (a field the data leave empty on purpose: "still in force", "no reform"). */
export function nullable(check: Check): Check {
	return (v, at) => (v === null ? null : check(v, at));
}

/** All checks, in order (for conditions across fields). */
export function allOf(...checks: Check[]): Check {
	return (v, at) => {
		for (const c of checks) {
			const p = c(v, at);
			if (p) return p;
		}
		return null;
	};
}

/** A check that, when it passes, makes the value a `T` (the link to the type is declared where the shape is built). */
export type Shape<T> = Check & { readonly __shapeOf?: T };

/** Declare that values passing `check` are `T`s. */
export function shapeOf<T>(check: Check): Shape<T> {
	return check as Shape<T>;
}

/** True when `value` has the shape (a type guard). */
export function hasShape<T>(shape: Shape<T>, value: unknown): value is T {
	return shape(value, '') === null;
}
