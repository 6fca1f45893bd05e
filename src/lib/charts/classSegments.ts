/**
 * A drawn line cut into segments by a per-year class (e.g. a country's policy class), so a change of class shows as a
 * change of colour. Pure: points in, pixel polylines out; the values and their positions are the series' own.
 *
 * The rule: every year's point lies inside the segment of its own year's class. Where the class changes between two
 * consecutive years y and y+1, the straight line joining them is split at its midpoint: the half towards y takes y's
 * class, the half towards y+1 takes y+1's (Portugal: punitive to 2000, health-led from 2001, so the colour changes
 * half-way between the 2000 and 2001 values). The midpoint is only where the drawn line changes colour, never a
 * value. A run of one point is one segment of one point (drawn as a dot). Input is one run of consecutive years
 * (series.ts `runs`): gaps and breaks in series are never joined, here or anywhere.
 */

export interface RunPoint {
	year: number;
	px: number;
	py: number;
}

export interface ClassSegment<C> {
	cls: C;
	/** First and last year whose point lies in the segment. */
	from: number;
	to: number;
	/** The polyline, in pixels: the segment's points and, at a change of class, the midpoint shared with its neighbour. */
	points: [number, number][];
}

const mid = (a: RunPoint, b: RunPoint): [number, number] => [(a.px + b.px) / 2, (a.py + b.py) / 2];

/** Segments of one run of consecutive years, in year order (see the module comment); empty for an empty run. */
export function classSegments<C>(run: readonly RunPoint[], classOf: (year: number) => C): ClassSegment<C>[] {
	const out: ClassSegment<C>[] = [];
	let cur: ClassSegment<C> | null = null;
	let prev: RunPoint | null = null;
	for (const p of run) {
		const cls = classOf(p.year);
		if (cur && prev && cls === cur.cls) {
			cur.points.push([p.px, p.py]);
			cur.to = p.year;
		} else {
			const m: [number, number] | null = cur && prev ? mid(prev, p) : null;
			if (cur && m) cur.points.push(m);
			cur = { cls, from: p.year, to: p.year, points: m ? [m, [p.px, p.py]] : [[p.px, p.py]] };
			out.push(cur);
		}
		prev = p;
	}
	return out;
}
