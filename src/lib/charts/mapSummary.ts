/** One-sentence plain-language summary of the map, for screen readers and as a visible line under the title. */
import type { MapCell } from '../map/mapCells.ts';
import type { MapMode } from '../map/mapMode.ts';
import { caution, withCaution } from './caution.ts';
import { countOf, formatValue } from './format.ts';
import { placeInText } from '../strings/placeInText.ts';

export interface MapSummaryInput {
	cells: Iterable<MapCell>;
	nameOf: (iso3: string) => string;
	mode: MapMode;
	year: number;
	from: number;
	/** What is measured, e.g. "drug use disorder death rate (GBD 2019)". */
	measure: string;
	/** Unit after values, e.g. "deaths per 100,000 people, age-standardised". */
	unit: string;
	decimals: number;
	/** "in this view" / "in Europe". */
	where: string;
}

export function formatChange(pct: number): string {
	const r = Math.round(pct);
	return `${r > 0 ? '+' : r < 0 ? '−' : '±'}${formatValue(Math.abs(r), 0)}%`;
}

export function summariseMap(o: MapSummaryInput): string {
	const all = [...o.cells];
	const withData = all
		.filter((c) => c.metric !== null)
		.sort((a, b) => b.metric! - a.metric! || a.iso3.localeCompare(b.iso3));
	const missing = all.length - withData.length;
	const v = (n: number) => `${formatValue(n, o.decimals)} ${o.unit}`;
	// A value after a break in series, or provisional/partial …, never leads the sentence bare (charts/caution.ts).
	const warn = (c: MapCell, change = false) => caution(c.point?.flag, c.breakYear, change);
	const tail = missing > 0 ? `; ${missing} ${missing === 1 ? 'has' : 'have'} no value` : '';
	if (withData.length === 0) {
		const when =
			o.mode === 'change'
				? `between ${o.from} and ${o.year}`
				: o.mode === 'reform'
					? `since reform, up to ${o.year}`
					: `for ${o.year}`;
		return `No place ${o.where} has a value of ${o.measure} ${when}.`;
	}
	const hi = withData[0]!;
	const lo = withData[withData.length - 1]!;
	const count = `${withData.length} of ${countOf(all.length, 'place', 'places')} ${o.where} ${withData.length === 1 ? 'has' : 'have'} data${tail}`;
	if (o.mode === 'year' || o.mode === 'latest') {
		const yr = (c: MapCell) => (o.mode === 'latest' && c.point && c.point.year !== o.year ? `, ${c.point.year}` : '');
		const val = (c: MapCell) => withCaution(`${v(c.metric!)}${yr(c)}`, warn(c));
		const lead = o.mode === 'latest' ? `Using each place’s latest value up to ${o.year}` : `In ${o.year}`;
		if (withData.length === 1) {
			const w = warn(hi);
			return `${lead}, only ${placeInText(o.nameOf(hi.iso3))} has a value of ${o.measure}: ${v(hi.metric!)}${yr(hi)}${w ? ` (${w})` : ''}. ${count}.`;
		}
		return `${lead}, ${placeInText(o.nameOf(hi.iso3))} had the highest ${o.measure} (${val(hi)}) and ${placeInText(o.nameOf(lo.iso3))} the lowest (${val(lo)}); ${count}.`;
	}
	const span =
		o.mode === 'change' ? `Between ${o.from} and ${o.year}` : `From the year before each reform to ${o.year}`;
	const ch = (c: MapCell) => withCaution(formatChange(c.metric!), warn(c, true));
	const rise =
		hi.metric! > 0
			? `${placeInText(o.nameOf(hi.iso3))} had the largest rise in ${o.measure} (${ch(hi)})`
			: `no place had a rise in ${o.measure}`;
	const fall =
		lo.metric! < 0 ? `${placeInText(o.nameOf(lo.iso3))} the largest fall (${ch(lo)})` : 'no place had a fall';
	return `${span}, ${rise} and ${fall}; ${count}.`;
}
