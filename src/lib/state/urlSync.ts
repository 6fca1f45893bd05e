/**
 * Keeping a view's URL query in step with the browser history, so that Back and Forward walk through the views a
 * reader chose. A discrete choice (another indicator, region, mode, layer) gets its own history entry; a continuous
 * control (the year slider, playing through the years) only rewrites the current entry, after the control rests, so
 * one drag is one step back and the history is not flooded.
 *
 * `historyPlan` is the rule (pure). `UrlHistorySync` applies it: it remembers the query of the history entry on
 * screen, debounces replacements, and is told when the entry changed under it (Back, Forward, a link) so that a
 * pending write never lands on the entry the reader went to. Writing to the history and reading the address bar are
 * passed in (SvelteKit's shallow `pushState`/`replaceState` and `location.search` in the browser), so views other than
 * the map can use it and tests need no browser.
 */

export type HistoryAction = 'push' | 'replace' | 'none';

function params(q: string | URLSearchParams): URLSearchParams {
	return new URLSearchParams(q);
}

function bare(q: string): string {
	return q.startsWith('?') ? q.slice(1) : q;
}

/** Query without "?", keys sorted, so that two spellings of the same query compare equal. */
export function normalQuery(q: string | URLSearchParams): string {
	const p = params(q);
	p.sort();
	return p.toString();
}

/**
 * What moving from the query `prev` (the history entry on screen) to `next` asks of the history: nothing when they
 * are the same query; `replace` when only keys listed in `replaceKeys` differ (continuous controls); else `push`.
 */
export function historyPlan(
	prev: string | URLSearchParams,
	next: string | URLSearchParams,
	replaceKeys: readonly string[]
): HistoryAction {
	const a = params(prev);
	const b = params(next);
	if (normalQuery(a) === normalQuery(b)) return 'none';
	const keys = new Set([...a.keys(), ...b.keys()]);
	for (const k of keys) {
		if (replaceKeys.includes(k)) continue;
		if (a.getAll(k).join('\u0000') !== b.getAll(k).join('\u0000')) return 'push';
	}
	return 'replace';
}

export interface UrlHistorySyncOptions {
	/** Keys whose change alone rewrites the current entry instead of adding one (e.g. `year`). */
	replaceKeys: readonly string[];
	/** Add a history entry with this query (without "?"). */
	push(query: string): void;
	/** Rewrite the current history entry with this query (without "?"). */
	replace(query: string): void;
}

export class UrlHistorySync {
	/** Query of the history entry on screen, as written or read last (without "?"). */
	private entry: string;
	private pending: { query: string; timer: ReturnType<typeof setTimeout> } | null = null;
	private readonly opts: UrlHistorySyncOptions;

	/** `current` is the query of the history entry on screen now (e.g. `location.search`). */
	constructor(opts: UrlHistorySyncOptions, current: string) {
		this.opts = opts;
		this.entry = bare(current);
	}

	/** Query of the history entry on screen. */
	get current(): string {
		return this.entry;
	}

	/**
	 * The view on screen is now `next`: push a new entry at once, or replace the current one after `delay` ms (a
	 * later call within the delay supersedes it). `allowPush: false` turns a push into a replacement (e.g. when the
	 * view went back to the previous one because the requested one could not be loaded). Returns what was planned.
	 */
	update(next: string, delay: number, allowPush = true): HistoryAction {
		const q = bare(next);
		// Against what the entry is about to become: a replacement still waiting belongs to this entry.
		let plan = historyPlan(this.pending?.query ?? this.entry, q, this.opts.replaceKeys);
		if (plan === 'none') return plan;
		if (plan === 'push' && !allowPush) plan = 'replace';
		if (plan === 'push') {
			// Write the waiting replacement first, so Back returns to what the reader saw on the entry being left.
			this.flush();
			this.opts.push(q);
			this.entry = q;
			return plan;
		}
		this.cancel();
		if (historyPlan(this.entry, q, this.opts.replaceKeys) === 'none') return 'none';
		if (delay <= 0) this.write(q);
		else this.pending = { query: q, timer: setTimeout(() => this.write(q), delay) };
		return plan;
	}

	/**
	 * The history entry changed without us (Back, Forward, a link, a reload): drop any pending write and take
	 * `current` as the entry's query. The caller then shows the view of that query.
	 */
	entered(current: string): void {
		this.cancel();
		this.entry = bare(current);
	}

	/** Write a pending replacement now. */
	flush(): void {
		const p = this.pending;
		if (!p) return;
		this.cancel();
		this.write(p.query);
	}

	/** Forget a pending replacement. */
	cancel(): void {
		if (this.pending) clearTimeout(this.pending.timer);
		this.pending = null;
	}

	private write(q: string): void {
		this.pending = null;
		if (normalQuery(q) === normalQuery(this.entry)) return;
		this.opts.replace(q);
		this.entry = q;
	}
}

/**
 * A view whose state lives in the URL query, as the browser-side sync (syncUrl.svelte.ts) drives it. The map's and
 * the compare view's state classes implement it.
 */
export interface UrlView {
	/** Keys of continuous controls: a change of only these rewrites the history entry instead of adding one. */
	readonly replaceKeys: readonly string[];
	/**
	 * What the address bar should say now, read reactively: the view's query (without "?") with the delay before a
	 * replacement is written, and whether a discrete change may add an entry (not when the view just went back
	 * after a failure); null while the requested view is still loading (nothing is written until it is shown).
	 */
	readonly urlWrite: { query: string; delay: number; allowPush: boolean } | null;
	/** The query (without "?") the view of an address-bar query is written as: old or malformed ones differ. */
	canonical(search: string): string;
	/** Show the view of an address-bar query (nothing to do when it is the view already requested). */
	enter(search: string): void;
}
