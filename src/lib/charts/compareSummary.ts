/**
 * One-sentence summary of the /compare view (visible lede and the chart's accessible description). Pure: this file
 * finds the facts; the sentence is the compare catalogue's (`summary`), in `o.lang`, with numbers in that language.
 */
import { breakAtOrBefore, breakBetween, caution, withCaution } from './caution.ts';
import { formatValue, yearRange } from './format.ts';
import type { Series } from '../data/series.ts';
import type { Reform } from '../stats/reform.ts';
import { compareText } from '../strings/compare.ts';
import type { Lang } from '../strings/lang.ts';
import { labelAtStart, labelInText } from '../strings/labelInText.ts';

export interface CompareSummaryInput {
	series: Series[];
	/** The indicator's label as written ("HIV prevalence, PWID", "Drug-induced deaths 15–64"); cased for the sentence here. */
	measure: string;
	/** Place names, so a label that starts with one keeps its capital ("Scotland drug misuse deaths"). */
	names?: readonly string[];
	/** Unit after a value, e.g. "per 100,000". */
	unit: string;
	decimals: number;
	aligned: boolean;
	index: boolean;
	reforms: Map<string, Reform>;
	/** The reform kind's label, in the same language ("Decriminalisation of possession"). */
	reformLabel: string;
	/** Years after the reform to report in aligned mode. */
	n: number;
	/** Language of the sentence and its numbers (default English). */
	lang?: Lang;
}

export function summariseCompare(o: CompareSummaryInput): string {
	const lang = o.lang ?? 'en';
	const w = compareText[lang].summary;
	const withData = o.series.filter((s) => s.points.length);
	const measure = labelInText(o.measure, o.names, lang);
	const Measure = labelAtStart(o.measure, o.names, lang);
	if (!withData.length)
		return w.noData(
			measure,
			o.series.map((s) => s.label)
		);
	const num = (x: number) => formatValue(x, o.decimals, lang);
	const v = (x: number) => `${num(x)} ${o.unit}`.trim();
	const warn = (flag: string | undefined, breakYear: number | null, change = false) =>
		caution(flag, breakYear, change, lang);
	// A value after a break in series (or provisional, partial …) says so where it is quoted (charts/caution.ts).
	const at = (s: Series, p: Series['points'][number]) =>
		withCaution(v(p.value), warn(p.flag, breakAtOrBefore(s.points, p.year)));
	if (o.aligned) {
		const changes: { place: string; change: number; percent: string; reformYear: number; caution: string }[] = [];
		const missing: { place: string; reformYear: number | undefined }[] = [];
		for (const s of withData) {
			const before = s.points.find((p) => p.year === -1);
			const after = s.points.find((p) => p.year === o.n);
			const reformYear = o.reforms.get(s.key)?.year;
			if (!before || !after || before.value <= 0 || reformYear === undefined)
				missing.push({ place: s.label, reformYear });
			else {
				const change = ((after.value - before.value) / before.value) * 100;
				changes.push({
					place: s.label,
					change,
					percent: formatValue(Math.round(Math.abs(change)), 0, lang),
					reformYear,
					caution: warn(after.flag, breakBetween(s.points, -1, o.n), true)
				});
			}
		}
		return w.aligned({ Measure, reform: o.reformLabel, n: o.n, changes, missing });
	}
	const years = [...new Set(withData.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
	const first = years[0]!;
	const last = years[years.length - 1]!;
	const common = years.filter((y) => withData.every((s) => s.points.some((p) => p.year === y)));
	const year = common.length ? common[common.length - 1]! : null;
	if (withData.length === 1 || year === null) {
		const s = withData[0]!;
		const l = s.points[s.points.length - 1]!;
		const f = s.points[0]!;
		const apart = withData.length > 1;
		if (f === l) return w.single({ Measure, place: s.label, value: at(s, l), year: l.year, apart });
		// The direction as the reader sees it: two values that print the same are unchanged.
		const shown = Number(num(l.value) !== num(f.value));
		return w.fromTo({
			Measure,
			place: s.label,
			from: v(f.value),
			fromYear: f.year,
			to: v(l.value),
			toYear: l.year,
			direction: (shown * Math.sign(l.value - f.value)) as -1 | 0 | 1,
			caution: warn(l.flag, breakBetween(s.points, f.year, l.year), true),
			apart
		});
	}
	const ranked = withData
		.map((s) => ({ s, p: s.points.find((p) => p.year === year)! }))
		.sort((a, b) => b.p.value - a.p.value);
	const hi = ranked[0]!;
	const lo = ranked[ranked.length - 1]!;
	return w.ranked({
		Measure,
		years: yearRange(first, last),
		year,
		hi: hi.s.label,
		hiValue: at(hi.s, hi.p),
		lo: lo.s.label,
		loValue: at(lo.s, lo.p),
		count: formatValue(withData.length, 0, lang)
	});
}
