/**
 * A standalone SVG document for one figure: title, subtitle, the chart, its legend, the source line, the licence and
 * the view's URL, with a one-sentence `<title>`/`<desc>` for screen readers and image search. Pure (no DOM): the
 * browser side (exportFigure.ts) hands in the chart's markup.
 *
 * The chart inside is the page's own SVG, cloned and scaled into the preset's chart box (a nested `<svg>` with the
 * chart's viewBox), not re-laid-out from the layout model. Why: the image then shows exactly the view the reader chose
 * (emphasis, labels left out, the map's projected shapes, which only exist as prerendered path strings), with no second
 * renderer that could drift from the page; the marks carry their colours and type sizes as attributes (palette.ts),
 * so the clone is self-contained. The scaling also gives slides large type: a 1,000 px page chart drawn 1,800 px
 * wide has its 12 px labels at ~21 px. What it cannot do is change the chart's aspect ratio: a chart exported from a
 * phone keeps the phone's proportions, centred in the box (a re-layout at the box's shape is the next step if needed).
 *
 * The words the image adds itself (source and licence lines) are in `lang`, the page's language; the rest (title,
 * legend, the chart's own labels) comes in that language from the page.
 *
 * Everything that is text is wrapped to the width (textWidth.ts estimates widths generously) and type shrinks a step
 * at a time when the text would leave the chart too little room, so nothing is cut off.
 */
import { CHART_FONT, INK_LIGHT, MAP_LIGHT } from '../charts/palette.ts';
import { frameText } from '../strings/frame.ts';
import { HTML_LANG, type Lang } from '../strings/lang.ts';
import type { FigureMeta, LegendItem } from './figureMeta.ts';
import { textWidth, wrapText } from './textWidth.ts';

export type FigurePreset = 'standard' | 'slide' | 'square';

export interface PresetSpec {
	width: number;
	height: number;
	/** Type sizes, px: title, subtitle, legend, footer (source, licence, URL). */
	title: number;
	subtitle: number;
	legend: number;
	foot: number;
}

export const PRESETS: Record<FigurePreset, PresetSpec> = {
	/** A figure for an article or a report page (3:2). */
	standard: { width: 1200, height: 800, title: 30, subtitle: 18, legend: 16, foot: 14 },
	/** A 16:9 slide: type large enough for the back of the room. */
	slide: { width: 1920, height: 1080, title: 56, subtitle: 32, legend: 28, foot: 22 },
	/** Square, for social media. */
	square: { width: 1080, height: 1080, title: 44, subtitle: 26, legend: 24, foot: 19 }
};

export interface ChartMarkup {
	/** The chart's children (its `<svg>`'s inner markup, as XML). */
	markup: string;
	/** The chart's viewBox size. */
	width: number;
	height: number;
	/** The chart's base font size (its `<svg font-size>`), px. */
	fontSize?: number;
}

export interface TextLine {
	text: string;
	x: number;
	/** Baseline. */
	y: number;
	size: number;
	bold: boolean;
	fill: string;
	role: 'title' | 'subtitle' | 'legend-title' | 'source' | 'licence' | 'url';
}

export interface PlacedLegendItem extends LegendItem {
	kind: 'lines' | 'bins';
	/** Swatch box (top-left) and the label's baseline. */
	x: number;
	y: number;
	swatch: number;
	labelX: number;
	labelY: number;
	size: number;
}

export interface FigureLayout {
	width: number;
	height: number;
	pad: number;
	/** Type scale used (1 = the preset's sizes; < 1 when long text needed the room). */
	scale: number;
	lines: TextLine[];
	legend: PlacedLegendItem[];
	/** Box the chart is scaled into (centred, aspect kept). */
	chart: { x: number; y: number; width: number; height: number };
}

const LINE_HEIGHT = 1.22;

/** Lines of `text` at the largest size ≤ `size` (down to 70 %) that needs at most `maxLines` lines. */
function fitLines(
	text: string,
	max: number,
	size: number,
	bold: boolean,
	maxLines: number
): { lines: string[]; size: number } {
	let s = size;
	let lines = wrapText(text, max, s, bold);
	while (lines.length > maxLines && s > size * 0.7) {
		s = Math.round(s * 0.92 * 10) / 10;
		lines = wrapText(text, max, s, bold);
	}
	return { lines, size: s };
}

/** The source line's items: "Publisher — Dataset (year)". */
export function sourceItems(meta: FigureMeta, lang: Lang = 'en'): string[] {
	return meta.sources.map((s) => frameText[lang].sourceItem(s.publisher, s.title, s.year));
}

/** The licence line: given, or every source's licence once. Empty when nothing is known. */
export function licenceText(meta: FigureMeta, lang: Lang = 'en'): string {
	if (meta.licence) return meta.licence;
	const seen = [...new Set(meta.sources.map((s) => s.licence?.trim()).filter((l): l is string => !!l))];
	return seen.length ? frameText[lang].licenceLine(seen) : '';
}

/** Place every part of the figure for a preset. Pure. */
export function figureLayout(meta: FigureMeta, preset: FigurePreset, lang: Lang = 'en'): FigureLayout {
	const spec = PRESETS[preset];
	let best: FigureLayout | null = null;
	// Shrink all type in steps until the chart keeps at least 45 % of the height (or the type is at 70 %).
	for (let scale = 1; scale >= 0.7 - 1e-9; scale -= 0.06) {
		best = layoutAt(meta, spec, scale, lang);
		if (best.chart.height >= spec.height * 0.45) break;
	}
	return best!;
}

function layoutAt(meta: FigureMeta, spec: PresetSpec, scale: number, lang: Lang): FigureLayout {
	const words = frameText[lang];
	const { width: W, height: H } = spec;
	const pad = Math.round(Math.min(W, H) * 0.045);
	const inner = W - 2 * pad;
	const lines: TextLine[] = [];
	let y = pad;
	const push = (text: string, size: number, bold: boolean, fill: string, role: TextLine['role']) => {
		y += size;
		lines.push({ text, x: pad, y: round(y), size, bold, fill, role });
		y += size * (LINE_HEIGHT - 1);
	};

	const title = fitLines(meta.title, inner, spec.title * scale, true, 3);
	for (const l of title.lines) push(l, title.size, true, INK_LIGHT.fg, 'title');
	if (meta.subtitle) {
		y += spec.subtitle * scale * 0.25;
		const sub = fitLines(meta.subtitle, inner, spec.subtitle * scale, false, 2);
		for (const l of sub.lines) push(l, sub.size, false, INK_LIGHT.fgMuted, 'subtitle');
	}
	const headerBottom = y;

	// Footer, from the bottom up: URL, licence, sources.
	const foot = spec.foot * scale;
	const footLines: { text: string; role: TextLine['role'] }[] = [];
	const src = sourceItems(meta, lang);
	if (src.length)
		for (const l of wrapText(words.sourceLine(src), inner, foot)) footLines.push({ text: l, role: 'source' });
	const lic = licenceText(meta, lang);
	if (lic) for (const l of wrapText(lic, inner, foot)) footLines.push({ text: l, role: 'licence' });
	for (const l of wrapText(`${meta.url} · ${words.madeWith}`, inner, foot)) footLines.push({ text: l, role: 'url' });
	const footHeight = footLines.length * foot * LINE_HEIGHT;
	let fy = H - pad - footHeight;
	const footTop = fy;
	for (const f of footLines) {
		fy += foot;
		lines.push({
			text: f.text,
			x: pad,
			y: round(fy),
			size: foot,
			bold: false,
			fill: f.role === 'source' ? INK_LIGHT.fg : INK_LIGHT.fgMuted,
			role: f.role
		});
		fy += foot * (LINE_HEIGHT - 1);
	}

	// Legend: a heading (bins) and keys flowing in rows, above the footer.
	const legend: PlacedLegendItem[] = [];
	const ls = spec.legend * scale;
	const rowH = ls * 1.6;
	let legendHeight = 0;
	const legendLines: TextLine[] = [];
	if (meta.legend && meta.legend.items.length) {
		const kind = meta.legend.kind;
		const swatch = kind === 'bins' ? ls * 1.3 : ls * 1.6;
		const gap = ls * 0.45;
		const spacing = ls * 1.3;
		const rows: { items: { item: LegendItem; w: number }[] }[] = [{ items: [] }];
		let rowW = 0;
		for (const item of meta.legend.items) {
			// A label wider than a row is shortened only in the estimate's sense: it gets a row of its own.
			const w = Math.min(inner, (item.note ? 0 : swatch + gap) + textWidth(item.label, ls));
			const row = rows[rows.length - 1]!;
			if (row.items.length && rowW + spacing + w > inner) {
				rows.push({ items: [] });
				rowW = 0;
			}
			const r = rows[rows.length - 1]!;
			rowW += (r.items.length ? spacing : 0) + w;
			r.items.push({ item, w });
		}
		const titleLines = meta.legend.title ? wrapText(meta.legend.title, inner, ls, true) : [];
		legendHeight = titleLines.length * ls * LINE_HEIGHT + rows.length * rowH + ls * 0.6;
		let ly = footTop - legendHeight;
		for (const t of titleLines) {
			ly += ls;
			legendLines.push({
				text: t,
				x: pad,
				y: round(ly),
				size: ls,
				bold: true,
				fill: INK_LIGHT.fg,
				role: 'legend-title'
			});
			ly += ls * (LINE_HEIGHT - 1);
		}
		for (const row of rows) {
			let x = pad;
			const top = ly + (rowH - swatch * (kind === 'bins' ? 1 : 0.25)) / 2;
			for (const { item, w } of row.items) {
				legend.push({
					...item,
					kind,
					x: round(x),
					y: round(kind === 'bins' ? top : ly + rowH / 2 - swatch * 0.125),
					swatch: round(swatch),
					labelX: round(item.note ? x : x + swatch + gap),
					labelY: round(ly + rowH / 2 + ls * 0.35),
					size: ls
				});
				x += w + spacing;
			}
			ly += rowH;
		}
	}
	lines.push(...legendLines);
	const chartTop = headerBottom + spec.subtitle * scale * 0.8;
	const chartBottom = footTop - legendHeight - (legendHeight ? ls * 0.4 : foot);
	const box = { x: pad, y: round(chartTop), width: inner, height: round(Math.max(0, chartBottom - chartTop)) };
	return { width: W, height: H, pad, scale: Math.round(scale * 100) / 100, lines, legend, chart: box };
}

function round(v: number): number {
	return Math.round(v * 10) / 10;
}

/** Escape text for XML content and attribute values. */
export function xmlEscape(s: string): string {
	return s
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/** The standalone SVG document of a figure, its words in `lang` (and said so: `xml:lang`). */
export function figureSvg(meta: FigureMeta, chart: ChartMarkup, preset: FigurePreset, lang: Lang = 'en'): string {
	const L = figureLayout(meta, preset, lang);
	const e = xmlEscape;
	const out: string[] = [];
	out.push('<?xml version="1.0" encoding="UTF-8"?>');
	out.push(
		`<svg xmlns="http://www.w3.org/2000/svg" width="${L.width}" height="${L.height}" viewBox="0 0 ${L.width} ${L.height}" xml:lang="${HTML_LANG[lang]}" role="img" aria-labelledby="fig-title fig-desc" font-family="${e(CHART_FONT)}" data-preset="${preset}">`
	);
	out.push(`<title id="fig-title">${e(meta.title)}</title>`);
	out.push(`<desc id="fig-desc">${e(meta.alt)}</desc>`);
	out.push(
		`<defs><pattern id="fig-nodata" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="5" height="5" fill="${MAP_LIGHT.nodataBg}"/><line x1="0" y1="0" x2="0" y2="5" stroke="${MAP_LIGHT.nodataLine}" stroke-width="1.6"/></pattern></defs>`
	);
	out.push(`<rect width="${L.width}" height="${L.height}" fill="${INK_LIGHT.bg}"/>`);
	for (const l of L.lines) {
		out.push(
			`<text x="${l.x}" y="${l.y}" font-size="${l.size}"${l.bold ? ' font-weight="700"' : ''} fill="${l.fill}" data-role="${l.role}">${e(l.text)}</text>`
		);
	}
	const c = L.chart;
	out.push(
		`<svg x="${c.x}" y="${c.y}" width="${c.width}" height="${c.height}" viewBox="0 0 ${chart.width} ${chart.height}" preserveAspectRatio="xMidYMid meet" font-size="${chart.fontSize ?? 12}" data-role="chart">${chart.markup}</svg>`
	);
	for (const it of L.legend) {
		const fill = it.color === 'nodata' ? 'url(#fig-nodata)' : e(it.color);
		if (it.note) {
			// A line of words (what no outline means): no key.
		} else if (it.outline) {
			// A policy outline: the map's line (2.2 px at the map's size) around an empty box, inset by half its width.
			const w = round(Math.max(1.5, it.swatch / 8));
			const dash = it.outline.dash
				? ` stroke-dasharray="${it.outline.dash
						.split(' ')
						.map((d) => round((Number(d) * w) / 2.2))
						.join(' ')}"`
				: '';
			out.push(
				`<rect x="${round(it.x + w / 2)}" y="${round(it.y + w / 2)}" width="${round(it.swatch - w)}" height="${round(it.swatch - w)}" fill="none" stroke="${e(it.color)}" stroke-width="${w}"${dash} data-role="legend-key" data-outline=""/>`
			);
		} else if (it.kind === 'bins')
			out.push(
				`<rect x="${it.x}" y="${it.y}" width="${it.swatch}" height="${it.swatch}" fill="${fill}" stroke="${MAP_LIGHT.swatchBorder}" stroke-width="1" data-role="legend-key"/>`
			);
		else
			out.push(
				`<rect x="${it.x}" y="${it.y}" width="${it.swatch}" height="${round(it.swatch / 4)}" rx="${round(it.swatch / 8)}" fill="${fill}" data-role="legend-key"/>`
			);
		out.push(
			`<text x="${it.labelX}" y="${it.labelY}" font-size="${it.size}" fill="${it.note ? INK_LIGHT.fgMuted : INK_LIGHT.fg}" data-role="legend-label">${e(it.label)}</text>`
		);
	}
	out.push('</svg>');
	return out.join('\n');
}
