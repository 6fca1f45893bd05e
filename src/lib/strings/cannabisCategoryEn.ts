/**
 * Names of the cannabis map's categories (data/cannabisModelInYear.ts), in English: one list for the /regulation
 * catalogue and the map catalogue (/map's cannabis layer), so both say the same and /map does not load the whole
 * regulation catalogue. Norwegian: cannabisCategoryNb.ts.
 */
import type { CannabisCategory } from '../data/cannabisModelInYear.ts';

export const CANNABIS_CATEGORY_EN: Readonly<Record<CannabisCategory, string>> = {
	state_pharmacy: 'State pharmacy',
	licensed_retail: 'Licensed retail',
	tolerated_retail: 'Tolerated retail',
	unregulated_sale: 'Legal sale without rules',
	social_clubs: 'Social clubs',
	home_grow_private: 'Home growing only',
	pilot_trial: 'Pilot trials only',
	adopted: 'Law adopted, sales not started',
	none: 'No regulated supply recorded',
	unknown: 'No model coded'
};
