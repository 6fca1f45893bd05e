/**
 * The map's region views: projection, frame, border resolution and which places belong. Pure; used at build time by
 * `projectRegion` (the browser never projects).
 */
import { geoAzimuthalEqualArea, geoEqualEarth, type GeoProjection } from 'd3-geo';
import type { RegionId } from './regionIds.ts';

export interface RegionDef {
	id: RegionId;
	/** world-atlas resolution of the borders (50m only where small countries matter). */
	resolution: '110m' | '50m';
	/** viewBox size in px. */
	width: number;
	height: number;
	projection(): GeoProjection;
	/** Fit the projection to these lon/lat points (the frame); null = fit to the shapes. */
	frame: [number, number][] | null;
	/** Which places belong: by UN region (null = every place whose shape falls in the frame). */
	unRegion: string | null;
	/** Draw the other places in the frame as grey context (no data, no link), e.g. North Africa on the Europe map. */
	context: boolean;
	/** Shapes smaller than this (px² in viewBox units) also get a circle so they can be seen and clicked. */
	minArea: number;
	/** Radius of tiny-state circles, viewBox px. */
	dotRadius: number;
}

/** Corners and edge midpoints of a lon/lat box (so an azimuthal projection fits the whole box). */
function box(w: number, s: number, e: number, n: number): [number, number][] {
	const pts: [number, number][] = [];
	for (let i = 0; i <= 4; i++) {
		const lon = w + ((e - w) * i) / 4;
		pts.push([lon, s], [lon, n]);
	}
	for (let i = 1; i < 4; i++) {
		const lat = s + ((n - s) * i) / 4;
		pts.push([w, lat], [e, lat]);
	}
	return pts;
}

export const REGION_DEFS: Record<RegionId, RegionDef> = {
	world: {
		id: 'world',
		resolution: '110m',
		width: 960,
		height: 470,
		projection: () => geoEqualEarth(),
		frame: null,
		unRegion: null,
		context: false,
		minArea: 6,
		dotRadius: 3.5
	},
	europe: {
		id: 'europe',
		resolution: '50m',
		width: 640,
		height: 600,
		projection: () => geoAzimuthalEqualArea().rotate([-14, -52]),
		frame: box(-12, 33.5, 37, 71),
		unRegion: 'Europe',
		context: true,
		minArea: 70,
		dotRadius: 5
	},
	americas: {
		id: 'americas',
		resolution: '110m',
		width: 560,
		height: 640,
		projection: () => geoAzimuthalEqualArea().rotate([85, -12]),
		frame: box(-150, -56, -35, 72),
		unRegion: 'Americas',
		context: false,
		minArea: 12,
		dotRadius: 4
	}
};
