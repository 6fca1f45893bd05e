/**
 * The policy layer's outline of a place, from its possession status in the shown year. Pure (the map, legend and
 * tests share it): solid = not a crime since a dated year; dashed = the same from the current record, start year not
 * given; dash-dot = coded decriminalised but contested (a threshold model that reviewers say raised incarceration);
 * dotted = varies by state or province; none = criminal, before a dated reform, or unknown.
 */
import type { PossessionInYear } from '../stats/possessionStatus.ts';

export type Outline = 'solid' | 'dashed' | 'dotted' | 'contested';

/** The dash pattern of each outline (SVG `stroke-dasharray`, in px of the map's lines): the map and its export's legend. */
export const OUTLINE_DASH: Record<Outline, string | undefined> = {
	solid: undefined,
	dashed: '5 3',
	dotted: '1.5 2.5',
	contested: '9 3 2 3'
};

export function policyOutline(p: PossessionInYear | undefined): Outline | null {
	if (!p) return null;
	if (p.class === 'not_criminal') return p.contested ? 'contested' : p.dated ? 'solid' : 'dashed';
	if (p.class === 'varies') return 'dotted';
	return null;
}
