/**
 * When a value must not be quoted bare: it follows a break in series (its country changed what it reports), or it is
 * provisional, partial, an estimate or from a secondary source. Summary sentences that lead with such a value say so
 * in the same breath ("Austria had the highest … (51.1 %, after a break in series in 2020)"). Pure.
 *
 * A break flag sits on the first value after the break; every later value of the series is on the new basis too, so
 * "after a break" applies to the flagged year and all years after it. `derived` and `revised` need no words here (the
 * indicator's formula and the source say so).
 * Words in the compare catalogue (`caution`), in the language asked for (`lang`, English by default).
 */
import type { Flag } from '../data/types.ts';
import { cautionText } from '../strings/caution.ts';
import { coreText } from '../strings/core.ts';
import type { Lang } from '../strings/lang.ts';

interface Dated {
	year: number;
	flag: Flag | string;
}

/** Latest break in series at or before `year` (the value of `year` is on the basis after it), or null. */
export function breakAtOrBefore(points: readonly Dated[], year: number): number | null {
	let out: number | null = null;
	for (const p of points) if (p.flag === 'break' && p.year <= year && (out === null || p.year > out)) out = p.year;
	return out;
}

/** Latest break in series after `from` and up to `to` (a change from `from` to `to` crosses it), or null. */
export function breakBetween(points: readonly Dated[], from: number, to: number): number | null {
	const [lo, hi] = from <= to ? [from, to] : [to, from];
	let out: number | null = null;
	for (const p of points)
		if (p.flag === 'break' && p.year > lo && p.year <= hi && (out === null || p.year > out)) out = p.year;
	return out;
}

const QUALIFIED: readonly string[] = ['provisional', 'partial', 'estimate', 'secondary'];

/**
 * Words that must travel with a value: "after a break in series in 2020", "provisional" … joined with commas; '' when
 * the value can be quoted as it is. `breakYear` from `breakAtOrBefore`; `change` words it for a change across a break.
 */
export function caution(
	flag: Flag | string | undefined,
	breakYear: number | null,
	change = false,
	lang: Lang = 'en'
): string {
	const w = cautionText[lang];
	const parts: string[] = [];
	if (breakYear !== null) parts.push(change ? w.acrossBreak(breakYear) : w.afterBreak(breakYear));
	if (flag && QUALIFIED.includes(flag)) parts.push(w.flag[flag] ?? flag);
	return w.join(parts);
}

/** `text` with the caution appended after a comma: "51.1 %" -> "51.1 %, after a break in series in 2020". */
export function withCaution(text: string, words: string): string {
	return words ? `${text}, ${words}` : text;
}

/**
 * The note beside a value in a tooltip or table: its flag spelled out ("break in series", "derived" …) and, when the
 * value follows (or a change crosses) a break in an earlier year, that too: "derived; after a break in series in 2020".
 */
export function flagNote(
	flag: Flag | string | undefined,
	breakYear: number | null,
	pointYear: number,
	change = false,
	lang: Lang = 'en'
): string {
	const w = cautionText[lang];
	const parts: string[] = [];
	if (flag) parts.push(coreText[lang].flags[flag] ?? flag);
	if (breakYear !== null && !(flag === 'break' && breakYear === pointYear))
		parts.push(change ? w.acrossBreak(breakYear) : w.afterBreak(breakYear));
	return parts.join('; ');
}
