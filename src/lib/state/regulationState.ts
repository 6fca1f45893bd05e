/**
 * URL state of /regulation: the map's year (`?year=2014`). A missing, malformed or out-of-range year gives the
 * default (the latest year), and the default is written as the bare URL. Pure.
 */
import { parseFields, queryOf, writeFields, year, type Fields } from './urlFields.ts';

export interface RegulationView {
	year: number;
}

export interface RegulationContext {
	min: number;
	max: number;
	defaults: RegulationView;
}

const fieldsFor = (ctx: Pick<RegulationContext, 'min' | 'max'>): Fields<RegulationView> => ({
	year: year(ctx.min, ctx.max)
});

export function parseRegulationView(input: URLSearchParams | string, ctx: RegulationContext): RegulationView {
	return parseFields(queryOf(input), fieldsFor(ctx), ctx.defaults);
}

/** Query without "?" (empty for the default view). */
export function serializeRegulationView(v: RegulationView, ctx: RegulationContext): string {
	return writeFields(v, fieldsFor(ctx), ctx.defaults);
}
