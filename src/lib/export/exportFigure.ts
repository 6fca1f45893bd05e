/**
 * The browser entry of figure export, for the share menu and embeds:
 *
 *     const blob = await exportFigure(figureElement, meta, 'slide', 'png', 'nb'); // PNG 3840×2160 (2×), Norwegian
 *     const svg = await exportFigure(figureElement, meta, 'standard', 'svg', 'en'); // image/svg+xml
 *
 * `el` is the figure (ChartFrame's `<figure>`, or anything holding one `svg[data-chart]`), `meta` says what the image
 * states (figureMeta.ts); leave it out for a ChartFrame figure, which carries its own (`el.figure.meta()`: title,
 * subtitle, sources, the view's URL, the summary as alt text, the legend). The chart is the page's own SVG, cloned: elements marked `data-export="skip"` (crosshair,
 * hover outline, hit areas, the emphasised copy of a line) are left out, dimming is undone, and the marks keep their
 * colour attributes (palette.ts), so the image shows the view in the light theme whatever the page's theme.
 */
import type { FigureMeta } from './figureMeta.ts';
import { figureSvg, PRESETS, type ChartMarkup, type FigurePreset } from './figureSvg.ts';
import { rasterise } from './rasterise.ts';
import { frameText } from '../strings/frame.ts';
import type { Lang } from '../strings/lang.ts';

export type ExportFormat = 'svg' | 'png';

/** The chart's markup, ready for figureSvg: the live `<svg data-chart>` inside `el`, cleaned for a still image. */
export function chartMarkup(el: Element, lang: Lang = 'en'): ChartMarkup {
	const svg = el.matches('svg[data-chart]') ? el : el.querySelector('svg[data-chart]');
	if (!svg) throw new Error(frameText[lang].exportFailed.noChart);
	const clone = svg.cloneNode(true) as SVGSVGElement;
	clone.querySelectorAll('[data-export="skip"]').forEach((n) => n.remove());
	clone.querySelectorAll('.dim').forEach((n) => n.classList.remove('dim'));
	// Hydration markers and the page's scoping classes mean nothing in a file.
	const walker = document.createTreeWalker(clone, NodeFilter.SHOW_COMMENT);
	const comments: Node[] = [];
	while (walker.nextNode()) comments.push(walker.currentNode);
	comments.forEach((c) => c.parentNode?.removeChild(c));
	clone.querySelectorAll('[class]').forEach((n) => {
		const kept = [...n.classList].filter((c) => !c.startsWith('svelte-'));
		if (kept.length) n.setAttribute('class', kept.join(' '));
		else n.removeAttribute('class');
	});
	clone.querySelectorAll('[tabindex]').forEach((n) => n.removeAttribute('tabindex'));
	const vb = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
	const rect = svg.getBoundingClientRect();
	const width = vb.length === 4 && vb[2]! > 0 ? vb[2]! : rect.width;
	const height = vb.length === 4 && vb[3]! > 0 ? vb[3]! : rect.height;
	const ser = new XMLSerializer();
	const markup = [...clone.childNodes]
		.map((n) => (n.nodeType === Node.ELEMENT_NODE ? ser.serializeToString(n) : n.nodeType === Node.TEXT_NODE ? '' : ''))
		.join('');
	const fontSize = Number(svg.getAttribute('font-size')) || 12;
	return { markup, width, height, fontSize };
}

/** The meta a ChartFrame figure carries (see ChartFrame's FigureElement), or the one given. */
function metaOf(el: Element, meta: FigureMeta | undefined, lang: Lang): FigureMeta {
	const own = (el as Element & { figure?: { meta: () => FigureMeta } }).figure;
	const m = meta ?? own?.meta();
	if (!m) throw new Error(frameText[lang].exportFailed.noMeta);
	return m;
}

/** The figure as an SVG document string, its words in `lang`. */
export function figureSvgOf(
	el: Element,
	meta?: FigureMeta,
	preset: FigurePreset = 'standard',
	lang: Lang = 'en'
): string {
	return figureSvg(metaOf(el, meta, lang), chartMarkup(el, lang), preset, lang);
}

/** The figure as a file: an SVG document, or a PNG at 2× the preset's size. Rejects with a readable message. */
export async function exportFigure(
	el: Element,
	meta: FigureMeta | undefined,
	preset: FigurePreset,
	format: ExportFormat,
	lang: Lang,
	opts: { scale?: number } = {}
): Promise<Blob> {
	const svg = figureSvgOf(el, meta, preset, lang);
	if (format === 'svg') return new Blob([svg], { type: 'image/svg+xml;charset=utf-8' });
	const { width, height } = PRESETS[preset];
	return rasterise(svg, width, height, { scale: opts.scale ?? 2, lang });
}
