/** Number formatting for labels, tooltips and tables. */
import { format } from 'd3-format';

const cache = new Map<number, (n: number) => string>();

/** Format with a fixed number of decimals and thousands separators: 1234.5 -> "1,234.5". */
export function formatValue(value: number, decimals: number): string {
	let f = cache.get(decimals);
	if (!f) {
		f = format(`,.${decimals}f`);
		cache.set(decimals, f);
	}
	return f(value);
}

/** Axis ticks: compact ("1.2k") when large. */
export function formatTick(value: number): string {
	if (Math.abs(value) >= 10000) return format('.2~s')(value).replace('G', 'B');
	return format(',~r')(Number(value.toPrecision(6)));
}

/** "1 place", "2 places", "1,234 places": the count with the right noun. */
export function countOf(n: number, one: string, many: string): string {
	return `${formatValue(n, 0)} ${n === 1 ? one : many}`;
}

/** A span of years: "2010–2021", or "2018" when it is one year (never "2018–2018"); '' when there are no years. */
export function yearRange(from: number | null, to: number | null): string {
	if (from === null || to === null) return from === null ? (to === null ? '' : String(to)) : String(from);
	return from === to ? String(from) : `${from}–${to}`;
}

/** Text ending with exactly one full stop: "terms." stays "terms.", "terms" -> "terms.", never "terms..". */
export function endSentence(text: string): string {
	const t = text.trimEnd();
	if (!t) return t;
	return /[.!?…]["”’)]*$/.test(t) ? t : `${t}.`;
}

/** Years as short spans: [2000, 2001, 2002, 2004] -> "2000–2002, 2004". */
export function yearSpans(years: readonly number[]): string {
	const ys = [...new Set(years)].sort((a, b) => a - b);
	const out: string[] = [];
	for (let i = 0; i < ys.length;) {
		let j = i;
		while (j + 1 < ys.length && ys[j + 1] === ys[j]! + 1) j++;
		out.push(yearRange(ys[i]!, ys[j]!));
		i = j + 1;
	}
	return out.join(', ');
}
