/**
 * The map's region views by name: what the URL, the controls and the fetched files say. Their projections and frames
 * are regions.ts, which only the build reads (it imports d3-geo, which the browser never needs).
 */
export const REGIONS = ['world', 'europe', 'americas'] as const;
export type RegionId = (typeof REGIONS)[number];

export function isRegion(v: unknown): v is RegionId {
	return typeof v === 'string' && (REGIONS as readonly string[]).includes(v);
}
