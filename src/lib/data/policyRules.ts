/**
 * What each policy field may hold, as one table keyed by the column name of policies.csv. The parser applies it to
 * whichever of these columns a file has, so the table covers fields that are not yet imported (oat_since, nsp_since,
 * cannabis_model, cannabis_model_year, hat_model). Blank is always allowed and means "unknown", never "no".
 * Free-text fields get only the rules every cell gets (no formula start, no control characters). Pure.
 */
import { CANNABIS_MODELS, POSSESSION_CAVEATS, POSSESSION_STATUSES } from './types.ts';

export { CANNABIS_MODELS };

export type PolicyRule =
	| { kind: 'vocabulary'; values: readonly string[] }
	| { kind: 'year' }
	| { kind: 'integer'; min: number; max: number }
	| { kind: 'text' };

/** Policy years (a law's year, a service's start): the oldest in the data is 1870 (a cannabis law). */
export const POLICY_YEAR_MIN = 1800;
export const POLICY_YEAR_MAX = 2030;


const YES_NO = ['yes', 'no'] as const;
const year: PolicyRule = { kind: 'year' };
const text: PolicyRule = { kind: 'text' };

export const POLICY_RULES: Readonly<Record<string, PolicyRule>> = {
	possession_status: { kind: 'vocabulary', values: POSSESSION_STATUSES },
	possession_year: year,
	possession_model: text,
	cannabis_status: text,
	cannabis_year: year,
	cannabis_model: { kind: 'vocabulary', values: CANNABIS_MODELS },
	cannabis_model_year: year,
	hat: { kind: 'vocabulary', values: ['yes', 'trial'] },
	hat_since: year,
	hat_model: text,
	oat: { kind: 'vocabulary', values: YES_NO },
	oat_since: year,
	nsp: { kind: 'vocabulary', values: YES_NO },
	nsp_since: year,
	dcr: { kind: 'vocabulary', values: YES_NO },
	dcr_since: year,
	drug_checking: { kind: 'vocabulary', values: YES_NO },
	naloxone: { kind: 'vocabulary', values: YES_NO },
	death_penalty_drugs: { kind: 'vocabulary', values: YES_NO },
	gdpi2021_score: { kind: 'integer', min: 0, max: 100 },
	gdpi2021_rank: { kind: 'integer', min: 1, max: 30 },
	possession_caveat: { kind: 'vocabulary', values: POSSESSION_CAVEATS }
};

/** Columns of policies.csv that are not policy fields. `notes` is free text and may have a source like a field. */
export const POLICY_KEY_COLUMNS = ['iso3', 'country'] as const;
export const POLICY_NOTES = 'notes';
/** Suffixes of a field's source column: `_source` (free text, today) or `_ref` (ids into the policy sources file). */
export const POLICY_SOURCE_SUFFIXES = ['_source', '_ref'] as const;

/** Why `value` is not allowed in policy field `field`, or null when it is (blank always is). */
export function policyValueProblem(field: string, value: string): string | null {
	const rule = POLICY_RULES[field];
	if (!rule || value === '') return null;
	switch (rule.kind) {
		case 'vocabulary':
			return rule.values.includes(value) ? null : `must be one of ${rule.values.join(', ')} (or blank = unknown)`;
		case 'year': {
			if (!/^\d{4}$/.test(value)) return 'must be a four-digit year';
			const y = Number(value);
			return y < POLICY_YEAR_MIN || y > POLICY_YEAR_MAX ? `must be a year ${POLICY_YEAR_MIN}–${POLICY_YEAR_MAX}` : null;
		}
		case 'integer': {
			if (!/^\d+$/.test(value)) return `must be a whole number ${rule.min}–${rule.max}`;
			const n = Number(value);
			return n < rule.min || n > rule.max ? `must be a whole number ${rule.min}–${rule.max}` : null;
		}
		case 'text':
			return null;
	}
}
