/**
 * The data's own words in Norwegian bokmål: `data/i18n/nb/*.csv`, written by hand (they are our words, not a
 * publisher's) and checked here against the English the importers wrote. Each row carries the English it translates
 * (`en`), so a re-import that changes an English label, unit, definition or caveat makes the translation stale, and
 * the checker says so at the row, instead of a Norwegian reader silently getting last year's caveat.
 *
 * - `indicators.csv` `indicator_id,field,en,nb`: label, short_label, unit, description, formula, caveat of each
 *   indicator in indicators.csv (every field that is not blank in English).
 * - `vocabulary.csv` `field,value,en,nb`: every value of every policy vocabulary (POLICY_RULES), topics, observation
 *   flags, the event types used in policy_events.csv, and code vocabularies passed in by the caller (kinds of reform).
 * - `sources.csv` `source_id,field,en,nb,lang`: dataset titles; `lang` is the language of the `nb` cell: `nb` where a
 *   Norwegian title exists (or the title is ours), `en` where the original is kept (then `nb` repeats it, to be shown
 *   marked as English).
 * - `regulation_models.csv` `field,en,nb`: jurisdiction, substance and model of regulation_models.csv, by English text.
 *
 * Pure: `checkTranslations` takes the parsed reference tables and reports into the caller's ProblemLog.
 */
import { checkCells } from './cellRules.ts';
import { parseCsv } from './csv.ts';
import { POLICY_RULES } from './policyRules.ts';
import { ProblemLog, show } from './problems.ts';
import { FLAGS, type Indicator, type RegulationModel, type Source } from './types.ts';
import { TOPICS } from './parse.ts';

export const NB = 'i18n/nb';
export const NB_FILES = {
	indicators: `${NB}/indicators.csv`,
	vocabulary: `${NB}/vocabulary.csv`,
	sources: `${NB}/sources.csv`,
	regulationModels: `${NB}/regulation_models.csv`
} as const;
export const NB_FILE_LIST: string[] = Object.values(NB_FILES);

const COLUMNS: Record<string, string[]> = {
	[NB_FILES.indicators]: ['indicator_id', 'field', 'en', 'nb'],
	[NB_FILES.vocabulary]: ['field', 'value', 'en', 'nb'],
	[NB_FILES.sources]: ['source_id', 'field', 'en', 'nb', 'lang'],
	[NB_FILES.regulationModels]: ['field', 'en', 'nb']
};

export const INDICATOR_TEXT_FIELDS = ['label', 'short_label', 'unit', 'description', 'formula', 'caveat'] as const;
export type IndicatorTextField = (typeof INDICATOR_TEXT_FIELDS)[number];
export const SOURCE_TEXT_FIELDS = ['title'] as const;
export const REGULATION_TEXT_FIELDS = ['jurisdiction', 'substance', 'model'] as const;
/** `lang` of a source title: `nb` translated (or ours), `en` the original kept because no Norwegian title exists. */
export const TITLE_LANGS = ['nb', 'en'] as const;

/** Vocabularies that live in the data layer: the policy fields with a closed list, topics and flags. */
export function dataVocabularies(): Record<string, readonly string[]> {
	const out: Record<string, readonly string[]> = {};
	for (const [field, rule] of Object.entries(POLICY_RULES)) if (rule.kind === 'vocabulary') out[field] = rule.values;
	out.topic = TOPICS;
	out.flag = FLAGS.filter(Boolean);
	return out;
}
/** The vocabulary field whose values are the event types used in policy_events.csv. */
export const EVENT_TYPE_FIELD = 'event_type';
/** Vocabularies defined in code outside the data layer (stats/reformKinds.ts); checked when the caller passes their values. */
export const CODE_VOCABULARY_FIELDS = ['reform_kind'] as const;

export interface TranslationRow {
	line: number;
	cells: Record<string, string>;
}

/** What the checks need to know of the English package; a table is null when it cannot be trusted (its own problems). */
export interface EnglishPackage {
	indicators: { rows: Indicator[]; lines: number[] } | null;
	sources: { rows: Source[]; lines: number[] } | null;
	/** Event type -> line of its first use in policy_events.csv. */
	eventTypes: Map<string, number> | null;
	regulationModels: { rows: RegulationModel[]; lines: number[] } | null;
	/** Values of code vocabularies (reform_kind), when the caller knows them. */
	codeVocabularies: Record<string, readonly string[]>;
}

/** Read one translation file: header, cells, and empty or untrimmed text. Returns null when its columns are wrong. */
export function readTranslationFile(text: string, path: string, log: ProblemLog): TranslationRow[] | null {
	const table = parseCsv(text, path, log);
	checkCells(table, log);
	const want = COLUMNS[path]!;
	const missing = want.filter((c) => !table.header.includes(c));
	const extra = table.header.filter((c) => !want.includes(c));
	if (missing.length || extra.length) {
		log.add(path, 1, `columns must be ${want.join(',')}${missing.length ? `; missing ${missing.join(', ')}` : ''}${extra.length ? `; unknown ${extra.join(', ')}` : ''}`);
		return null;
	}
	for (const { line, cells } of table.rows) {
		for (const c of ['en', 'nb']) {
			const v = cells[c] ?? '';
			if (!v.trim()) log.add(path, line, `empty ${c === 'nb' ? 'Norwegian' : 'English'} text (column ${c}) for ${keyOf(path, cells)}`);
			else if (v !== v.trim()) log.add(path, line, `column ${c} of ${keyOf(path, cells)} starts or ends with white space`);
		}
	}
	return table.rows;
}

function keyOf(path: string, c: Record<string, string>): string {
	if (path === NB_FILES.indicators) return `${c.indicator_id} ${c.field}`;
	if (path === NB_FILES.vocabulary) return `${c.field} = ${c.value}`;
	if (path === NB_FILES.sources) return `${c.source_id} ${c.field}`;
	return `${c.field} ${show(c.en)}`;
}

/** A row whose key is listed twice: the second is the problem. */
function duplicates(path: string, rows: TranslationRow[], key: (c: Record<string, string>) => string, log: ProblemLog): Map<string, TranslationRow> {
	const seen = new Map<string, TranslationRow>();
	for (const r of rows) {
		const k = key(r.cells);
		const first = seen.get(k);
		if (first) log.add(path, r.line, `duplicate translation of ${keyOf(path, r.cells)} (first at line ${first.line})`);
		else seen.set(k, r);
	}
	return seen;
}

const stale = (what: string, now: string) => `the English of ${what} has changed since this was translated (it now reads ${show(now)}): translate it again and copy the new English into column en`;

export function checkIndicatorTranslations(rows: TranslationRow[], en: EnglishPackage['indicators'], log: ProblemLog): void {
	const path = NB_FILES.indicators;
	const byKey = duplicates(path, rows, (c) => `${c.indicator_id}\u0000${c.field}`, log);
	if (!en) return;
	const byId = new Map(en.rows.map((r, i) => [r.indicator_id, { row: r, line: en.lines[i]! }]));
	for (const r of byKey.values()) {
		const { indicator_id: id = '', field = '', en: english = '' } = r.cells;
		const ind = byId.get(id);
		if (!ind) log.add(path, r.line, `unknown indicator ${show(id)} (not in indicators.csv)`);
		else if (!(INDICATOR_TEXT_FIELDS as readonly string[]).includes(field)) log.add(path, r.line, `unknown field ${show(field)}: translated fields are ${INDICATOR_TEXT_FIELDS.join(', ')}`);
		else {
			const now = ind.row[field as IndicatorTextField] ?? '';
			if (!now) log.add(path, r.line, `${id} has no ${field} in indicators.csv: remove this row`);
			else if (english !== now) log.add(path, r.line, stale(`${id} ${field}`, now));
		}
	}
	for (const { row, line } of byId.values())
		for (const f of INDICATOR_TEXT_FIELDS)
			if (row[f] && !byKey.has(`${row.indicator_id}\u0000${f}`)) log.add('indicators.csv', line, `${row.indicator_id}: no Norwegian translation of column ${f} (add a row "${row.indicator_id},${f},…" to ${path})`);
}

export function checkVocabularyTranslations(rows: TranslationRow[], en: EnglishPackage, log: ProblemLog): void {
	const path = NB_FILES.vocabulary;
	const byKey = duplicates(path, rows, (c) => `${c.field}\u0000${c.value}`, log);
	const closed: Record<string, readonly string[]> = { ...dataVocabularies(), ...en.codeVocabularies };
	const known = new Set([...Object.keys(closed), EVENT_TYPE_FIELD, ...CODE_VOCABULARY_FIELDS]);
	for (const r of byKey.values()) {
		const { field = '', value = '' } = r.cells;
		if (!known.has(field)) log.add(path, r.line, `unknown field ${show(field)}: translated vocabularies are ${[...known].join(', ')}`);
		else if (field === EVENT_TYPE_FIELD) {
			if (en.eventTypes && !en.eventTypes.has(value)) log.add(path, r.line, `unknown event type ${show(value)}: no event in policy_events.csv has it (remove the row)`);
		} else if (closed[field] && !closed[field]!.includes(value)) log.add(path, r.line, `unknown value ${show(value)} for ${field}: it is one of ${closed[field]!.join(', ')}`);
	}
	for (const [field, values] of Object.entries(closed))
		for (const v of values) if (!byKey.has(`${field}\u0000${v}`)) log.add(path, 0, `no Norwegian translation of ${field} = ${v} (add a row "${field},${v},…")`);
	if (en.eventTypes)
		for (const [type, line] of en.eventTypes)
			if (!byKey.has(`${EVENT_TYPE_FIELD}\u0000${type}`)) log.add('policy_events.csv', line, `event type ${show(type)} has no Norwegian name (add a row "${EVENT_TYPE_FIELD},${type},…" to ${path})`);
}

export function checkSourceTranslations(rows: TranslationRow[], en: EnglishPackage['sources'], log: ProblemLog): void {
	const path = NB_FILES.sources;
	const byKey = duplicates(path, rows, (c) => `${c.source_id}\u0000${c.field}`, log);
	for (const r of byKey.values()) {
		const { lang = '', nb = '', en: english = '' } = r.cells;
		if (!(TITLE_LANGS as readonly string[]).includes(lang)) log.add(path, r.line, `lang ${show(lang)} must be nb (translated) or en (the original title kept)`);
		else if (lang === 'en' && nb !== english) log.add(path, r.line, `lang en means the original title is kept: column nb must repeat column en`);
	}
	if (!en) return;
	const byId = new Map(en.rows.map((r, i) => [r.source_id, { row: r, line: en.lines[i]! }]));
	for (const r of byKey.values()) {
		const { source_id: id = '', field = '', en: english = '' } = r.cells;
		const src = byId.get(id);
		if (!src) log.add(path, r.line, `unknown source ${show(id)} (not in sources.csv)`);
		else if (!(SOURCE_TEXT_FIELDS as readonly string[]).includes(field)) log.add(path, r.line, `unknown field ${show(field)}: translated fields are ${SOURCE_TEXT_FIELDS.join(', ')}`);
		else if (english !== src.row.title) log.add(path, r.line, stale(`${id} title`, src.row.title));
	}
	for (const { row, line } of byId.values())
		for (const f of SOURCE_TEXT_FIELDS)
			if (!byKey.has(`${row.source_id}\u0000${f}`)) log.add('sources.csv', line, `${row.source_id}: no Norwegian ${f} (add a row "${row.source_id},${f},…" to ${path}; lang en keeps the original)`);
}

export function checkRegulationTranslations(rows: TranslationRow[], en: EnglishPackage['regulationModels'], log: ProblemLog): void {
	const path = NB_FILES.regulationModels;
	const byKey = duplicates(path, rows, (c) => `${c.field}\u0000${c.en}`, log);
	if (!en) return;
	const used = new Map<string, { field: string; line: number }>();
	en.rows.forEach((m, i) => {
		for (const f of REGULATION_TEXT_FIELDS) {
			const k = `${f}\u0000${m[f]}`;
			if (m[f] && !used.has(k)) used.set(k, { field: f, line: en.lines[i]! });
		}
	});
	for (const [k, r] of byKey) {
		const field = r.cells.field ?? '';
		if (!(REGULATION_TEXT_FIELDS as readonly string[]).includes(field)) log.add(path, r.line, `unknown field ${show(field)}: translated fields are ${REGULATION_TEXT_FIELDS.join(', ')}`);
		else if (!used.has(k)) log.add(path, r.line, `no model in regulation_models.csv has ${field} ${show(r.cells.en)} (changed or removed? translate the new English)`);
	}
	for (const [k, u] of used) if (!byKey.has(k)) log.add('regulation_models.csv', u.line, `no Norwegian translation of column ${u.field} ${show(k.split('\u0000')[1])} (add a row to ${path})`);
}

/** The Norwegian text of each key, for the pages (`indicator_id field`, `field value`, `source_id field`, `field en`). */
export function translationIndex(path: string, rows: TranslationRow[]): Map<string, string> {
	return new Map(rows.map((r) => [keyOf(path, r.cells), r.cells.nb ?? '']));
}
