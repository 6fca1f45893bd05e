/**
 * Warnings for views that put different definitions or sources side by side. Pure.
 * Different comparability keys = different definitions (never one axis without a visible warning);
 * several sources under one indicator = possibly different methods (say which, so a reader can check).
 */
import type { Indicator, Source } from '../data/types.ts';
import { listJoin } from './lineSummary.ts';

export function mixWarning(indicators: Indicator[], sourcesUsed: Source[]): string | null {
	const keys = [...new Set(indicators.map((i) => i.comparability))];
	if (keys.length > 1) {
		return `This view mixes ${keys.length} different definitions (${listJoin(indicators.map((i) => i.short_label))}): their levels are not comparable with each other.`;
	}
	if (sourcesUsed.length > 1) {
		return `The values shown come from ${sourcesUsed.length} different sources (${listJoin(sourcesUsed.map((s) => `${s.publisher}, ${s.title}`))}): methods can differ between them, so check each value’s source in the table before comparing levels.`;
	}
	return null;
}
