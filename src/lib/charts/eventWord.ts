/**
 * The data's word for a policy event type in a language (reform marker labels, charts/policyMarkers.ts `reformLabel`):
 * Norwegian from data/i18n/nb/vocabulary.csv (strings/vocabulary.ts: from the Norwegian chunk, so English pages never
 * download it), else the humanised code. Its own module, not in policyMarkers.ts, so that plain-Node scripts importing
 * policyMarkers.ts stay clear of the catalogues.
 */
import { humaniseEventType } from '../stats/reform.ts';
import type { Lang } from '../strings/lang.ts';
import { eventTypeNb } from '../strings/vocabulary.ts';

export function eventWordIn(lang: Lang): (eventType: string) => string {
	return lang === 'nb' ? (t) => eventTypeNb(t) ?? humaniseEventType(t) : humaniseEventType;
}
