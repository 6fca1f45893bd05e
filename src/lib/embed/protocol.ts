/**
 * The embed message protocol: what an embedded view (an `/embed/…` page in an iframe) and the loader on the host page
 * (`static/embed.js`) say to each other with `postMessage`. Documented in the README ("Embedding").
 *
 * - embed → host: `{ type: 'dpe:embed-height', height }` — the height in CSS pixels the embed's content needs. Sent on
 *   load, whenever the content's size changes (ResizeObserver), after a view change, and in answer to a ping.
 * - host → embed: `{ type: 'dpe:embed-ping' }` — "tell me your height again" (the loader is loaded `async` and may
 *   start after the embed's first message).
 *
 * The height is not secret, so it is posted with targetOrigin "*" (an embed cannot know its host's origin). The
 * receiving side trusts nothing: `parseHeightMessage` accepts only a plain object of the right type whose height is a
 * finite number in [MIN_EMBED_HEIGHT, MAX_EMBED_HEIGHT]; the loader also checks that the message came from one of
 * its own embed iframes (`event.source`) and from that iframe's origin. static/embed.js repeats these rules in ES5 (a
 * unit test runs it against the same hostile messages).
 */

export const HEIGHT_MESSAGE = 'dpe:embed-height';
export const PING_MESSAGE = 'dpe:embed-ping';
/** Heights outside this range are ignored: no embed is that small, and a huge one would bury the host's page. */
export const MIN_EMBED_HEIGHT = 1;
export const MAX_EMBED_HEIGHT = 20000;

export interface HeightMessage {
	type: typeof HEIGHT_MESSAGE;
	height: number;
}

/** The message an embed posts: its content height, rounded up to a whole pixel (never cut the last line). */
export function heightMessage(height: number): HeightMessage {
	return { type: HEIGHT_MESSAGE, height: Math.ceil(height) };
}

function plainObject(data: unknown): data is Record<string, unknown> {
	return typeof data === 'object' && data !== null && !Array.isArray(data);
}

/** The height (whole CSS pixels) of a valid height message, else null. Never throws, whatever `data` is. */
export function parseHeightMessage(data: unknown): number | null {
	if (!plainObject(data)) return null;
	let type: unknown, height: unknown;
	try {
		// A getter that throws (or a Proxy) must not break the listener.
		type = data.type;
		height = data.height;
	} catch {
		return null;
	}
	if (type !== HEIGHT_MESSAGE || typeof height !== 'number' || !Number.isFinite(height)) return null;
	if (height < MIN_EMBED_HEIGHT || height > MAX_EMBED_HEIGHT) return null;
	return Math.ceil(height);
}

/** Whether `data` is the host's ping. */
export function isPingMessage(data: unknown): boolean {
	if (!plainObject(data)) return false;
	try {
		return data.type === PING_MESSAGE;
	} catch {
		return false;
	}
}
