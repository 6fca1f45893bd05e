/**
 * What a small chart of one place's series says in words: its first and latest values, how many years in between
 * have a value, and the caution words the latest value must carry (a break in series, provisional …; caution.ts).
 * The text summary of every sparkline and small multiple on a country page. Pure.
 */
import { breakAtOrBefore, breakBetween, caution } from './caution.ts';
import { formatValue } from './format.ts';
import type { SeriesPoint } from '../data/series.ts';
import type { Lang } from '../strings/lang.ts';

export interface SeriesDigest {
	first: { year: number; value: string } | null;
	latest: { year: number; value: string };
	/** Years with a value, and the years from first to latest. */
	years: number;
	span: number;
	/** Words that must travel with the change from first to latest (or with the only value); '' when none. */
	caution: string;
	/** Words that must travel with the latest value quoted alone ("after a break in series in 2011"); '' when none. */
	latestCaution: string;
}

export function seriesDigest(
	points: readonly Pick<SeriesPoint, 'year' | 'value' | 'flag'>[],
	decimals: number,
	/** Language of the numbers and caution words (default English). */
	lang: Lang = 'en'
): SeriesDigest | null {
	const first = points[0];
	const last = points[points.length - 1];
	if (!first || !last) return null;
	const one = first === last;
	return {
		first: one ? null : { year: first.year, value: formatValue(first.value, decimals, lang) },
		latest: { year: last.year, value: formatValue(last.value, decimals, lang) },
		years: points.length,
		span: last.year - first.year + 1,
		caution: one
			? caution(last.flag, breakAtOrBefore(points, last.year), false, lang)
			: caution(last.flag, breakBetween(points, first.year, last.year), true, lang),
		latestCaution: caution(last.flag, breakAtOrBefore(points, last.year), false, lang)
	};
}
