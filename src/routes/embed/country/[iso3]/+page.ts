/** The page's island and its data (see routes/map/+page.ts for why the island is named here). */
export const load = ({ data }) => ({ ...data, island: () => import('./CountryEmbedPage.svelte') });
