/** One-sentence summary of the /compare view (visible lede and the chart's accessible description). Pure. */
import { breakAtOrBefore, breakBetween, caution, withCaution } from './caution.ts';
import { formatValue, yearRange } from './format.ts';
import { listJoin } from './lineSummary.ts';
import type { Series } from '../data/series.ts';
import type { Reform } from '../stats/reform.ts';
import { labelAtStart, labelInText } from '../strings/labelInText.ts';
import { placeInText } from '../strings/placeInText.ts';

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
	reformLabel: string;
	/** Years after the reform to report in aligned mode. */
	n: number;
}

const pct = (v: number) => `${Math.round(Math.abs(v))}%`;

export function summariseCompare(o: CompareSummaryInput): string {
	const withData = o.series.filter((s) => s.points.length);
	const measure = labelInText(o.measure, o.names);
	const Measure = labelAtStart(o.measure, o.names);
	if (!withData.length)
		return `No data to show for ${measure}${o.series.length ? ` in ${listJoin(o.series.map((s) => s.label))}` : ''}.`;
	const v = (x: number) => `${formatValue(x, o.decimals)} ${o.unit}`.trim();
	// A value after a break in series (or provisional, partial …) says so where it is quoted (charts/caution.ts).
	const at = (s: Series, p: Series['points'][number]) =>
		withCaution(v(p.value), caution(p.flag, breakAtOrBefore(s.points, p.year)));
	if (o.aligned) {
		const ok: string[] = [];
		const missing: string[] = [];
		for (const s of withData) {
			const before = s.points.find((p) => p.year === -1);
			const after = s.points.find((p) => p.year === o.n);
			const year = o.reforms.get(s.key)?.year;
			if (!before || !after || before.value <= 0) missing.push(`${s.label} (reform ${year})`);
			else {
				const change = ((after.value - before.value) / before.value) * 100;
				const w = caution(after.flag, breakBetween(s.points, -1, o.n), true);
				ok.push(
					`${pct(change)} ${change < 0 ? 'lower' : 'higher'} than the year before in ${placeInText(s.label)} (reform ${year}${w ? `; ${w}` : ''})`
				);
			}
		}
		const head = `${Measure}, aligned on each country’s ${labelInText(o.reformLabel)}: `;
		const gap = missing.length
			? `${listJoin(missing)} ${missing.length > 1 ? 'have' : 'has'} no value for the year before or ${o.n} years after`
			: '';
		return ok.length
			? `${head}${o.n} years after the reform, the value was ${listJoin(ok)}${gap ? `; ${gap}` : ''}.`
			: `${head}${gap}.`;
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
		const apart = withData.length > 1 ? 'the countries shown share no year with data' : '';
		if (f === l)
			return `${Measure} in ${placeInText(s.label)} was ${at(s, l)} in ${l.year}${apart ? ` (${apart})` : ''}.`;
		const notes = [caution(l.flag, breakBetween(s.points, f.year, l.year), true), apart].filter(Boolean).join('; ');
		return `${Measure} in ${placeInText(s.label)} went from ${v(f.value)} in ${f.year} to ${v(l.value)} in ${l.year}${notes ? ` (${notes})` : ''}.`;
	}
	const ranked = withData
		.map((s) => ({ s, p: s.points.find((p) => p.year === year)! }))
		.sort((a, b) => b.p.value - a.p.value);
	const hi = ranked[0]!;
	const lo = ranked[ranked.length - 1]!;
	return `${Measure}, ${yearRange(first, last)}: in ${year} ${placeInText(hi.s.label)} had the highest (${at(hi.s, hi.p)}) and ${placeInText(lo.s.label)} the lowest (${at(lo.s, lo.p)}) of the ${withData.length} places shown.`;
}
