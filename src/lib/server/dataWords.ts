/**
 * The data's own words of a language, for the loaders and endpoints (data/dataWords.ts puts them in place): Norwegian
 * indicator texts and source titles from data/i18n/nb/, place names from the `nb` rows of place_names.csv. Read once
 * per build. A text missing in Norwegian (a data:check error) is logged once and shown in English, marked.
 */
import { ENGLISH_WORDS, type DataWords } from '$lib/data/dataWords';
import { NB_FILES, translationIndex } from '$lib/data/translations';
import type { Lang } from '$lib/strings/lang';
import { placeNames, translationRows } from './data';

const reported = new Set<string>();
function onMissing(what: string): void {
	if (reported.has(what)) return;
	reported.add(what);
	console.warn(
		`No Norwegian text for ${what}: shown in English, marked lang="en" (npm run data:check lists every gap)`
	);
}

let nb: DataWords | null = null;

function norwegian(): DataWords {
	if (nb) return nb;
	const sources = new Map<string, { title: string; lang: Lang }>();
	for (const r of translationRows(NB_FILES.sources)) {
		const { source_id = '', field, nb: text = '', lang } = r.cells;
		if (field === 'title' && text) sources.set(source_id, { title: text, lang: lang === 'nb' ? 'nb' : 'en' });
	}
	const places = new Map<string, string>();
	for (const n of placeNames()) if (n.kind === 'nb' && n.name && !places.has(n.iso3)) places.set(n.iso3, n.name);
	const indicators = new Map(
		[...translationIndex(NB_FILES.indicators, translationRows(NB_FILES.indicators))].filter(([, t]) => t)
	);
	return (nb = { lang: 'nb', indicators, sources, places, onMissing });
}

/** The data words of `lang` (English: the package as it is). */
export function dataWords(lang: Lang): DataWords {
	return lang === 'en' ? ENGLISH_WORDS : norwegian();
}
