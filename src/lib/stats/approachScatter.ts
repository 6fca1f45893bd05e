/**
 * The approaches scatter (issue 9 §4): one point per country for a chosen year, x a policy measure, y an outcome.
 * Pure; words in strings/approaches*.ts.
 *
 * x measures:
 * - `class`: the country's group under the chosen rule that year (approachRules.ts), a category, never a number;
 * - `services`: how many of six harm-reduction services policies.csv records as present that year (OAT, NSP,
 *   heroin-assisted treatment, drug consumption rooms, drug checking, naloxone); a dated start counts from that year
 *   on, an undated "yes" is today's record for every year (said beside the chart); a blank cell is "not recorded",
 *   counted as not present, never as "no";
 * - `ost`: clients in opioid substitution treatment per 1,000 aged 15–64 (EMCDDA);
 * - `needles`: needles and syringes per person who injects (UNAIDS GAM 2019);
 * - `gdpi`: the Global Drug Policy Index 2021 score, an outside view of the same question: shown as a measure, never
 *   merged into our class.
 * Values of a series are taken in the chosen year or, failing that, the latest of the MAX_LAG years before it; the
 * year used is kept with each value (printed in the card and the table), nothing is interpolated.
 */
import type { Observation } from '../data/types.ts';
import { serviceInYear, type TypologyFacts } from './policyFactInYear.ts';

export const X_MEASURES = ['class', 'services', 'ost', 'needles', 'gdpi'] as const;
export type XMeasure = (typeof X_MEASURES)[number];
/** Indicators behind the numeric measures that are series. */
export const X_INDICATORS = { ost: 'emcdda_ost_clients_rate', needles: 'needles_per_pwid_unaids2019' } as const;
/** Years before the chosen one a value may come from (its year is shown). */
export const MAX_LAG = 3;
/** The GDPI round we have (policies.csv gdpi2021_score). */
export const GDPI_YEAR = 2021;

export const HARM_REDUCTION_SERVICES = ['oat', 'nsp', 'hat', 'dcr', 'drug_checking', 'naloxone'] as const;
export type HarmReductionService = (typeof HARM_REDUCTION_SERVICES)[number];

/** The policy fields the services count and the GDPI measure read. */
export type ScatterPolicy = TypologyFacts & {
	dcr: string;
	dcr_since: string;
	drug_checking: string;
	naloxone: string;
	gdpi2021_score: string;
};

export interface Dated {
	value: number;
	year: number;
}

type Obs = Pick<Observation, 'iso3' | 'year' | 'value'>;

/** A country's value in `year` or the latest of the `lag` years before; null when none. */
export function valueNear(rows: readonly Obs[], iso3: string, year: number, lag = MAX_LAG): Dated | null {
	let best: Dated | null = null;
	for (const r of rows) {
		if (r.iso3 !== iso3 || !Number.isFinite(r.value) || r.year > year || r.year < year - lag) continue;
		if (!best || r.year > best.year) best = { value: r.value, year: r.year };
	}
	return best;
}

/** The harm-reduction services recorded as present in `year` (see the module comment). */
export function servicesPresent(p: ScatterPolicy, year: number): HarmReductionService[] {
	const yes = (code: string) => code.trim() === 'yes' || code.trim() === 'trial';
	const started = (since: string) => !/^\d{4}$/.test(since.trim()) || Number(since) <= year;
	return HARM_REDUCTION_SERVICES.filter((s) => {
		if (s === 'oat' || s === 'nsp' || s === 'hat') return serviceInYear(p, s, year).value === true;
		if (s === 'dcr') return yes(p.dcr) && started(p.dcr_since);
		return yes(p[s]);
	});
}

/** The GDPI 2021 score, or null when policies.csv has none. */
export function gdpiScore(p: Pick<ScatterPolicy, 'gdpi2021_score'>): number | null {
	const t = p.gdpi2021_score.trim();
	return /^\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

export interface ScatterPoint {
	iso3: string;
	group: string;
	/** Numeric x (null for `class`). */
	x: Dated | null;
	y: Dated;
	/** `services` only: which services. */
	services?: HarmReductionService[];
}

export interface ScatterInput {
	countries: readonly string[];
	year: number;
	measure: XMeasure;
	groupOf: (iso3: string, year: number) => string;
	policyOf: (iso3: string) => ScatterPolicy | undefined;
	/** The outcome's rows. */
	y: readonly Obs[];
	/** The rows of the measure's indicator (ost, needles). */
	xRows?: readonly Obs[];
}

export interface ScatterResult {
	points: ScatterPoint[];
	/** Countries with an outcome value but no x value (or the other way round), by which is missing. */
	noX: string[];
	noY: string[];
}

/** The points of the scatter (countries in the given order; see the module comment). */
export function scatterPoints(input: ScatterInput): ScatterResult {
	const { countries, year, measure, groupOf, policyOf, y, xRows = [] } = input;
	const points: ScatterPoint[] = [];
	const noX: string[] = [];
	const noY: string[] = [];
	for (const iso3 of countries) {
		const yv = valueNear(y, iso3, year);
		let x: Dated | null = null;
		let services: HarmReductionService[] | undefined;
		let hasX = true;
		const p = policyOf(iso3);
		if (measure === 'services') {
			if (p) {
				services = servicesPresent(p, year);
				x = { value: services.length, year };
			} else hasX = false;
		} else if (measure === 'gdpi') {
			const s = p ? gdpiScore(p) : null;
			if (s === null) hasX = false;
			else x = { value: s, year: GDPI_YEAR };
		} else if (measure !== 'class') {
			x = valueNear(xRows, iso3, year);
			if (!x) hasX = false;
		}
		if (!yv) {
			if (hasX) noY.push(iso3);
			continue;
		}
		if (!hasX) {
			noX.push(iso3);
			continue;
		}
		points.push({ iso3, group: groupOf(iso3, year), x, y: yv, ...(services ? { services } : {}) });
	}
	return { points, noX, noY };
}
