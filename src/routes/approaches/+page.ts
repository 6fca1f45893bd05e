/** The page's island and its data (see routes/map/+page.ts for why the island is named here). */
export const load = ({ data }) => {
	// Begun at once, not when the page mounts: while the page hydrates, or when a link to it is hovered (SvelteKit
	// preloads a route by running its load), the island's code is already on its way. The island says a failure.
	const island = import('./ApproachesPage.svelte');
	island.catch(() => {});
	return { ...data, island: () => island };
};
