/** Names of the cannabis map's categories in bokmål (the same keys as cannabisCategoryEn.ts), for the regulation and map catalogues. */
import type { CannabisCategory } from '../data/cannabisModelInYear.ts';

export const CANNABIS_CATEGORY_NB: Readonly<Record<CannabisCategory, string>> = {
	state_pharmacy: 'Statlig apoteksalg',
	licensed_retail: 'Lisensierte butikker',
	tolerated_retail: 'Tolerert salg',
	unregulated_sale: 'Lovlig salg uten regler',
	social_clubs: 'Cannabisklubber',
	home_grow_private: 'Bare hjemmedyrking',
	pilot_trial: 'Bare forsøk',
	adopted: 'Lov vedtatt, salget ikke i gang',
	none: 'Ingen regulert forsyning registrert',
	unknown: 'Ingen modell kodet'
};
