/** One- or two-sentence plain-language summary of a line chart, for screen readers and as a visible lede. */
import { breakAtOrBefore, breakBetween, caution, withCaution } from './caution.ts';
import { formatValue } from './format.ts';
import type { Series, SeriesPoint } from '../data/series.ts';
import { placeInText } from '../strings/placeInText.ts';

export interface SummaryOptions {
	/** What is measured, lower-case, e.g. "drug use disorder death rate". */
	measure: string;
	/** Unit after a value, e.g. "per 100,000". */
	unit: string;
	decimals: number;
}

export function summariseLines(series: Series[], o: SummaryOptions): string {
	const withData = series.filter((s) => s.points.length > 0);
	const none = series.filter((s) => s.points.length === 0).map((s) => s.label);
	if (withData.length === 0) return `No data for ${listJoin(series.map((s) => s.label))}.`;
	const v = (n: number) => `${formatValue(n, o.decimals)} ${o.unit}`.trim();
	// A value after a break in series (or provisional, partial …) says so where it is quoted (charts/caution.ts).
	const at = (s: Series, p: SeriesPoint) => withCaution(v(p.value), caution(p.flag, breakAtOrBefore(s.points, p.year)));
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
			`In ${year}, ${placeInText(hi.s.label)} had the highest ${o.measure} (${at(hi.s, hi.p)}) and ${placeInText(lo.s.label)} the lowest (${at(lo.s, lo.p)}).`
		);
	} else if (withData.length === 1) {
		const s = withData[0]!;
		const last = s.points[s.points.length - 1]!;
		const w = caution(last.flag, breakAtOrBefore(s.points, last.year));
		sentences.push(
			`In ${last.year}, the ${o.measure} in ${placeInText(s.label)} was ${v(last.value)}${w ? ` (${w})` : ''}.`
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
		const dir = top.last.value >= top.first.value ? 'rise' : 'fall';
		const across = breakBetween(top.s.points, top.first.year, top.last.year);
		const w = caution(top.last.flag, across, true);
		sentences.push(
			`The largest relative ${dir} was in ${placeInText(top.s.label)}: from ${v(top.first.value)} in ${top.first.year} to ${v(top.last.value)} in ${top.last.year}${w ? ` (${w})` : ''}.`
		);
	}
	if (none.length) sentences.push(`No data for ${listJoin(none)}.`);
	return sentences.join(' ');
}

export function listJoin(items: string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
