/**
 * The shapes of the JSON files the map fetches: one indicator's dataset (/map/data/<indicator>.json) and one region's
 * geometry (/map/geo/<region>.json), and the policy layer's cannabis models (/map/cannabis.json). A file that does not have the shape — or is another indicator's or region's —
 * is refused before it reaches the map's state. Pure.
 */
import { FLAGS } from '../data/types.ts';
import {
	allOf,
	arrayOf,
	boolean,
	integer,
	number,
	object,
	oneOf,
	recordOf,
	shapeOf,
	string,
	tuple,
	where,
	nullable,
	type Shape
} from '../data/shape.ts';
import { sourceShape } from '../data/sourceShape.ts';
import type { MapCannabis } from './cannabisMapLayer.ts';
import type { MapPolicy } from './mapPolicy.ts';
import type { MapData } from './dataset.ts';
import type { MapGeometry } from './projectRegion.ts';
import { REGIONS, type RegionId } from './regionIds.ts';

const ascending = (xs: number[]) => xs.every((x, i) => i === 0 || xs[i - 1]! < x);

const bins = allOf(
	object({
		method: oneOf(['quantile', 'nice', 'steps', 'diverging']),
		thresholds: where(arrayOf(number), ascending, 'thresholds must ascend'),
		colors: arrayOf(string, 1),
		extent: tuple([number, number])
	}),
	where(
		object({}),
		(b: { thresholds: number[]; colors: string[] }) => b.colors.length === b.thresholds.length + 1,
		'expected one colour more than thresholds'
	)
);

/** Every flag and source index of the packed points must point into `flags` / `sources`. */
function indexesInRange(d: { flags: unknown[]; sources: unknown[]; places: Record<string, number[][]> }): boolean {
	for (const pts of Object.values(d.places))
		for (const p of pts) if ((p[2] ?? 0) >= d.flags.length || (p[3] ?? 0) >= d.sources.length) return false;
	return true;
}

/** The dataset of `indicatorId` as the map fetches it. */
export function mapDataShape(indicatorId: string): Shape<MapData> {
	return shapeOf<MapData>(
		allOf(
			object(
				{
					indicator_id: where(string, (v: string) => v === indicatorId, `expected the dataset of ${indicatorId}`),
					flags: arrayOf(oneOf(FLAGS), 1),
					sources: arrayOf(string, 1),
					years: where(arrayOf(integer), ascending, 'years must ascend'),
					places: recordOf(
						arrayOf(
							tuple(
								[integer, number],
								[
									where(integer, (i: number) => i >= 0, 'a flag index'),
									where(integer, (i: number) => i >= 0, 'a source index')
								]
							)
						)
					),
					bins,
					withData: arrayOf(string),
					about: object({ description: string, caveat: string, formula: string }),
					sourceInfo: arrayOf(sourceShape)
				},
				{ partial: boolean }
			),
			where(object({}), indexesInRange, 'a point names a flag or source that is not listed'),
			where(
				object({}),
				(d: { sources: string[]; sourceInfo: { source_id: string }[] }) =>
					d.sourceInfo.length === d.sources.length && d.sourceInfo.every((s, i) => s.source_id === d.sources[i]),
				'expected one source record for each source, in the same order'
			)
		)
	);
}

/** The geometry of `region` as the map fetches it. */
export function mapGeometryShape(region: RegionId): Shape<MapGeometry> {
	return shapeOf<MapGeometry>(
		object({
			region: where(oneOf(REGIONS), (r: string) => r === region, `expected the ${region} geometry`),
			width: where(number, (n: number) => n > 0, 'width must be positive'),
			height: where(number, (n: number) => n > 0, 'height must be positive'),
			shapes: arrayOf(object({ iso3: string, d: string }), 1),
			dots: arrayOf(object({ iso3: string, cx: number, cy: number })),
			dotRadius: number,
			outline: string,
			context: string,
			places: arrayOf(string, 1)
		})
	);
}

/** The possession-policy facts (/map/policy.json): the policy layer, the reform mode and the tooltip read them. */
export const mapPolicyShape: Shape<MapPolicy> = shapeOf<MapPolicy>(
	object({
		facts: arrayOf(
			object({
				iso3: string,
				possession_status: string,
				possession_status_ref: string,
				possession_year: string,
				possession_year_ref: string,
				possession_caveat: string
			})
		),
		events: arrayOf(
			object({
				iso3: string,
				date: string,
				year: integer,
				event_type: string,
				scope: string,
				title: string,
				ref: string
			})
		),
		spans: arrayOf(
			object({
				iso3: string,
				jurisdiction: string,
				jurisdictionType: string,
				from: integer,
				fromDate: string,
				to: nullable(integer),
				toDate: nullable(string)
			})
		),
		citations: recordOf(string)
	})
);

/** The policy layer's cannabis models (/map/cannabis.json): codes and years only. */
export const mapCannabisShape: Shape<MapCannabis> = shapeOf<MapCannabis>(
	object({
		places: arrayOf(object({ iso3: string, cannabis_model: string, cannabis_model_year: string })),
		models: arrayOf(object({ iso3: string, model: string, since: string }))
	})
);
