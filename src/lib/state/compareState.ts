/**
 * /compare view state <-> URL query, as a pure codec.
 *   countries=PRT~CZE~NOR   indicator=<id>   from=1995   to=2019   scale=linear|log
 *   align=none|<kind of reform: decriminalisation, thresholds, …; stats/reformKinds.ts>   index=1   n=5   focus=PRT (before/after country)
 *   reform=<definition> (which event counts as the reform when not aligned; when aligned, `align` names it)
 * `parseCompareView` never throws: anything malformed or unknown falls back to the default for that field.
 * `serializeCompareView` omits defaults, so the default view has the bare URL /compare.
 * Old or alternative spellings are rewritten first by `MIGRATIONS` (append, never edit, so old links keep working).
 */
import { kindForLegacyId } from '../stats/reformKinds.ts';

export type Scale = 'linear' | 'log';

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

export interface Migration {
	/** Why it exists, e.g. which old link style it keeps working. */
	reason: string;
	apply(p: URLSearchParams): void;
}

export const MIGRATIONS: Migration[] = [
	{
		reason: 'singular `country=` and comma/space-separated lists (hand-written links)',
		apply(p) {
			const raw = p.get('countries') ?? p.get('country');
			p.delete('country');
			if (raw !== null) p.set('countries', raw.split(/[~,+\s]+/).filter(Boolean).join('~'));
		}
	},
	{
		reason: '`scale=logarithmic` / `scale=lin` spellings',
		apply(p) {
			const s = p.get('scale')?.toLowerCase();
			if (s === 'logarithmic' || s === 'log10') p.set('scale', 'log');
			if (s === 'lin') p.set('scale', 'linear');
		}
	},
	{
		reason: '`align=`/`reform=` naming a single event type (`hat_trial`, `dcr_opened`) or `possession_reform`, from before the six kinds of reform: the kind that counts it (reformKinds.ts)',
		apply(p) {
			for (const key of ['align', 'reform']) {
				const v = p.get(key);
				if (v === null || v === 'none') continue;
				const kind = kindForLegacyId(v);
				if (kind) p.set(key, kind);
			}
		}
	}
];

function int(raw: string | null, lo: number, hi: number): number | null {
	if (raw === null || !/^-?\d{1,5}$/.test(raw.trim())) return null;
	const v = Number(raw);
	return v >= lo && v <= hi ? v : null;
}

export function parseCompareView(input: URLSearchParams | string, ctx: CompareContext): CompareView {
	const p = new URLSearchParams(typeof input === 'string' ? input : input.toString());
	for (const m of MIGRATIONS) m.apply(p);
	const d = ctx.defaults;
	const known = new Map(ctx.places.map((c) => [c.toUpperCase(), c]));

	const countries: string[] = [];
	for (const raw of (p.get('countries') ?? '').split('~')) {
		const code = known.get(raw.trim().toUpperCase());
		if (code && !countries.includes(code) && countries.length < MAX_COUNTRIES) countries.push(code);
	}

	const indicator = p.get('indicator') ?? '';
	let from = int(p.get('from'), YEAR_MIN, YEAR_MAX);
	let to = int(p.get('to'), YEAR_MIN, YEAR_MAX);
	if (from !== null && to !== null && from >= to) {
		from = null;
		to = null;
	}
	const scale = p.get('scale');
	const align = p.get('align') ?? '';
	const index = p.get('index');
	const n = int(p.get('n'), N_MIN, N_MAX);
	const focusRaw = known.get((p.get('focus') ?? '').trim().toUpperCase()) ?? null;
	const reformRaw = p.get('reform') ?? '';
	const alignV = align === 'none' || ctx.alignments.includes(align) ? align : d.align;
	const chosen = p.has('countries') && countries.length ? countries : d.countries;

	return {
		countries: chosen,
		indicator: ctx.indicators.includes(indicator) ? indicator : d.indicator,
		from: from ?? d.from,
		to: to ?? d.to,
		scale: scale === 'log' || scale === 'linear' ? scale : d.scale,
		align: alignV,
		reform: alignV !== 'none' ? alignV : ctx.alignments.includes(reformRaw) ? reformRaw : d.reform,
		index: index === '1' || index === 'true' ? true : index === '0' || index === 'false' ? false : d.index,
		n: n ?? d.n,
		focus: focusRaw && chosen.includes(focusRaw) ? focusRaw : d.focus && chosen.includes(d.focus) ? d.focus : null
	};
}

/** Query string without the leading "?" (empty for the default view). Defaults are omitted. */
export function serializeCompareView(v: CompareView, defaults: CompareView): string {
	const parts: string[] = [];
	const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
	if (!same(v.countries, defaults.countries)) parts.push(`countries=${v.countries.map(encodeURIComponent).join('~')}`);
	if (v.indicator !== defaults.indicator) parts.push(`indicator=${encodeURIComponent(v.indicator)}`);
	if (v.from !== defaults.from && v.from !== null) parts.push(`from=${v.from}`);
	if (v.to !== defaults.to && v.to !== null) parts.push(`to=${v.to}`);
	if (v.scale !== defaults.scale) parts.push(`scale=${v.scale}`);
	if (v.align !== defaults.align) parts.push(`align=${encodeURIComponent(v.align)}`);
	if (v.align === 'none' && v.reform !== defaults.reform) parts.push(`reform=${encodeURIComponent(v.reform)}`);
	if (v.index !== defaults.index) parts.push(`index=${v.index ? 1 : 0}`);
	if (v.n !== defaults.n) parts.push(`n=${v.n}`);
	if (v.focus !== defaults.focus && v.focus !== null) parts.push(`focus=${encodeURIComponent(v.focus)}`);
	return parts.join('&');
}

/** Link to /compare for a set of places and an indicator (country pages, home). */
export function compareHref(base: string, countries: string[], indicator?: string): string {
	const q = [`countries=${countries.map(encodeURIComponent).join('~')}`];
	if (indicator) q.push(`indicator=${encodeURIComponent(indicator)}`);
	return `${base}/compare?${q.join('&')}`;
}
