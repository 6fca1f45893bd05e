/** One- or two-sentence plain-language summary of a line chart, for screen readers and as a visible lede. */
import { formatValue } from './format.ts';
import type { Series } from './series.ts';
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
	// Latest common year, if any; else each series' latest year.
	const common = withData
		.map((s) => new Set(s.points.map((p) => p.year)))
		.reduce((a, b) => new Set([...a].filter((y) => b.has(y))));
	const sentences: string[] = [];
	if (common.size > 0 && withData.length > 1) {
		const year = Math.max(...common);
		const at = withData
			.map((s) => ({ s, p: s.points.find((p) => p.year === year)! }))
			.sort((a, b) => b.p.value - a.p.value);
		const hi = at[0]!;
		const lo = at[at.length - 1]!;
		sentences.push(`In ${year}, ${placeInText(hi.s.label)} had the highest ${o.measure} (${v(hi.p.value)}) and ${placeInText(lo.s.label)} the lowest (${v(lo.p.value)}).`);
	} else if (withData.length === 1) {
		const s = withData[0]!;
		const last = s.points[s.points.length - 1]!;
		sentences.push(`In ${last.year}, the ${o.measure} in ${placeInText(s.label)} was ${v(last.value)}.`);
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
		sentences.push(`The largest relative ${dir} was in ${placeInText(top.s.label)}: from ${v(top.first.value)} in ${top.first.year} to ${v(top.last.value)} in ${top.last.year}.`);
	}
	if (none.length) sentences.push(`No data for ${listJoin(none)}.`);
	return sentences.join(' ');
}

export function listJoin(items: string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
