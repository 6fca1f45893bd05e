/** One-sentence summary of the /compare view (visible lede and the chart's accessible description). Pure. */
import { formatValue } from './format.ts';
import { listJoin } from './lineSummary.ts';
import type { Series } from './series.ts';
import type { Reform } from '../stats/reform.ts';
import { placeInText } from '../strings/placeInText.ts';

export interface CompareSummaryInput {
	series: Series[];
	measure: string;
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
	if (!withData.length) return `No data to show for ${o.measure}${o.series.length ? ` in ${listJoin(o.series.map((s) => s.label))}` : ''}.`;
	const v = (x: number) => `${formatValue(x, o.decimals)} ${o.unit}`.trim();
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
				ok.push(`${pct(change)} ${change < 0 ? 'lower' : 'higher'} than the year before in ${placeInText(s.label)} (reform ${year})`);
			}
		}
		const head = `${capital(o.measure)}, aligned on each country’s ${o.reformLabel.toLowerCase()}: `;
		const gap = missing.length ? `${listJoin(missing)} ${missing.length > 1 ? 'have' : 'has'} no value for the year before or ${o.n} years after` : '';
		return ok.length ? `${head}${o.n} years after the reform, the value was ${listJoin(ok)}${gap ? `; ${gap}` : ''}.` : `${head}${gap}.`;
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
		return `${capital(o.measure)} in ${placeInText(s.label)} went from ${v(f.value)} in ${f.year} to ${v(l.value)} in ${l.year}${withData.length > 1 ? ' (the countries shown share no year with data)' : ''}.`;
	}
	const at = withData.map((s) => ({ s, p: s.points.find((p) => p.year === year)! })).sort((a, b) => b.p.value - a.p.value);
	return `${capital(o.measure)}, ${first}–${last}: in ${year} ${placeInText(at[0]!.s.label)} had the highest (${v(at[0]!.p.value)}) and ${placeInText(at[at.length - 1]!.s.label)} the lowest (${v(at[at.length - 1]!.p.value)}) of the ${withData.length} places shown.`;
}

function capital(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}
