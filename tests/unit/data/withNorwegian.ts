/**
 * Test helper: give a small hand-built package the Norwegian files every package now needs (data/i18n/nb/*.csv and a
 * bokmål name per place in place_names.csv), derived from its own English tables, so a test about something else
 * starts from a valid package. Each Norwegian text is "nb: " + the English, which no check mistakes for English.
 */
import { parseCsv, toCsv } from '../../../src/lib/data/csv.ts';
import { dataVocabularies, INDICATOR_TEXT_FIELDS, NB_FILES, REGULATION_TEXT_FIELDS } from '../../../src/lib/data/translations.ts';

const rowsOf = (files: Record<string, string>, f: string) => (files[f] ? parseCsv(files[f]!, f).rows.map((r) => r.cells) : []);

export function withNorwegian(files: Record<string, string>): Record<string, string> {
	const out = { ...files };
	const ind = rowsOf(files, 'indicators.csv').flatMap((c) =>
		INDICATOR_TEXT_FIELDS.filter((f) => c[f]).map((f) => ({ indicator_id: c.indicator_id!, field: f, en: c[f]!, nb: `nb: ${c[f]}` }))
	);
	out[NB_FILES.indicators] = toCsv(ind, ['indicator_id', 'field', 'en', 'nb']);
	const vocab: { field: string; value: string; en: string; nb: string }[] = [];
	for (const [field, values] of Object.entries(dataVocabularies())) for (const v of values) vocab.push({ field, value: v, en: v, nb: `nb: ${v}` });
	const types = [...new Set(rowsOf(files, 'policy_events.csv').map((e) => e.event_type!))];
	for (const t of types) vocab.push({ field: 'event_type', value: t, en: t, nb: `nb: ${t}` });
	out[NB_FILES.vocabulary] = toCsv(vocab, ['field', 'value', 'en', 'nb']);
	out[NB_FILES.sources] = toCsv(
		rowsOf(files, 'sources.csv').map((s) => ({ source_id: s.source_id!, field: 'title', en: s.title!, nb: s.title!, lang: 'en' })),
		['source_id', 'field', 'en', 'nb', 'lang']
	);
	const seen = new Set<string>();
	const models: { field: string; en: string; nb: string }[] = [];
	for (const m of rowsOf(files, 'regulation_models.csv'))
		for (const f of REGULATION_TEXT_FIELDS)
			if (m[f] && !seen.has(`${f} ${m[f]}`)) {
				seen.add(`${f} ${m[f]}`);
				models.push({ field: f, en: m[f]!, nb: `nb: ${m[f]}` });
			}
	out[NB_FILES.regulationModels] = toCsv(models, ['field', 'en', 'nb']);
	if (!out['place_names.csv']) out['place_names.csv'] = toCsv(rowsOf(files, 'countries.csv').map((c) => ({ iso3: c.iso3!, name: `nb ${c.name}`, kind: 'nb' })), ['iso3', 'name', 'kind']);
	return out;
}
