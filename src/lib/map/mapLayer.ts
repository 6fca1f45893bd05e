/**
 * What the map's policy layer marks over the choropleth (a map concept: the legend, the tooltip and the strings name
 * its values, so it lives here, below state/). `none`: nothing; `policy`: possession policy outlines (the layer's first
 * meaning: `layer=policy` links keep it); `cannabis`: cannabis regulation models as coloured outlines.
 */
export const MAP_LAYERS = ['none', 'policy', 'cannabis'] as const;
export type MapLayer = (typeof MAP_LAYERS)[number];
