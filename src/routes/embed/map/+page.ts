/** The page's island, named in its load so its stylesheets are linked from the prerendered HTML (see routes/map/+page.ts). */
export const load = () => ({ island: () => import('$lib/components/map/MapEmbedPage.svelte') });
