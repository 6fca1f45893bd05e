/**
 * One- or two-sentence plain-language summary of a line chart, for screen readers and as a visible lede. Pure: this
 * file finds the facts (highest and lowest line in the latest shared year, the largest relative change, lines without
 * data, the caution words each quoted value needs); the sentences are the compare catalogue's (`lines`), in `o.lang`.
 */
import { breakAtOrBefore, breakBetween, caution, withCaution } from './caution.ts';
import { formatValue } from './format.ts';
import type { Series, SeriesPoint } from '../data/series.ts';
import { compareText } from '../strings/compare.ts';
import type { Lang } from '../strings/lang.ts';

export interface SummaryOptions {
	/** What is measured, as it reads inside a sentence, e.g. "drug use disorder death rate"; none: "value"/"verdi". */
	measure?: string | null;
	/** Unit after a value, e.g. "per 100,000". */
	unit: string;
	decimals: number;
	/** Language of the sentences and numbers (default English). */
	lang?: Lang;
}

export function summariseLines(series: Series[], o: SummaryOptions): string {
	const lang = o.lang ?? 'en';
	const w = compareText[lang].lines;
	const measure = o.measure ?? null;
	const withData = series.filter((s) => s.points.length > 0);
	const none = series.filter((s) => s.points.length === 0).map((s) => s.label);
	if (withData.length === 0) return w.noData(series.map((s) => s.label));
	const v = (n: number) => `${formatValue(n, o.decimals, lang)} ${o.unit}`.trim();
	// A value after a break in series (or provisional, partial …) says so where it is quoted (charts/caution.ts).
	const at = (s: Series, p: SeriesPoint) =>
		withCaution(v(p.value), caution(p.flag, breakAtOrBefore(s.points, p.year), false, lang));
	// Latest common year, if any; else each series' latest year.
	const common = withData
		.map((s) => new Set(s.points.map((p) => p.year)))
		.reduce((a, b) => new Set([...a].filter((y) => b.has(y))));
	const sentences: string[] = [];
	if (common.size > 0 && withData.length > 1) {
		const year = Math.max(...common);
		const ranked = withData
			.map((s) => ({ s, p: s.points.find((p) => p.year === year)! }))
			.sort((a, b) => b.p.value - a.p.value);
		const hi = ranked[0]!;
		const lo = ranked[ranked.length - 1]!;
		sentences.push(
			w.highLow({ year, measure, hi: hi.s.label, hiValue: at(hi.s, hi.p), lo: lo.s.label, loValue: at(lo.s, lo.p) })
		);
	} else if (withData.length === 1) {
		const s = withData[0]!;
		const last = s.points[s.points.length - 1]!;
		sentences.push(
			w.one({
				year: last.year,
				measure,
				place: s.label,
				value: v(last.value),
				caution: caution(last.flag, breakAtOrBefore(s.points, last.year), false, lang)
			})
		);
	}
	const changes = withData
		.filter((s) => s.points.length > 1)
		.map((s) => {
			const first = s.points[0]!;
			const last = s.points[s.points.length - 1]!;
			return { s, first, last, ratio: first.value > 0 ? last.value / first.value : Infinity };
		})
		.sort((a, b) => b.ratio - a.ratio);
	const top = changes[0] && changes[0].ratio < 1 ? changes[changes.length - 1] : changes[0];
	if (top && top.ratio !== Infinity) {
		const across = breakBetween(top.s.points, top.first.year, top.last.year);
		sentences.push(
			w.largest({
				rise: top.last.value >= top.first.value,
				place: top.s.label,
				from: v(top.first.value),
				fromYear: top.first.year,
				to: v(top.last.value),
				toYear: top.last.year,
				caution: caution(top.last.flag, across, true, lang)
			})
		);
	}
	if (none.length) sentences.push(w.noData(none));
	return sentences.join(' ');
}

/** "A, B and C" (nb "A, B og C"). */
export function listJoin(items: string[], lang: Lang = 'en'): string {
	return compareText[lang].list(items);
}
