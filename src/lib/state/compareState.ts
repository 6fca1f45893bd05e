/**
 * /compare view state <-> URL query, as a pure codec.
 *   countries=PRT~CZE~NOR   indicator=<id>   from=1995   to=2019   scale=linear|log
 *   align=none|<kind of reform: decriminalisation, thresholds, …; stats/reformKinds.ts>   index=1   n=5   focus=PRT (before/after country)
 *   reform=<definition> (which event counts as the reform when not aligned; when aligned, `align` names it)
 *   colour=country|class (colour each line by its place, or by its policy class in each year; default country)
 * `parseCompareView` never throws: anything malformed or unknown falls back to the default for that field.
 * `serializeCompareView` omits defaults, so the default view has the bare URL /compare.
 * Old or alternative spellings are rewritten first by the shared migrations (urlMigrations.ts).
 */
import {
	bool,
	codeIn,
	codeList,
	intIn,
	nullable,
	oneOf,
	parseFields,
	writeFields,
	year,
	type Fields
} from './urlFields.ts';
import { migrateQuery } from './urlMigrations.ts';

export const SCALES = ['linear', 'log'] as const;
export type Scale = (typeof SCALES)[number];
/** What a line's colour says: its place (one colour a line), or its policy class in each year (stats/classTimeline.ts). */
export const LINE_COLOURS = ['country', 'class'] as const;
export type LineColour = (typeof LINE_COLOURS)[number];

export interface CompareView {
	/** ISO3 codes (or documented sub-national codes), in chart order. */
	countries: string[];
	indicator: string;
	/** Calendar years shown (calendar mode only); null = the data's extent. */
	from: number | null;
	to: number | null;
	scale: Scale;
	/** `none` or a reform definition id. */
	align: string;
	/** Reform definition for markers and the before/after panel (equals `align` when aligned). */
	reform: string;
	/** Index each aligned line to 100 in the year before its reform. */
	index: boolean;
	/** Years before/after the reform in the before/after panel. */
	n: number;
	/** Country of the before/after panel; null = the first selected country with a reform. */
	focus: string | null;
	/** Colour lines by place or by policy class in each year. */
	colour: LineColour;
}

export interface CompareContext {
	/** Known indicator ids. */
	indicators: readonly string[];
	/** Known place codes. */
	places: readonly string[];
	/** Valid `align` values besides `none`. */
	alignments: readonly string[];
	defaults: CompareView;
}

export const MAX_COUNTRIES = 30;
export const N_MIN = 1;
export const N_MAX = 15;
export const YEAR_MIN = 1950;
export const YEAR_MAX = 2030;

/** The codec of each query key in this context, in the order keys are written. */
function fieldsFor(ctx: CompareContext): Fields<CompareView> {
	const place = codeIn(ctx.places);
	const definition = oneOf(ctx.alignments);
	return {
		countries: codeList(place, MAX_COUNTRIES),
		indicator: oneOf(ctx.indicators),
		from: nullable(year(YEAR_MIN, YEAR_MAX)),
		to: nullable(year(YEAR_MIN, YEAR_MAX)),
		scale: oneOf(SCALES),
		align: oneOf(['none', ...ctx.alignments]),
		reform: definition,
		index: bool,
		n: intIn(N_MIN, N_MAX),
		focus: nullable(place),
		colour: oneOf(LINE_COLOURS)
	};
}

export function parseCompareView(input: URLSearchParams | string, ctx: CompareContext): CompareView {
	const d = ctx.defaults;
	const v = parseFields(migrateQuery(input), fieldsFor(ctx), d);
	// Rules across fields: a year range runs forwards; aligned, the reform is the alignment's; the before/after
	// country is one of those shown.
	if (v.from !== null && v.to !== null && v.from >= v.to) {
		v.from = d.from;
		v.to = d.to;
	}
	if (v.align !== 'none') v.reform = v.align;
	if (v.focus !== null && !v.countries.includes(v.focus))
		v.focus = d.focus && v.countries.includes(d.focus) ? d.focus : null;
	return v;
}

/** Query string without the leading "?" (empty for the default view). Defaults are omitted. */
export function serializeCompareView(v: CompareView, defaults: CompareView): string {
	// Every value is written as it is (the context only matters when reading).
	const ctx: CompareContext = { indicators: [], places: [], alignments: [], defaults };
	return writeFields(v, fieldsFor(ctx), defaults, v.align === 'none' ? [] : ['reform']);
}

/** Link to /compare for a set of places and an indicator (country pages, home). */
export function compareHref(base: string, countries: string[], indicator?: string): string {
	const q = [`countries=${countries.map(encodeURIComponent).join('~')}`];
	if (indicator) q.push(`indicator=${encodeURIComponent(indicator)}`);
	return `${base}/compare?${q.join('&')}`;
}
