/**
 * Number formatting for labels, tooltips, tables and summaries, in the document's language unless one is given:
 * English "1,234.5" and "−3"; Norwegian "1 234,5" and "−3" (decimal comma, no-break space between thousands).
 * d3-format does the formatting (fixed decimals, SI ticks); the separators of each language come from Intl, so they
 * are the browser's and Node's own CLDR data, not typed here.
 */
import { format as enFormat, formatLocale, type FormatLocaleObject } from 'd3-format';
import { activeLang, INTL_LOCALE, type Lang } from '../strings/lang.ts';

const locales = new Map<Lang, FormatLocaleObject>();

/** d3-format's locale for a language, its separators read from Intl.NumberFormat. English is d3's own default. */
export function numberLocale(lang: Lang): FormatLocaleObject {
	let l = locales.get(lang);
	if (!l) {
		if (lang === 'en') l = { format: enFormat } as FormatLocaleObject;
		else {
			const parts = new Intl.NumberFormat(INTL_LOCALE[lang]).formatToParts(-12345.6);
			const part = (type: string, fallback: string) => parts.find((p) => p.type === type)?.value ?? fallback;
			l = formatLocale({
				decimal: part('decimal', '.'),
				thousands: part('group', ','),
				grouping: [3],
				currency: ['', ''],
				minus: part('minusSign', '\u2212')
			});
		}
		locales.set(lang, l);
	}
	return l;
}

const cache = new Map<string, (n: number) => string>();

/** Format with a fixed number of decimals and thousands separators: 1234.5 -> "1,234.5" (nb: "1 234,5"). */
export function formatValue(value: number, decimals: number, lang: Lang = activeLang()): string {
	const key = `${lang} ${decimals}`;
	let f = cache.get(key);
	if (!f) {
		f = numberLocale(lang).format(`,.${decimals}f`);
		cache.set(key, f);
	}
	return f(value);
}

/** Axis ticks: compact ("1.2k"; nb "1,2k") when large. */
export function formatTick(value: number, lang: Lang = activeLang()): string {
	const f = numberLocale(lang).format;
	if (Math.abs(value) >= 10000) return f('.2~s')(value).replace('G', 'B');
	return f(',~r')(Number(value.toPrecision(6)));
}

/** "1 place", "2 places", "1,234 places": the count with the right noun. */
export function countOf(n: number, one: string, many: string, lang: Lang = activeLang()): string {
	return `${formatValue(n, 0, lang)} ${n === 1 ? one : many}`;
}

/** A span of years: "2010–2021", or "2018" when it is one year (never "2018–2018"); '' when there are no years. */
export function yearRange(from: number | null, to: number | null): string {
	if (from === null || to === null) return from === null ? (to === null ? '' : String(to)) : String(from);
	return from === to ? String(from) : `${from}–${to}`;
}

/** Text ending with exactly one full stop: "terms." stays "terms.", "terms" -> "terms.", never "terms..". */
export function endSentence(text: string): string {
	const t = text.trimEnd();
	if (!t) return t;
	return /[.!?…]["”’)]*$/.test(t) ? t : `${t}.`;
}

/** Years as short spans: [2000, 2001, 2002, 2004] -> "2000–2002, 2004". */
export function yearSpans(years: readonly number[]): string {
	const ys = [...new Set(years)].sort((a, b) => a - b);
	const out: string[] = [];
	for (let i = 0; i < ys.length;) {
		let j = i;
		while (j + 1 < ys.length && ys[j + 1] === ys[j]! + 1) j++;
		out.push(yearRange(ys[i]!, ys[j]!));
		i = j + 1;
	}
	return out.join(', ');
}
