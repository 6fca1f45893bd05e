/**
 * The vocabulary of regulation_models.csv's `model` column. The column is the compiler's own words ("licensed retail
 * (licensed_retail)", "prescription supply: heroin-assisted treatment (5-year pilot)"); each row must name one model
 * type in a way this table recognises, or the validator and the importer reject the row at its line. The rules are
 * tried in order, the first match wins; they are written for the phrasings the file uses, not guessed from words:
 *
 * 1. a cannabis code in parentheses, exactly: `(state_pharmacy)`, `(licensed_retail)`, `(tolerated_retail)`,
 *    `(social_clubs)`, `(home_grow_private)`;
 * 2. `prescription supply:` at the start: `safer_supply` if it says "safer supply", else `hat` (heroin-assisted
 *    treatment in every form the file has: diacetylmorphine, diamorphine, tablets, trials);
 * 3. a scientific pilot trial or a legal-supply experiment: `pilot_trial`;
 * 4. "unregulated shops": `unregulated_sale` (Thailand 2022–2025, legal sale before rules were written).
 *
 * Pure; shared by the importer, the validator, the /regulation page and the country profile.
 */

/** Model types in the order the comparison shows them (cannabis supply first, prescription supply last). */
export const REGULATION_MODEL_TYPES = [
	'state_pharmacy',
	'licensed_retail',
	'tolerated_retail',
	'social_clubs',
	'home_grow_private',
	'pilot_trial',
	'unregulated_sale',
	'hat',
	'safer_supply'
] as const;
export type RegulationModelType = (typeof REGULATION_MODEL_TYPES)[number];

/** Model types of non-medical cannabis supply (the map's categories); the rest are prescription supply. */
export const CANNABIS_MODEL_TYPES = [
	'state_pharmacy',
	'licensed_retail',
	'tolerated_retail',
	'social_clubs',
	'home_grow_private',
	'pilot_trial',
	'unregulated_sale'
] as const satisfies readonly RegulationModelType[];
export type CannabisModelType = (typeof CANNABIS_MODEL_TYPES)[number];

export const PRESCRIPTION_MODEL_TYPES = ['hat', 'safer_supply'] as const satisfies readonly RegulationModelType[];

const CODED = ['state_pharmacy', 'licensed_retail', 'tolerated_retail', 'social_clubs', 'home_grow_private'] as const;

/** The model type of a `model` cell, or null when no rule recognises it (the row is then rejected). */
export function regulationModelType(model: string): RegulationModelType | null {
	const m = model.trim();
	for (const code of CODED) if (m.includes(`(${code})`)) return code;
	if (/^prescription supply:/i.test(m)) return /safer supply/i.test(m) ? 'safer_supply' : 'hat';
	if (/\bpilot trials?\b|\bexperiment\b/i.test(m)) return 'pilot_trial';
	if (/\bunregulated shops\b/i.test(m)) return 'unregulated_sale';
	return null;
}

export function isCannabisModelType(t: RegulationModelType | null): t is CannabisModelType {
	return t !== null && (CANNABIS_MODEL_TYPES as readonly string[]).includes(t);
}

/** The problem with a `model` cell, or null (for the validator and the importer, which add file and line). */
export function regulationModelProblem(model: string): string | null {
	if (!model.trim() || regulationModelType(model)) return null;
	return `model "${model}" is not a known model type: name one of ${CODED.map((c) => `(${c})`).join(', ')} in parentheses, start it "prescription supply:", or describe a pilot trial or experiment`;
}
