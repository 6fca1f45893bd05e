/**
 * The prerendered region's geometry in the page's data, without its path strings: those are already in the
 * prerendered SVG, so sending them again would ship them twice. On the server the whole geometry renders the map;
 * `transport` in src/hooks.ts serializes only the rest (ids, dots, sizes) in /regulation's page data, and the map's
 * start file carries the same (state/mapBoot.ts). In the browser, before an island hydrates, state/restoreGeometry.ts
 * takes the path strings back from the prerendered SVG, so the hydrated attributes equal the server's, or, after a
 * client-side navigation (no prerendered SVG), from /map/geo/<region>.json.
 */
import type { MapGeometry } from './projectRegion.ts';

/** A geometry minus its path strings: the iso3 of each shape, in drawing order; whether it has a context path. */
export type PathlessGeometry = Omit<MapGeometry, 'shapes' | 'context'> & { shapes: string[]; context: boolean };

export class PrerenderedGeometry {
	/** `full`: the whole geometry on the server; null in the browser (the path strings stayed in the HTML). */
	constructor(
		readonly pathless: PathlessGeometry,
		readonly full: MapGeometry | null
	) {}

	static of(g: MapGeometry): PrerenderedGeometry {
		const { shapes, context, ...rest } = g;
		return new PrerenderedGeometry({ ...rest, shapes: shapes.map((s) => s.iso3), context: context !== '' }, g);
	}
}
