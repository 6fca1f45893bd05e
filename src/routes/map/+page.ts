/**
 * The page's island (components/Island.svelte): the module of its component, which the browser loads after the page
 * is shown. It is named here, in the page's load, rather than in the page's component: the build then links the
 * island's stylesheets from the prerendered HTML (SvelteKit makes a dynamic import's CSS eager when the page's
 * server-side load or component also imports it, and this file imports nothing else), so the prerendered island is
 * styled before any script runs.
 */
export const load = () => {
	// Begun at once, not when the page mounts: while the page hydrates, or when a link to it is hovered (SvelteKit
	// preloads a route by running its load), the island's code is already on its way. The island says a failure.
	const island = import('$lib/components/map/MapPage.svelte');
	island.catch(() => {});
	return { island: () => island };
};
