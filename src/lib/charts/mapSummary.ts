/**
 * One-sentence plain-language summary of the map, for screen readers and as a visible line under the title. Pure: this
 * picks the facts (highest and lowest, largest rise and fall, how many places have data) and the map catalogue of the
 * language writes the sentence in its own word order (strings/mapEn.ts, mapNb.ts: `summary`).
 */
import type { MapCell } from '../map/mapCells.ts';
import type { MapMode } from '../map/mapMode.ts';
import { caution, withCaution } from './caution.ts';
import { formatValue } from './format.ts';
import { activeLang, type Lang } from '../strings/lang.ts';
import { mapText } from '../strings/map.ts';

export interface MapSummaryInput {
	cells: Iterable<MapCell>;
	nameOf: (iso3: string) => string;
	mode: MapMode;
	year: number;
	from: number;
	/** What is measured, as it reads inside a sentence (mapText[lang].summary.measureInText). */
	measure: string;
	/** Unit after values, e.g. "deaths per 100,000 people, age-standardised". */
	unit: string;
	decimals: number;
	/** "on the world map" / "in the Europe view" (mapText[lang].summaryWhere). */
	where: string;
}

/** A rounded % change with its sign: "+25%", "−40%", "±0%" (nb: "+25 %", with a no-break space). */
export function formatChange(pct: number, lang: Lang = activeLang()): string {
	const r = Math.round(pct);
	const sign = r > 0 ? '+' : r < 0 ? '−' : '±';
	return mapText[lang].summary.percent(sign, formatValue(Math.abs(r), 0, lang));
}

/** The summary in `lang` (by default the document's, as format.ts does, so callers outside the map follow the page). */
export function summariseMap(o: MapSummaryInput, lang: Lang = activeLang()): string {
	const s = mapText[lang].summary;
	const all = [...o.cells];
	const withData = all
		.filter((c) => c.metric !== null)
		.sort((a, b) => b.metric! - a.metric! || a.iso3.localeCompare(b.iso3));
	const missing = all.length - withData.length;
	const v = (n: number) => `${formatValue(n, o.decimals, lang)} ${o.unit}`;
	// A value after a break in series, or provisional/partial …, never leads the sentence bare (charts/caution.ts).
	const warn = (c: MapCell, change = false) => caution(c.point?.flag, c.breakYear, change, lang);
	const name = (c: MapCell) => s.place(o.nameOf(c.iso3));
	if (withData.length === 0) return s.none(o.measure, o.where, o.mode, o.from, o.year);
	const hi = withData[0]!;
	const lo = withData[withData.length - 1]!;
	const count = s.count(
		withData.length,
		mapText[lang].places(formatValue(all.length, 0, lang), all.length === 1),
		o.where,
		missing
	);
	if (o.mode === 'year' || o.mode === 'latest') {
		const yr = (c: MapCell) => (o.mode === 'latest' && c.point && c.point.year !== o.year ? `, ${c.point.year}` : '');
		const lead = s.lead(o.mode, o.year);
		if (withData.length === 1)
			return s.only(lead, o.measure, { name: name(hi), value: `${v(hi.metric!)}${yr(hi)}` }, warn(hi), count);
		const place = (c: MapCell) => ({ name: name(c), value: withCaution(`${v(c.metric!)}${yr(c)}`, warn(c)) });
		return s.highLow(lead, o.measure, place(hi), place(lo), count);
	}
	const change = (c: MapCell) => ({ name: name(c), value: withCaution(formatChange(c.metric!, lang), warn(c, true)) });
	return s.change(
		o.mode,
		o.from,
		o.year,
		o.measure,
		hi.metric! > 0 ? change(hi) : null,
		lo.metric! < 0 ? change(lo) : null,
		count
	);
}
