/** The page's island, named in its load so its stylesheets are linked from the prerendered HTML (see routes/map/+page.ts). */
export const load = () => {
	// Begun at once, not when the page mounts: while the page hydrates, or when a link to it is hovered (SvelteKit
	// preloads a route by running its load), the island's code is already on its way. The island says a failure.
	const island = import('$lib/components/map/MapEmbedPage.svelte');
	island.catch(() => {});
	return { island: () => island };
};
