/**
 * Width estimates for text in exported figures, and greedy line wrapping. An exported SVG uses the system font stack
 * (nothing embedded), so widths are estimated per character class, on the generous side: a line that fits here fits
 * in Helvetica, Arial, Segoe UI, Roboto and San Francisco, and in DejaVu Sans (Linux's fallback, the widest of them:
 * measured in Chromium, the estimate is 3–5 % above its widths, regular and bold). Pure.
 */
const NARROW = new Set("il.,;:'|!()[]{}/ ·-fjrtI");
const WIDE = new Set('mwMW@%—');

/** Estimated advance width of one character, in ems. */
function charEm(ch: string): number {
	if (NARROW.has(ch)) return 0.34;
	if (WIDE.has(ch)) return 0.9;
	if (/[0-9]/.test(ch)) return 0.58;
	if (/[A-Z]/.test(ch)) return 0.7;
	return 0.56;
}

/** Estimated width of `text` at `size` px (bold text a little wider). */
export function textWidth(text: string, size: number, bold = false): number {
	let em = 0;
	for (const ch of text) em += charEm(ch);
	return em * size * 1.1 * (bold ? 1.14 : 1);
}

/**
 * Wrap `text` into lines no wider than `max` px: words stay whole where they fit; a word wider than a line (a long URL)
 * is cut where it must be. Whitespace runs collapse to one space.
 */
export function wrapText(text: string, max: number, size: number, bold = false): string[] {
	const words = text.trim().split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let cur = '';
	const fits = (s: string) => textWidth(s, size, bold) <= max;
	for (let word of words) {
		const joined = cur ? `${cur} ${word}` : word;
		if (fits(joined)) {
			cur = joined;
			continue;
		}
		if (cur) lines.push(cur);
		// Cut a word that cannot fit on a line of its own.
		while (!fits(word)) {
			let n = word.length - 1;
			while (n > 1 && !fits(word.slice(0, n))) n--;
			lines.push(word.slice(0, n));
			word = word.slice(n);
		}
		cur = word;
	}
	if (cur) lines.push(cur);
	return lines;
}
