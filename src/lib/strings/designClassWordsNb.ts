/**
 * Norwegian bokmål words of the DESIGN.md §3 classes: the same keys as designClassWordsEn.ts, used by the approaches
 * and the compare catalogues (approachesNb.ts, compareNb.ts). Terms as in docs/glossary-nb.md.
 */
import type { DesignClassWords } from './designClassWordsEn.ts';

export const designClassWordsNb: DesignClassWords = {
	names: {
		health_led: 'Helseorientert',
		decriminalised_limited_services: 'Avkriminalisert, få tjenester',
		criminal_with_harm_reduction: 'Straffbart, med skadereduksjon',
		punitive: 'Straffeorientert',
		unknown: 'Ukjent'
	},
	assumeToday: 'Der startåret for en tjeneste er ukjent, antas dagens tjenester for tidligere år'
};
