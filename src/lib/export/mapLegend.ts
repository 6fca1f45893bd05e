/**
 * Legend of a choropleth for an exported figure: one box per colour bin with its bounds (the same bins and bounds as
 * the page's legend, MapLegend.svelte), then "no data", where it applies "no dated reform", and the policy layer's
 * outlines when it is on (the same keys as the page's legend). Pure.
 */
import { legendBins, type ColorBins } from '../charts/colorBins.ts';
import { INK_LIGHT, MAP_LIGHT } from '../charts/palette.ts';
import type { CannabisCategory } from '../data/cannabisModelInYear.ts';
import { CANNABIS_FILL } from '../map/cannabisModelFill.ts';
import type { MapLayer } from '../map/mapLayer.ts';
import { OUTLINE_DASH, type Outline } from '../map/policyOutline.ts';
import { formatValue } from '../charts/format.ts';
import { formatChange } from '../charts/mapSummary.ts';
import { frameText } from '../strings/frame.ts';
import type { Lang } from '../strings/lang.ts';
import { mapText } from '../strings/map.ts';
import type { FigureLegend, LegendItem } from './figureMeta.ts';

/**
 * How the legend writes bounds: % changes as changes; levels with the indicator's decimals, or one more where a
 * threshold needs it (0.25 on a 1-decimal indicator), at most 4.
 */
export function legendFormat(bins: ColorBins, change: boolean, decimals: number, lang?: Lang): (v: number) => string {
	const dec = Math.max(decimals, ...bins.thresholds.map((t) => (String(t).split('.')[1] ?? '').length));
	// In `lang` (left out: the document's language, formatValue's and formatChange's default).
	return (v) => (change ? formatChange(v, lang) : formatValue(v, Math.min(dec, 4), lang));
}

/** Label of one bin, e.g. "< 0.5", "0.5 to < 1", "≥ 10" («0,5 til < 1» in Norwegian). */
export function binLabels(bins: ColorBins, fmt: (v: number) => string, lang: Lang = 'en'): string[] {
	return legendBins(bins).map((r) =>
		frameText[lang].binRange(
			r.from === null ? null : fmt(r.from),
			r.to === null ? null : fmt(r.to),
			fmt(bins.extent[0])
		)
	);
}

export function mapLegend(
	bins: ColorBins,
	fmt: (v: number) => string,
	opts: { title?: string; notApplicable?: boolean; lang?: Lang; outlines?: LegendItem[] } = {}
): FigureLegend {
	const lang = opts.lang ?? 'en';
	const labels = binLabels(bins, fmt, lang);
	const items = bins.colors.map((color, i) => ({ label: labels[i]!, color }));
	items.push({ label: mapText[lang].noData, color: 'nodata' });
	if (opts.notApplicable) items.push({ label: mapText[lang].notApplicable, color: MAP_LIGHT.na });
	items.push(...(opts.outlines ?? []));
	return { kind: 'bins', ...(opts.title ? { title: opts.title } : {}), items };
}

/** A key of the policy layer's legend: how the map outlines it, in which ink, and its words. */
export interface OutlineKey {
	outline: Outline;
	/** `policy`: the possession layer's ink; `fg`: the page's ink; else a cannabis model's colour. */
	ink: string;
	label: string;
	/** The cannabis category it stands for (`subnational`: the state-variation key); none for possession keys. */
	category?: CannabisCategory | 'subnational';
}

/**
 * The policy layer's legend keys, for the page's legend (MapLegend.svelte, in the theme's inks) and an export's (in
 * light colours, below): the four possession outlines, or the cannabis models marked in the year (a law adopted
 * before sales: dashed in ink; varying by state: dotted in ink).
 */
export function outlineKeys(
	layer: MapLayer,
	cannabis: { categories: CannabisCategory[]; subnational: boolean } | null,
	lang: Lang = 'en'
): OutlineKey[] {
	const w = mapText[lang];
	if (layer === 'policy')
		return [
			{ outline: 'solid', ink: 'policy', label: w.policyLegend.notCriminal },
			{ outline: 'dashed', ink: 'policy', label: w.policyLegend.undated },
			{ outline: 'contested', ink: 'policy', label: w.policyLegend.contested },
			{ outline: 'dotted', ink: 'policy', label: w.policyLegend.varies }
		];
	if (layer !== 'cannabis' || !cannabis) return [];
	const keys: OutlineKey[] = cannabis.categories.map((c) =>
		c === 'adopted'
			? { outline: 'dashed', ink: 'fg', label: w.cannabis.category(c), category: c }
			: { outline: 'solid', ink: CANNABIS_FILL[c], label: w.cannabis.category(c), category: c }
	);
	if (cannabis.subnational)
		keys.push({ outline: 'dotted', ink: 'fg', label: w.cannabis.legendSubnational, category: 'subnational' });
	return keys;
}

/**
 * The policy layer's keys in an exported legend (light theme, `outlineKeys`), then the page legend's line on what no
 * outline means, in words for an image.
 */
export function policyLegendItems(
	layer: MapLayer,
	cannabis: { categories: CannabisCategory[]; subnational: boolean } | null,
	lang: Lang = 'en'
): LegendItem[] {
	if (layer !== 'policy' && !(layer === 'cannabis' && cannabis)) return [];
	const keys = outlineKeys(layer, cannabis, lang);
	const w = mapText[lang];
	const colour = (ink: string) => (ink === 'policy' ? MAP_LIGHT.policy : ink === 'fg' ? INK_LIGHT.fg : ink);
	return [
		...keys.map((k) => ({
			label: k.label,
			color: colour(k.ink),
			outline: OUTLINE_DASH[k.outline] ? { dash: OUTLINE_DASH[k.outline] } : {}
		})),
		{ label: layer === 'policy' ? w.policyLegend.restExport : w.cannabis.legendRestExport, color: '', note: true }
	];
}
