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
