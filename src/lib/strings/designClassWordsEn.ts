/**
 * The words of the DESIGN.md §3 classes (stats/typology.ts) that more than one view says: the class names and the
 * caveat on undated services. One source for the approaches catalogue and the compare catalogue (colour=class), kept
 * apart so /compare does not carry the whole approaches catalogue. Norwegian: designClassWordsNb.ts.
 */
import type { ApproachClass } from '../stats/designClasses.ts';

export const designClassWordsEn = {
	names: {
		health_led: 'Health-led',
		decriminalised_limited_services: 'Decriminalised, limited services',
		criminal_with_harm_reduction: 'Criminal, with harm reduction',
		punitive: 'Punitive',
		unknown: 'Unknown'
	} satisfies Record<ApproachClass, string>,
	/** Said wherever a class rests on a service record without a start year (a clause: no full stop). */
	assumeToday: 'Where a service’s start year is unknown, earlier years assume today’s services'
};
export type DesignClassWords = typeof designClassWordsEn;
