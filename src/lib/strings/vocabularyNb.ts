/**
 * The policy vocabulary in Norwegian bokmål, from data/i18n/nb/vocabulary.csv (read at build time by the
 * virtual:vocabulary-nb plugin in vite.config.ts): the one copy of these labels, so nb.ts never types them again and
 * `npm run data:check` validates them where they live. Fields: possession_status, cannabis_model, the services (hat,
 * oat, nsp, dcr, drug_checking, naloxone), death_penalty_drugs, possession_caveat, topic, flag, reform_kind,
 * event_type. A label missing here falls back to nothing: callers keep their own fallback (the code), and
 * tests/unit/i18n/vocabularyNb.test.ts fails on every key the English catalogue has that the CSV lacks.
 */
import labels from 'virtual:vocabulary-nb';

export type VocabularyField =
	| 'possession_status'
	| 'cannabis_model'
	| 'hat'
	| 'oat'
	| 'nsp'
	| 'dcr'
	| 'drug_checking'
	| 'naloxone'
	| 'death_penalty_drugs'
	| 'possession_caveat'
	| 'topic'
	| 'flag'
	| 'reform_kind'
	| 'event_type';

/** field -> value -> Norwegian label. */
export const vocabularyNb: Record<string, Record<string, string>> = labels;

/** The labels of one field (an empty map for a field the CSV does not have). */
export function vocabularyOf(field: VocabularyField): Record<string, string> {
	return vocabularyNb[field] ?? {};
}

/** The services share one set of values (yes / no / trial): their labels, merged. */
export const SERVICE_FIELDS = ['hat', 'oat', 'nsp', 'dcr', 'drug_checking', 'naloxone'] as const;
export function serviceLabelsNb(): Record<string, string> {
	return Object.assign({}, ...SERVICE_FIELDS.map((f) => vocabularyOf(f))) as Record<string, string>;
}

/** The Norwegian name of an event type ("dcr_opened" -> "Sprøyterom åpnet"), or null when the CSV has none. */
export function eventTypeNb(type: string): string | null {
	return vocabularyOf('event_type')[type] ?? null;
}
