/**
 * A country's non-medical cannabis supply model in a given year, for the /regulation map and its table. Pure.
 *
 * Two records meet here: regulation_models.csv (each supply channel with the year of its first sales or licences, per
 * source) and policies.csv (`cannabis_model`, the country's current model, with `cannabis_model_year`, often the
 * year of the law). The rule, applied the same way to every country:
 *
 * 1. Channels in force in year Y: the country's cannabis rows of regulation_models.csv with `since` ≤ Y, plus the
 *    policies.csv supply code when no row of regulation_models.csv has that type (South Africa's home growing).
 * 2. A later non-supply code in policies.csv (prohibited, medical only, decriminalised) from year P ends the channels
 *    that started before P (Thailand: unregulated shops 2022, prescription only from 2025).
 * 3. Shown: the first channel in force in CHANNEL_ORDER (the most open route to buy); `since` is the year it started.
 * 4. No channel in force, but policies.csv names a supply model from a year ≤ Y: `adopted` (the law exists, sales have
 *    not started: Uruguay 2013, law adopted; clubs 2014; pharmacies 2017). The same for a sub-national regime whose
 *    first law is from a year ≤ Y and whose first channel starts later (United States: the 2012 votes in Colorado
 *    and Washington, the first licensed stores in 2014).
 * 5. Otherwise `none` (the records list no regulated supply) for a country with a policies.csv row that codes its
 *    cannabis model, `unknown` without one.
 *
 * `subnational`: policies.csv says the model varies by state or territory (United States, Australia); the colour
 * then shows what some states allow, never the whole country.
 */
import { CANNABIS_MODELS } from './types.ts';
import { regulationModelType, type CannabisModelType, isCannabisModelType } from './regulationModelType.ts';
import { splitRefs } from './parse.ts';

/** Most open route to buy first: the channel a country is coloured by when it has several. */
export const CHANNEL_ORDER: readonly CannabisModelType[] = [
	'state_pharmacy',
	'licensed_retail',
	'tolerated_retail',
	'unregulated_sale',
	'social_clubs',
	'home_grow_private',
	'pilot_trial'
];

export type CannabisCategory = CannabisModelType | 'adopted' | 'none' | 'unknown';

/** What the rule reads of a policies.csv row. */
export interface CannabisPolicyFacts {
	iso3: string;
	cannabis_model: string;
	cannabis_model_year: string;
	cannabis_model_ref: string;
}

/** What the rule reads of a regulation_models.csv row. */
export interface ModelFacts {
	iso3: string;
	model: string;
	since: string;
	ref: string;
}

export interface CannabisInYear {
	iso3: string;
	year: number;
	category: CannabisCategory;
	/** Every channel in force that year, in CHANNEL_ORDER. */
	channels: CannabisModelType[];
	/** Start year of what `category` shows (first sales or licences; the law's year for `adopted`); null if none. */
	since: number | null;
	subnational: boolean;
	/** Ref ids behind the shown category (rows of regulation_models.csv, or the policies.csv cell). */
	refs: string[];
}

const SUPPLY_CODES = new Set<string>(CHANNEL_ORDER);
const NON_SUPPLY = new Set<string>(['prohibited', 'medical_only', 'decriminalised']);
const yearOf = (s: string): number | null => (/^\d{4}$/.test(s.trim()) ? Number(s) : null);

interface Channel {
	type: CannabisModelType;
	since: number;
	refs: string[];
}

export function cannabisModelInYear(
	iso3: string,
	year: number,
	policy: CannabisPolicyFacts | undefined,
	models: readonly ModelFacts[]
): CannabisInYear {
	const code = policy?.cannabis_model ?? '';
	const codeYear = policy ? yearOf(policy.cannabis_model_year) : null;
	const codeRefs = policy ? splitRefs(policy.cannabis_model_ref) : [];
	const channels: Channel[] = [];
	for (const m of models) {
		if (m.iso3 !== iso3) continue;
		const type = regulationModelType(m.model);
		const since = yearOf(m.since);
		if (!isCannabisModelType(type) || since === null) continue;
		channels.push({ type, since, refs: splitRefs(m.ref) });
	}
	if (SUPPLY_CODES.has(code) && codeYear !== null && !channels.some((c) => c.type === code))
		channels.push({ type: code as CannabisModelType, since: codeYear, refs: codeRefs });
	const ended = NON_SUPPLY.has(code) && codeYear !== null && codeYear <= year ? codeYear : null;
	const live = channels.filter((c) => c.since <= year && !(ended !== null && c.since < ended));
	const subnational = code === 'varies';
	const order = (t: CannabisModelType) => CHANNEL_ORDER.indexOf(t);
	const types = [...new Set(live.map((c) => c.type))].sort((a, b) => order(a) - order(b));
	const base = { iso3, year, channels: types, subnational };
	const shown = types[0];
	if (shown) {
		const rows = live.filter((c) => c.type === shown);
		return {
			...base,
			category: shown,
			since: Math.min(...rows.map((r) => r.since)),
			refs: [...new Set(rows.flatMap((r) => r.refs))]
		};
	}
	const lawBeforeSales = subnational && channels.some((c) => c.since > year);
	if ((SUPPLY_CODES.has(code) || lawBeforeSales) && codeYear !== null && codeYear <= year)
		return { ...base, category: 'adopted', since: codeYear, refs: codeRefs };
	const coded = (CANNABIS_MODELS as readonly string[]).includes(code);
	return { ...base, category: coded ? 'none' : 'unknown', since: null, refs: coded ? codeRefs : [] };
}

/** Years in which any country's shown category can change: the start years in both records. */
export function modelChangeYears(policies: readonly CannabisPolicyFacts[], models: readonly ModelFacts[]): number[] {
	const ys = new Set<number>();
	for (const m of models) {
		const y = yearOf(m.since);
		if (y !== null && isCannabisModelType(regulationModelType(m.model))) ys.add(y);
	}
	for (const p of policies) {
		const y = yearOf(p.cannabis_model_year);
		if (y !== null && (SUPPLY_CODES.has(p.cannabis_model) || NON_SUPPLY.has(p.cannabis_model) || p.cannabis_model === 'varies'))
			ys.add(y);
	}
	return [...ys].sort((a, b) => a - b);
}
