/**
 * The whole geometry from a prerendered map SVG in `doc` (as ChoroplethMap renders it: shapes in `[data-shapes]`,
 * each with `data-iso3` on the path or on its link), or null if that SVG is not there or lacks any of the shapes.
 * The page data carries a PrerenderedGeometry without path strings; a page's load puts them back with this before
 * hydrating (state/restoreGeometry.ts).
 */
import type { PathlessGeometry } from './prerenderedGeometry.ts';
import type { MapGeometry } from './projectRegion.ts';

export function geometryFromSvg(p: PathlessGeometry, doc: ParentNode): MapGeometry | null {
	const svg = doc.querySelector(`svg[data-chart="map"][data-region="${p.region}"]`);
	if (!svg) return null;
	const byIso = new Map<string, string>();
	for (const el of svg.querySelectorAll('[data-shapes] [data-iso3]')) {
		const path = el.localName === 'path' ? el : el.querySelector('path');
		const d = path?.getAttribute('d');
		if (d) byIso.set(el.getAttribute('data-iso3') ?? '', d);
	}
	const shapes: MapGeometry['shapes'] = [];
	for (const iso3 of p.shapes) {
		const d = byIso.get(iso3);
		if (!d) return null;
		shapes.push({ iso3, d });
	}
	const context = p.context ? svg.querySelector('path[data-context]')?.getAttribute('d') : '';
	if (context == null || (p.context && !context)) return null;
	return { ...p, shapes, context };
}
