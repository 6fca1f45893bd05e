/**
 * The policy vocabulary's labels in other languages than English, for code that runs on every page: field -> value ->
 * label, from the Norwegian chunk (nbCatalogues.ts gives it vocabularyNb.ts's labels, read from
 * data/i18n/nb/vocabulary.csv), so an English page never downloads them. English has none here: its labels are the
 * core catalogue's (en.ts `policy`) or the code made readable (humaniseEventType).
 */
import { lazyCatalogue } from './lang.ts';

export type VocabularyStrings = Record<string, Record<string, string>>;
export const vocabularyText = lazyCatalogue<VocabularyStrings>('vocabulary', {});

/** The Norwegian name of an event type ("dcr_opened" -> "Sprøyterom åpnet"), or null when there is none. */
export function eventTypeNb(type: string): string | null {
	return vocabularyText.nb.event_type?.[type] ?? null;
}
