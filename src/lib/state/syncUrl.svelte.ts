/**
 * The browser side of a view's URL state, the same for every view (map, compare, their embeds): call
 * `syncUrl(explorer)` once while the page component initialises.
 *
 * Prerender cannot read the query, so the browser applies it after hydration, and again whenever the history entry
 * changes under the page (Back, Forward, a link to another view of the same page). A discrete choice adds a history
 * entry; continuous controls (`replaceKeys`) only rewrite the current one once they rest (urlSync.ts). The URL follows
 * what is on screen: a view still loading is not written. A malformed or old-style query is rewritten, in the same
 * entry, to the view it stands for.
 */
import { onMount, untrack } from 'svelte';
import { afterNavigate, pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { normalQuery, UrlHistorySync, type UrlView } from './urlSync.ts';

/** Milliseconds before a malformed query is rewritten: SvelteKit's router cannot write the history while hydrating. */
const REWRITE_DELAY = 150;

export function syncUrl(view: UrlView): void {
	let ready = $state(false);
	let sync: UrlHistorySync | null = null;
	let path = '';

	// Show the view of the history entry in the address bar (SvelteKit's page.url does not follow shallow routing).
	function enter(): void {
		if (!sync || location.pathname !== path) return;
		sync.entered(location.search);
		const q = view.canonical(location.search);
		if (normalQuery(q) !== normalQuery(location.search)) sync.update(q, REWRITE_DELAY, false);
		view.enter(location.search);
	}

	onMount(() => {
		path = location.pathname;
		const toUrl = (q: string) => Object.assign(new URL(location.href), { search: q });
		sync = new UrlHistorySync(
			{
				replaceKeys: view.replaceKeys,
				push: (q) => pushState(toUrl(q), {}),
				replace: (q) => replaceState(toUrl(q), page.state)
			},
			location.search
		);
		enter();
		ready = true;
		addEventListener('popstate', enter);
		return () => {
			removeEventListener('popstate', enter);
			sync?.cancel();
		};
	});
	afterNavigate(() => enter());
	$effect(() => {
		const w = view.urlWrite;
		if (!ready || !w) return;
		untrack(() => sync?.update(w.query, w.delay, w.allowPush));
	});
}
