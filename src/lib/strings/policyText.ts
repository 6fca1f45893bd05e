/**
 * Free text of the policy table (notes, models, event descriptions) as a reader sees it: a vocabulary code quoted in
 * a note ("'subnational_variation' reflects state laws") becomes its label, and ASCII comparisons become symbols
 * ("<=10-day supply" -> "≤10-day supply"). Nothing else is changed. Pure.
 *
 * `lang` is the language the text is written in, not the page's: the notes and event descriptions exist only in
 * English, and Norwegian pages show them in English (marked lang="en"), so their codes become English labels there
 * too. A Norwegian sentence that quotes a code gets the Norwegian label, in «».
 */
import { coreText } from './core.ts';
import type { Lang } from './lang.ts';

/**
 * The labels of the codes, from the core catalogue in `lang` (through coreText, so English pages never import the
 * Norwegian words: those come with loadLang, strings/lang.ts).
 */
const CODES: Partial<Record<Lang, Record<string, string>>> = {};
const codesOf = (lang: Lang) => {
	const p = coreText[lang].policy;
	return (CODES[lang] ??= { ...p.possession, ...p.cannabisModel });
};
const QUOTE: Record<Lang, (s: string) => string> = { en: (s) => `“${s}”`, nb: (s) => `«${s}»` };

export function policyText(text: string, lang: Lang = 'en'): string {
	const codes = codesOf(lang);
	return text
		.replace(/['‘’"“”«»]?\b([a-z]+(?:_[a-z]+)+)\b['‘’"“”«»]?/g, (m, code: string) =>
			codes[code] ? QUOTE[lang](codes[code]!.toLowerCase()) : m
		)
		.replace(/<=/g, '≤')
		.replace(/>=/g, '≥')
		.replace(/\s->\s/g, ' → ');
}
