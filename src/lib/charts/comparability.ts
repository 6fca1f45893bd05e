/**
 * Warnings for views that put different definitions or sources side by side. Pure.
 * Different comparability keys = different definitions (never one axis without a visible warning);
 * several sources under one indicator = possibly different methods (say which, so a reader can check).
 * Words in the compare catalogue (`mix`), in `lang`.
 */
import type { Indicator, Source } from '../data/types.ts';
import { compareText } from '../strings/compare.ts';
import type { Lang } from '../strings/lang.ts';
import { formatValue } from './format.ts';

export function mixWarning(indicators: Indicator[], sourcesUsed: Source[], lang: Lang = 'en'): string | null {
	const w = compareText[lang].mix;
	const keys = [...new Set(indicators.map((i) => i.comparability))];
	if (keys.length > 1)
		return w.definitions(
			formatValue(keys.length, 0, lang),
			indicators.map((i) => i.short_label)
		);
	if (sourcesUsed.length > 1)
		return w.sources(
			formatValue(sourcesUsed.length, 0, lang),
			sourcesUsed.map((s) => `${s.publisher}, ${s.title}`)
		);
	return null;
}
