import { base } from '$app/paths';
import { lineView } from '$lib/server/lineView';
import { langOfPath } from '$lib/strings/lang';

/** The headline comparison of the home page (issue: PRT, CZE, NOR, SWE, EST, USA; Portugal's 2001 decriminalisation marked). */
const HOME_PLACES = ['PRT', 'CZE', 'NOR', 'SWE', 'EST', 'USA'];
const HOME_INDICATOR = 'gbd2019_drug_disorder_death_rate';

export function load({ url }) {
	return lineView(
		HOME_INDICATOR,
		HOME_PLACES,
		(e) => e.iso3 === 'PRT' && e.event_type === 'decriminalisation',
		langOfPath(url.pathname, base)
	);
}
