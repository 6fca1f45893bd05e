/** How the map colours places. A map concept (map/ and charts/ use it), so it lives here, below state/. */
export const MAP_MODES = ['year', 'latest', 'change', 'reform'] as const;
/**
 * year: values of exactly the chosen year; latest: each place's latest value at or before it (the year is shown per
 * place); change: change between `from` and `year`; reform: change from the year before each place's reform to `year`.
 */
export type MapMode = (typeof MAP_MODES)[number];
