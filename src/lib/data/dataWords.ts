/**
 * The data's own words in the page's language: indicator labels, units, definitions and caveats, source titles and
 * place names, taken from `data/i18n/nb/*.csv` and the `nb` rows of `place_names.csv` (server/dataWords.ts reads them)
 * and put in place of the English in the same shapes (IndicatorLite, PlaceLite, Indicator, Source …), so components
 * show what they are given and never translate a data word themselves.
 *
 * A text that stays English on a Norwegian page is named in `inEnglish` (components give it `lang="en"`): a source
 * title whose original is kept (`lang` en in i18n/nb/sources.csv), or a translation that is missing — a data:check
 * error (translations.ts, checkIndicatorTranslations / checkSourceTranslations; validate.ts for place names), which a
 * build that skipped the check still survives: the English is shown, marked, never an empty label. Pure.
 */
import type { Lang } from '../strings/lang.ts';
import { INDICATOR_TEXT_FIELDS, type IndicatorTextField } from './translations.ts';

/** Names of the fields of an object whose text is English on a page in another language. */
export interface InEnglish {
	inEnglish?: string[];
}

/** Whether `field` of `obj` (a loader's indicator, source, place) was left in English. */
export function inEnglish(obj: object, field: string): boolean {
	return (obj as InEnglish).inEnglish?.includes(field) ?? false;
}

export interface DataWords {
	lang: Lang;
	/** `"<indicator_id> <field>"` -> text (the keys of translations.ts `translationIndex`). */
	indicators: ReadonlyMap<string, string>;
	/** source_id -> title and the language it is in (`en`: the original English title is kept). */
	sources: ReadonlyMap<string, { title: string; lang: Lang }>;
	/** iso3 -> the place's name. */
	places: ReadonlyMap<string, string>;
	/** Told once per text that had to fall back to English (the build logs it). */
	onMissing?: (what: string) => void;
}

/** The English words: everything is given back as it is. */
export const ENGLISH_WORDS: DataWords = { lang: 'en', indicators: new Map(), sources: new Map(), places: new Map() };

function withEnglish<T extends object>(obj: T, fields: string[]): T & InEnglish {
	if (!fields.length) return obj;
	const had = (obj as InEnglish).inEnglish ?? [];
	return { ...obj, inEnglish: [...new Set([...had, ...fields])] };
}

/** An indicator (or any slice of one) with its label, short label, unit, description, formula and caveat in `words`' language. */
export function indicatorInLang<T extends { indicator_id: string }>(ind: T, words: DataWords): T & InEnglish {
	if (words.lang === 'en') return ind;
	const out: Record<string, unknown> = { ...ind };
	const english: string[] = [];
	for (const f of INDICATOR_TEXT_FIELDS) {
		const now = (ind as Partial<Record<IndicatorTextField, unknown>>)[f];
		if (typeof now !== 'string' || !now) continue;
		const text = words.indicators.get(`${ind.indicator_id} ${f}`);
		if (text) out[f] = text;
		else {
			english.push(f);
			words.onMissing?.(`${ind.indicator_id} ${f}`);
		}
	}
	return withEnglish(out as T, english);
}

/** A source with its title in `words`' language, or the English original marked as such. */
export function sourceInLang<T extends { source_id: string; title: string }>(src: T, words: DataWords): T & InEnglish {
	if (words.lang === 'en') return src;
	const t = words.sources.get(src.source_id);
	if (!t) words.onMissing?.(`${src.source_id} title`);
	const out = t ? { ...src, title: t.title } : src;
	return withEnglish(out, !t || t.lang === 'en' ? ['title'] : []);
}

/** A place's name in `words`' language (`english` when it has none there), and whether it is the English. */
export function placeNameIn(iso3: string, english: string, words: DataWords): { name: string; inEnglish: boolean } {
	if (words.lang === 'en') return { name: english, inEnglish: false };
	const name = words.places.get(iso3);
	if (!name) words.onMissing?.(`${iso3} name`);
	return name ? { name, inEnglish: false } : { name: english, inEnglish: true };
}

/** A place (any object with iso3 and name) with its name in `words`' language. */
export function placeInLang<T extends { iso3: string; name: string }>(place: T, words: DataWords): T & InEnglish {
	if (words.lang === 'en') return place;
	const n = placeNameIn(place.iso3, place.name, words);
	return withEnglish({ ...place, name: n.name }, n.inEnglish ? ['name'] : []);
}
