/**
 * The embed's side of protocol.ts: posts the content height to the parent window when it changes, and again when
 * the host's loader pings. Browser wiring (ResizeObserver, listeners) is passed in, so tests need no DOM.
 */
import { heightMessage, isPingMessage } from './protocol.ts';

export interface HeightTarget {
	postMessage(message: unknown, targetOrigin: string): void;
}

export class HeightPoster {
	private last = -1;
	constructor(
		/** The parent window, or null when the page is not in a frame (then nothing is posted). */
		private readonly target: HeightTarget | null,
		/** Current content height in CSS pixels. */
		private readonly measure: () => number
	) {}

	/** Post the height if it changed since the last post (or always, with `force`). Returns the height posted, or null. */
	post(force = false): number | null {
		if (!this.target) return null;
		const h = Math.ceil(this.measure());
		if (!Number.isFinite(h) || h <= 0 || (!force && h === this.last)) return null;
		this.last = h;
		this.target.postMessage(heightMessage(h), '*');
		return h;
	}

	/** Handle a message event: a ping from the parent is answered with the height. */
	onMessage(e: { source: unknown; data: unknown }): number | null {
		if (!this.target || e.source !== this.target || !isPingMessage(e.data)) return null;
		return this.post(true);
	}
}
