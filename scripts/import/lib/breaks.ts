/**
 * Breaks in series: a jump between two consecutive published values that is too large to be a real change and most
 * likely means the country changed what it reports (definition, coverage, counting unit). Pure; used at import time so
 * the flag is in data/ (the single source of truth) and every view reads the same `flag=break`.
 *
 * The rule is for SHARES of a stock (e.g. persons held in prison for drug offences as a % of all persons held). A stock
 * of prisoners turns over slowly, and dividing by the total removes changes in the prison population as a whole, so a
 * share that at least triples, or falls to a third or less, between two consecutive published values is not plausible
 * as a real change. Three conditions, all required, between consecutive published values (years between them may be
 * missing: Austria 2014 → 2020 is one step):
 *  1. ratio: max(a, b) / min(a, b) ≥ `factor` (a 0 on one side counts as an infinite ratio);
 *  2. size: |b − a| ≥ `minPoints` percentage points (so 0.1 % → 0.3 % is not a break);
 *  3. people: the count behind the share changes by ≥ `minCount` (so a prison of 30 where 0 → 9 people are held for
 *     drug offences is ordinary small-number variation, not a break).
 * The flag goes on the first value after the break (the later year); the note says what jumped.
 *
 * Chosen on the UNODC 11/05/2023 release (ICCS 06 share, all countries): it flags 15 steps, among them Austria 2020
 * (10.9 % → 46.0 %), Northern Ireland 2016 (5.3 % → 68.3 %) and both of Thailand's jumps (0.8 % → 52.9 % → 0.1 %).
 * The next-largest unflagged steps are Luxembourg 2017 (× 2.7) and Brazil 2014 (× 2.3); the smallest flagged ratio is
 * Argentina 2016 (× 3.8), so the threshold does not sit on a knife's edge.
 *
 * The same rule, unchanged, applies to UNODC's separate "drug possession" and "drug trafficking" series (unodc.ts): their
 * shares of all persons held are stocks of the same kind. On the 11/05/2023 release it flags 20 possession steps (e.g.
 * France 2020, 0.1 % → 12.0 %; Philippines 2018, 0.2 % → 26.3 %) and 6 trafficking steps (e.g. Albania 2017,
 * 6.6 % → 28.0 %). Those series are thinner and smaller, so more of their steps pass the ratio; the size and people
 * conditions keep small-number noise out (Norway's possession 17 → 1 persons, × 15, is not flagged).
 */
import type { Observation } from '../../../src/lib/data/types.ts';

export interface ShareBreakRule {
	/** Minimum ratio between the larger and the smaller share. */
	factor: number;
	/** Minimum absolute change, in percentage points. */
	minPoints: number;
	/** Minimum absolute change of the count behind the share (persons). */
	minCount: number;
}

export const SHARE_BREAK_RULE: ShareBreakRule = { factor: 3, minPoints: 3, minCount: 50 };

/** One published value of a share with the count it is computed from. */
export interface SharePoint {
	year: number;
	/** Share in per cent. */
	share: number;
	/** The numerator (e.g. persons held for drug offences). */
	count: number;
}

export interface ShareBreak {
	/** Year of the first value after the break (the one flagged). */
	year: number;
	before: SharePoint;
	after: SharePoint;
	/** max / min of the two shares (Infinity when one is 0). */
	ratio: number;
}

/** Breaks in one place's share series (points in any order; one per year). */
export function findShareBreaks(points: SharePoint[], rule: ShareBreakRule = SHARE_BREAK_RULE): ShareBreak[] {
	const sorted = [...points].sort((a, b) => a.year - b.year);
	const out: ShareBreak[] = [];
	for (let i = 1; i < sorted.length; i++) {
		const before = sorted[i - 1]!;
		const after = sorted[i]!;
		const hi = Math.max(before.share, after.share);
		const lo = Math.min(before.share, after.share);
		const ratio = lo > 0 ? hi / lo : hi > 0 ? Infinity : 1;
		if (ratio >= rule.factor && hi - lo >= rule.minPoints && Math.abs(after.count - before.count) >= rule.minCount) {
			out.push({ year: after.year, before, after, ratio });
		}
	}
	return out;
}

/** A share as the notes write it: one decimal, "46.0%". */
export const pct = (v: number): string => `${v.toFixed(1)}%`;

/** "Reporting changed? The share … went from 10.9% (2014) to 46.0% (2020) …" — what jumped, for the row note. */
export function shareBreakNote(b: ShareBreak, shareOf: string, countOf: string): string {
	return `Break in series (reporting changed?): the share of ${shareOf} went from ${pct(b.before.share)} (${b.before.year}) to ${pct(b.after.share)} (${b.after.year}), ${countOf} from ${b.before.count} to ${b.after.count}; values before and after may not be comparable`;
}

/**
 * The row with `flag=break` and the break note first. A row has one flag: `break` wins because it changes how the value
 * may be read (no line is drawn across it). A `derived` flag is dropped without words (the indicator's `derived` and
 * `formula` still say it is computed); any other flag is kept in the note ("Also provisional").
 */
export function flagBreak(row: Observation, note: string): Observation {
	const kept = row.flag && row.flag !== 'derived' && row.flag !== 'break' ? `Also ${row.flag}` : '';
	return { ...row, flag: 'break', note: [note, kept, row.note].filter(Boolean).join('. ') };
}
