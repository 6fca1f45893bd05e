/**
 * Plausibility bounds read from an indicator's `unit` text, so that a 250 % share or 10^30 deaths is refused:
 * - a share (`%`, "percent") lies in 0–100;
 * - a rate "per N" ("per 100,000 …", "per million …", "per 1,000", "per 100k") lies in 0–N;
 * - a ratio "per person" / "per people" without a number ("needles and syringes distributed per person who injects
 *   drugs") is a count divided by a count of persons: it may exceed 1, need not be whole, and — the numerator being a
 *   count (at most `COUNT_MAX`) and the denominator at least one person — lies in 0–`COUNT_MAX`;
 * - anything else is a count ("deaths", "persons held", "… (count)"): a whole number, at most ten billion (more than
 *   the world's population, so a slipped exponent is caught).
 * A unit with "per" but no recognisable base ("per capita": capita of which population?) cannot be bounded and is
 * refused in indicators.csv.
 * An indicator may declare tighter bounds (optional `min`/`max` columns of indicators.csv). Pure.
 */

export type UnitKind = 'share' | 'rate' | 'ratio' | 'count';

export interface Bounds {
	kind: UnitKind;
	min: number;
	max: number;
	/** Counts are whole numbers. */
	integer: boolean;
	/** What the bounds come from, for messages: "a percentage", "a rate per 100,000", "a ratio per person", "a count", or declared bounds. */
	why: string;
}

/** Ceiling for any count: more than the world population. */
export const COUNT_MAX = 10_000_000_000;

const WORDS: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };

export function unitBounds(unit: string): Bounds | null {
	const u = unit.toLowerCase();
	if (/%|\bper ?cent\b|\bpercentage\b/.test(u)) return { kind: 'share', min: 0, max: 100, integer: false, why: 'a percentage' };
	const per = /\bper\s+(\d{1,3}(?:[ ,]\d{3})+|\d+)(\s*k\b)?|\bper\s+(hundred|thousand|million|billion)\b/.exec(u);
	if (per) {
		const max = per[3] ? WORDS[per[3]]! : Number(per[1]!.replace(/[ ,]/g, '')) * (per[2] ? 1000 : 1);
		return max > 0 ? { kind: 'rate', min: 0, max, integer: false, why: `a rate per ${max.toLocaleString('en-US')}` } : null;
	}
	if (/\bper (?:person|people)\b/.test(u)) return { kind: 'ratio', min: 0, max: COUNT_MAX, integer: false, why: 'a ratio per person' };
	if (/\bper\b/.test(u)) return null;
	return { kind: 'count', min: 0, max: COUNT_MAX, integer: true, why: 'a count' };
}

/** Why `value` is implausible for `bounds`, or null. */
export function boundsProblem(value: number, bounds: Bounds): string | null {
	if (!Number.isFinite(value)) return 'is not a finite number';
	if (bounds.integer && !Number.isInteger(value)) return `is not a whole number, but the unit is ${bounds.why}`;
	if (value < bounds.min || value > bounds.max) {
		return `is outside ${bounds.min.toLocaleString('en-US')}–${bounds.max.toLocaleString('en-US')}, impossible for ${bounds.why}`;
	}
	return null;
}

/**
 * The short form of a unit for values written inline: "deaths per 100,000 people, age-standardised" → "per 100,000";
 * the Norwegian "dødsfall per 100 000 innbyggere" → "per 100 000" (digits grouped by a space, kept together by a
 * no-break space); "% of prisoners" → "%"; a unit with neither is returned whole.
 */
export function unitShort(unit: string): string {
	const m = /per (?:\d{1,3}(?:[ ,\u00a0\u202f]\d{3})+|\d+)( million)?|%/.exec(unit)?.[0];
	return m ? m.replace(/(\d)[ \u202f](?=\d)/g, '$1\u00a0') : unit;
}
