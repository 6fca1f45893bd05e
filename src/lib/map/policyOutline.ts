/**
 * The policy layer's outline of a place, from its possession status in the shown year. Pure (the map, legend and
 * tests share it): solid = not a crime since a dated year; dashed = the same from the current record, start year not
 * given; dash-dot = coded decriminalised but contested (a threshold model that reviewers say raised incarceration);
 * dotted = varies by state or province; none = criminal, before a dated reform, or unknown.
 */
import type { PossessionInYear } from '../stats/possessionStatus.ts';

export type Outline = 'solid' | 'dashed' | 'dotted' | 'contested';

export function policyOutline(p: PossessionInYear | undefined): Outline | null {
	if (!p) return null;
	if (p.class === 'not_criminal') return p.contested ? 'contested' : p.dated ? 'solid' : 'dashed';
	if (p.class === 'varies') return 'dotted';
	return null;
}
