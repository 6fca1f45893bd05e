/** Universal hooks. `transport`: custom types in load data (server -> browser). */
import type { Transport } from '@sveltejs/kit';
import { PrerenderedGeometry, type PathlessGeometry } from '$lib/map/prerenderedGeometry';

export const transport: Transport = {
	// The map's prerendered geometry travels without its path strings (they are in the prerendered SVG).
	PrerenderedGeometry: {
		encode: (value) => value instanceof PrerenderedGeometry && value.pathless,
		decode: (pathless: PathlessGeometry) => new PrerenderedGeometry(pathless, null)
	}
};
