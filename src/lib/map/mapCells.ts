/**
 * What each place shows on the map for a view state: the value (or change) that colours it, the year(s) it comes
 * from, and why it is missing when it is. Pure; the map, tooltip, table and summary all read these cells, so they can
 * never disagree.
 */
import { breakAtOrBefore, breakBetween } from '../charts/caution.ts';
import { MAP_LIGHT } from '../charts/palette.ts';
import { binColor, divergingBins, PERCENT_CHANGE_FLOOR, type ColorBins } from '../charts/colorBins.ts';
import { changeBetween, changeSinceReform, latestAtOrBefore } from '../stats/change.ts';
import type { MapMode } from './mapMode.ts';
import { unpackPoint, type MapDataset, type MapPoint } from './dataset.ts';

export type MissingReason =
	/** No value for this place in the shown year (or, in latest mode, in any year up to it). */
	| 'no-data'
	| 'no-from'
	| 'no-to'
	| 'no-both'
	| 'zero-base'
	/** Reform mode: the place has no dated reform (not a data gap: the mode does not apply). */
	| 'no-reform'
	| 'reform-after'
	/** Reform mode: the reform came after the place's last year with data (nothing to measure yet; not a gap). */
	| 'reform-after-data'
	| 'reform-before-data';

export interface MapCell {
	iso3: string;
	/** The number that colours the place: the value (year/latest modes) or the % change (change modes). */
	metric: number | null;
	missing: MissingReason | null;
	/** Value shown (year/latest) or the end value (change modes). */
	point: MapPoint | null;
	/** Start value of a change. */
	fromPoint: MapPoint | null;
	/** Change modes: to − from in the indicator's unit. */
	absolute: number | null;
	/** Latest mode: the value is from an earlier year than the one selected. */
	older: boolean;
	/**
	 * Year of a break in series that the value follows (year/latest: the latest break at or before the value's year) or
	 * that the change crosses (change modes: a break after the start year, up to the end year); null when none.
	 */
	breakYear: number | null;
}

export interface CellInput {
	dataset: MapDataset;
	mode: MapMode;
	year: number;
	from: number;
	/** Places to compute (e.g. every place the region draws plus listed sub-national entities). */
	places: readonly string[];
	/** Year of each place's reform (reform mode). */
	reformYears?: ReadonlyMap<string, number>;
}

export function computeCells({ dataset, mode, year, from, places, reformYears }: CellInput): Map<string, MapCell> {
	const out = new Map<string, MapCell>();
	const first = dataset.years[0] ?? null;
	const hasBreaks = dataset.flags.includes('break'); // most indicators have none: skip the per-place work
	for (const iso3 of places) {
		const packed = dataset.places[iso3] ?? [];
		const base: MapCell = {
			iso3,
			metric: null,
			missing: 'no-data',
			point: null,
			fromPoint: null,
			absolute: null,
			older: false,
			breakYear: null
		};
		const flagged = hasBreaks ? packed.map((q) => ({ year: q[0], flag: dataset.flags[q[2] ?? 0] ?? '' })) : [];
		if (mode === 'year' || mode === 'latest') {
			const p =
				mode === 'year'
					? packed.find((q) => q[0] === year)
					: latestAtOrBefore(
							packed.map((q) => ({ year: q[0], q })),
							year
						)?.q;
			if (p) {
				const point = unpackPoint(dataset, p);
				out.set(iso3, {
					...base,
					metric: point.value,
					missing: null,
					point,
					older: point.year !== year,
					breakYear: breakAtOrBefore(flagged, point.year)
				});
			} else out.set(iso3, base);
			continue;
		}
		const at = (y: number) => packed.find((q) => q[0] === y)?.[1];
		const last = packed.length ? Math.max(...packed.map((q) => q[0])) : null;
		const r =
			mode === 'change'
				? changeBetween(at, from, year)
				: changeSinceReform(at, reformYears?.get(iso3) ?? null, year, first, last);
		const find = (y: number | null) => {
			const q = y === null ? undefined : packed.find((x) => x[0] === y);
			return q ? unpackPoint(dataset, q) : null;
		};
		if (r.kind === 'missing') {
			out.set(iso3, { ...base, missing: r.reason, point: find(r.toYear), fromPoint: find(r.fromYear) });
			continue;
		}
		if (r.percent === null) {
			out.set(iso3, {
				...base,
				missing: 'zero-base',
				point: find(r.to.year),
				fromPoint: find(r.from.year),
				absolute: r.absolute
			});
			continue;
		}
		out.set(iso3, {
			...base,
			metric: r.percent,
			missing: null,
			point: find(r.to.year),
			fromPoint: find(r.from.year),
			absolute: r.absolute,
			breakYear: breakBetween(flagged, r.from.year, r.to.year)
		});
	}
	return out;
}

/** Bins for the cells: the indicator's fixed level bins, or diverging bins of the changes shown. */
export function binsFor(mode: MapMode, levelBins: ColorBins, cells: Map<string, MapCell>): ColorBins {
	if (mode === 'year' || mode === 'latest') return levelBins;
	const changes: number[] = [];
	for (const c of cells.values()) if (c.metric !== null) changes.push(c.metric);
	// Change is a % change (metric = percent): nothing falls below −100 %.
	return divergingBins(changes, PERCENT_CHANGE_FLOOR);
}

/** The no-data hatch (a pattern the map defines). */
export const NO_DATA_FILL = 'url(#map-nodata)';
/** Plain grey where the mode does not apply: a colour (light theme), so an exported map keeps it; the page's dark theme
 * overrides it in CSS (ChoroplethMap marks these places `data-fill="na"`). */
export const NOT_APPLICABLE_FILL = MAP_LIGHT.na;

/** Reasons the mode does not apply (plain grey), as opposed to a gap in the data (hatched). */
export const NOT_APPLICABLE: readonly MissingReason[] = ['no-reform', 'reform-after-data'];

/** Fill of a place: a bin colour, the no-data hatch, or plain grey where the mode does not apply (no reform yet). */
export function cellFill(cell: MapCell | undefined, bins: ColorBins): string {
	if (!cell || cell.metric === null)
		return cell?.missing && NOT_APPLICABLE.includes(cell.missing) ? NOT_APPLICABLE_FILL : NO_DATA_FILL;
	return binColor(bins, cell.metric);
}
