/**
 * Universal hooks. `reroute`: /nb/… is the Norwegian edition of the same route (/nb/map renders routes/map with
 * Norwegian words; `url` in loaders stays /nb/map, so they know the language). `transport`: custom types in load data
 * (server -> browser).
 */
import type { Reroute, Transport } from '@sveltejs/kit';
import { base } from '$app/paths';
import { langOfPath, pathWithoutLang } from '$lib/strings/lang';
import { PrerenderedGeometry, type PathlessGeometry } from '$lib/map/prerenderedGeometry';

export const transport: Transport = {
	// The map's prerendered geometry travels without its path strings (they are in the prerendered SVG).
	PrerenderedGeometry: {
		encode: (value) => value instanceof PrerenderedGeometry && value.pathless,
		decode: (pathless: PathlessGeometry) => new PrerenderedGeometry(pathless, null)
	}
};

export const reroute: Reroute = ({ url }) => {
	if (langOfPath(url.pathname, base) === 'en') return;
	return base + pathWithoutLang(url.pathname, base);
};
