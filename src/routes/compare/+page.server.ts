/**
 * /compare is prerendered with its default view (chart as SVG in the HTML). Other indicators and places load on
 * demand from /compare/data/<indicator>.json; URL state is applied in the browser (prerender cannot read the query).
 */
import { DECRIM_STATUSES } from '$lib/stats/reform';
import type { CompareView } from '$lib/state/compareState';
import { countryEvents, indicatorList, indicatorPayload, pickerPlaces, policyLites } from '$lib/server/compareData';
import { indicators } from '$lib/server/data';

/** The headline set: Portugal (2001 decriminalisation), Czechia (decriminalised, threshold regime 2010), two Nordic
 * criminal-law countries and Estonia (2002 misdemeanour model). */
const DEFAULT_COUNTRIES = ['PRT', 'CZE', 'NOR', 'SWE', 'EST'];
/** Default indicator: GBD 2019 (same as the home page; tests/e2e/compare.e2e.ts reads its CSV). Switch to the EMCDDA
 * per-million series once it is imported — and update the e2e constant with it. */
const PREFERRED = ['gbd2019_drug_disorder_death_rate'];

export function load() {
	const ids = indicators().map((i) => i.indicator_id);
	const indicator = PREFERRED.find((p) => ids.includes(p)) ?? ids[0]!;
	const defaults: CompareView = {
		countries: DEFAULT_COUNTRIES,
		indicator,
		from: null,
		to: null,
		scale: 'linear',
		align: 'none',
		reform: 'decriminalisation',
		index: false,
		n: 5,
		focus: null
	};
	const events = countryEvents().map(({ iso3, date, year, event_type, title, source }) => ({ iso3, date, year, event_type, title, description: '', source }));
	return {
		defaults,
		indicators: indicatorList(),
		places: pickerPlaces(),
		events,
		// The reform rule reads the table only for decriminalised rows (fallback year) and sub-national ones (label).
		policies: policyLites().filter((p) => DECRIM_STATUSES.includes(p.possession_status) || p.possession_status === 'subnational_variation'),
		payload: indicatorPayload(indicator, DEFAULT_COUNTRIES)
	};
}
