/**
 * /approaches view state <-> URL query, with the shared field codecs (urlFields.ts), as mapState/compareState do:
 *   rule=design|decrim|hat|deathpenalty   year=2017   outcome=<indicator id>   x=class|services|ost|needles|gdpi
 * `parseApproachesView` never throws: a malformed or unknown value falls back to that field's default;
 * `serializeApproachesView` leaves defaults out, so the default view is the bare /approaches.
 */
import { APPROACH_RULE_IDS, type ApproachRuleId } from '../stats/approachRules.ts';
import { X_MEASURES, type ScatterPolicy, type XMeasure } from '../stats/approachScatter.ts';
import type { NarrativeNumbers } from '../stats/approachNarratives.ts';
import type { TypologyEvent } from '../stats/policyFactInYear.ts';
import type { Indicator, Observation, Source } from '../data/types.ts';
import { oneOf, parseFields, queryOf, writeFields, year, type Fields } from './urlFields.ts';

export interface ApproachesView {
	rule: ApproachRuleId;
	/** Year of the class table and the scatter. */
	year: number;
	/** Outcome indicator of the group trends and the scatter's y. */
	outcome: string;
	/** The scatter's x measure. */
	x: XMeasure;
}

export interface ApproachesContext {
	/** Outcome indicator ids offered. */
	outcomes: readonly string[];
	/** First and last year offered. */
	years: readonly [number, number];
	defaults: ApproachesView;
}

function fieldsFor(ctx: ApproachesContext): Fields<ApproachesView> {
	return {
		rule: oneOf(APPROACH_RULE_IDS),
		year: year(ctx.years[0], ctx.years[1]),
		outcome: oneOf(ctx.outcomes),
		x: oneOf(X_MEASURES)
	};
}

export function parseApproachesView(input: URLSearchParams | string, ctx: ApproachesContext): ApproachesView {
	return parseFields(queryOf(input), fieldsFor(ctx), ctx.defaults);
}

/** Query without "?" (empty for the default view). */
export function serializeApproachesView(v: ApproachesView, ctx: ApproachesContext): string {
	return writeFields(v, fieldsFor(ctx), ctx.defaults);
}

/** What the page is built from (server/slices/approaches.ts writes it at build time). */
export type OutcomeInfo = Pick<
	Indicator,
	| 'indicator_id'
	| 'label'
	| 'short_label'
	| 'unit'
	| 'description'
	| 'caveat'
	| 'source_id'
	| 'decimals'
	| 'comparability'
> & { years: [number, number] };

/** A row as the page needs it. */
export type Row = Pick<Observation, 'iso3' | 'year' | 'value' | 'flag' | 'source_id'>;

export interface Narrative {
	subject: string;
	peers: string[];
	kind: 'decrim' | 'hat';
	/** Refs of the dated fact the start year comes from. */
	startRefs: string[];
	indicator: string;
	numbers: NarrativeNumbers;
	/** /compare query (built with compareState's own encoder) of the same countries and measure from the start year. */
	compareQuery: string;
}

export interface ApproachesData {
	defaults: ApproachesView;
	years: [number, number];
	policies: ScatterPolicy[];
	events: TypologyEvent[];
	citations: Record<string, string>;
	names: Record<string, string>;
	/** Countries (kind country) in countries.csv with no policy record. */
	noRecord: number;
	outcomes: OutcomeInfo[];
	/** Rows of the default outcome, countries with a policy record only. */
	outcomeRows: Record<string, Row[]>;
	/** Rows of the scatter's series measures. */
	xRows: Record<string, Row[]>;
	xInfo: OutcomeInfo[];
	sources: Source[];
	narratives: Narrative[];
}
