/**
 * The name of a policy event type in a language: Norwegian from data/i18n/nb/vocabulary.csv (strings/vocabularyNb.ts),
 * English (and a type the CSV lacks) from its code (stats/reform.ts `humaniseEventType`). Pure.
 */
import { humaniseEventType } from '../stats/reform.ts';
import type { Lang } from './lang.ts';
import { eventTypeNb } from './vocabularyNb.ts';

export function eventTypeWord(type: string, lang: Lang): string {
	return (lang === 'nb' ? eventTypeNb(type) : null) ?? humaniseEventType(type);
}
