/**
 * Topology -> projected SVG path strings for one region, computed once at build time (the browser only recolours).
 * Shapes are keyed by iso3 (matched by ISO numeric id, or by the atlas name for features without one). Places too
 * small to see or tap — Malta, Luxembourg, Andorra, Singapore, Caribbean islands — also get a circle at their
 * centroid; places absent at the view's resolution take their centroid from the 50m borders.
 */
import { geoCentroid, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Country } from '../data/types.ts';
import { CompactPath } from './compactPath.ts';
import { REGION_DEFS } from './regions.ts';
import type { RegionId } from './regionIds.ts';

export interface MapShape {
	iso3: string;
	/** SVG path data, viewBox px, 1 decimal. */
	d: string;
}

export interface MapDot {
	iso3: string;
	cx: number;
	cy: number;
}

/** A region's geometry, ready to draw: what the map component receives. */
export interface MapGeometry {
	region: RegionId;
	width: number;
	height: number;
	/** Country shapes, drawn in this order. */
	shapes: MapShape[];
	/** Circles for places too small to see (drawn above the shapes). */
	dots: MapDot[];
	dotRadius: number;
	/** Outline of the projected frame, for the sea background ('' for the world map). */
	outline: string;
	/** Places outside the region drawn as grey context, merged into one path ('' when none). */
	context: string;
	/** iso3 of every place drawn (shape or dot), for the table and summary of this region. */
	places: string[];
}

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

export interface Atlas {
	/** world-atlas countries-110m.json */
	'110m': unknown;
	/** world-atlas countries-50m.json */
	'50m': unknown;
}

function features(topology: unknown): Feature<Geometry, { name: string }>[] {
	const t = topology as CountriesTopology;
	return (feature(t, t.objects.countries) as FeatureCollection<Geometry, { name: string }>).features;
}

/** iso3 of a world-atlas feature, via countries.csv (numeric id, else atlas_name). */
export function featureIso3(
	countries: readonly Country[]
): (f: Feature<Geometry, { name: string }>) => string | undefined {
	const byNum = new Map(countries.filter((c) => c.iso_numeric).map((c) => [c.iso_numeric, c.iso3]));
	const byName = new Map(countries.filter((c) => c.atlas_name).map((c) => [c.atlas_name, c.iso3]));
	return (f) => (f.id !== undefined ? byNum.get(String(f.id)) : undefined) ?? byName.get(f.properties?.name ?? '');
}

const round1 = (v: number) => Math.round(v * 10) / 10;

export function projectRegion(region: RegionId, atlas: Atlas, countries: readonly Country[]): MapGeometry {
	const def = REGION_DEFS[region];
	const iso = featureIso3(countries);
	const byIso = new Map(countries.map((c) => [c.iso3, c]));
	const belongs = (iso3: string) => def.unRegion === null || byIso.get(iso3)?.region === def.unRegion;
	const all = features(atlas[def.resolution])
		.map((f) => ({ f, iso3: iso(f) }))
		.filter((x): x is { f: Feature<Geometry, { name: string }>; iso3: string } => !!x.iso3 && x.iso3 !== 'ATA');
	const feats = all.filter((x) => belongs(x.iso3));

	const projection = def.projection();
	const pad = 4;
	const extent: [[number, number], [number, number]] = [
		[pad, pad],
		[def.width - pad, def.height - pad]
	];
	if (def.frame) projection.fitExtent(extent, { type: 'MultiPoint', coordinates: def.frame });
	else projection.fitExtent(extent, { type: 'FeatureCollection', features: feats.map((x) => x.f) });
	if (def.frame)
		projection.clipExtent([
			[0, 0],
			[def.width, def.height]
		]);
	// Area and centroid from the unclipped projection: a big country cut by the frame is not a tiny state.
	const unclipped = def.projection().scale(projection.scale()).translate(projection.translate());
	const path = geoPath(unclipped);
	const ctx = new CompactPath(0.6);
	const compact = geoPath(projection, ctx);
	const draw = (f: Feature) => {
		compact(f);
		return ctx.result();
	};

	const shapes: MapShape[] = [];
	const dots: MapDot[] = [];
	const drawn = new Set<string>();
	const inside = (p: [number, number]) => p[0] >= 0 && p[0] <= def.width && p[1] >= 0 && p[1] <= def.height;
	for (const { f, iso3 } of feats) {
		const d = draw(f);
		if (!d) continue;
		shapes.push({ iso3, d });
		drawn.add(iso3);
		if (path.area(f) < def.minArea) {
			const c = path.centroid(f);
			if (Number.isFinite(c[0]) && inside(c)) dots.push({ iso3, cx: round1(c[0]), cy: round1(c[1]) });
		}
	}
	// Places with no shape at this resolution: a circle at their 50m centroid, if it falls in the frame.
	for (const f of features(atlas['50m'])) {
		const iso3 = iso(f);
		if (!iso3 || drawn.has(iso3) || iso3 === 'ATA' || !belongs(iso3) || byIso.get(iso3)?.kind !== 'country') continue;
		const p = projection(geoCentroid(f));
		if (!p || !inside(p)) continue;
		dots.push({ iso3, cx: round1(p[0]), cy: round1(p[1]) });
		drawn.add(iso3);
	}
	const outline = def.frame ? `M0,0H${def.width}V${def.height}H0Z` : '';
	const context = def.context
		? draw({
				type: 'FeatureCollection',
				features: all.filter((x) => !belongs(x.iso3)).map((x) => x.f)
			} as unknown as Feature)
		: '';
	return {
		region,
		width: def.width,
		height: def.height,
		shapes,
		dots,
		dotRadius: def.dotRadius,
		outline,
		context,
		places: [...drawn].sort()
	};
}
