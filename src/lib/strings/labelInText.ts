/**
 * An indicator label as it reads inside an English sentence. The first letter is lower-cased only when the first word
 * is an ordinary word ("Drug-induced deaths 15–64" -> "drug-induced deaths 15–64"); acronyms and names keep their
 * capitals ("HIV prevalence, PWID", "US overdose deaths", "Scotland drug misuse deaths", "Canada …"). A trailing unit
 * hint becomes words, so no "(%) (51.1 %" reaches the reader: "Prisoners held for drug offences (%)" -> "share of
 * prisoners held for drug offences", "… (count)" -> "number of …".
 * Names are the places the caller knows (data/countries.csv), plus a few words that are always capitalised.
 * With `lang` 'nb' the Norwegian rules apply instead (labelInTextNb.ts: Norwegian lower-cases differently).
 */
import type { Lang } from './lang.ts';
import { labelAtStartNb, labelInTextNb } from './labelInTextNb.ts';

const ALWAYS_CAPITAL = ['Europe', 'European', 'EU', 'UN', 'English', 'Scottish', 'Canadian', 'American', 'Portuguese'];
const UNIT_HINTS: [RegExp, string][] = [
	[/\s*\(%\)\s*$/, 'share of '],
	[/\s*\(count\)\s*$/, 'number of ']
];

export function labelInText(label: string, names: Iterable<string> = [], lang: Lang = 'en'): string {
	if (lang === 'nb') return labelInTextNb(label, names);
	for (const [hint, words] of UNIT_HINTS)
		if (hint.test(label)) return words + labelInText(label.replace(hint, ''), names);
	const text = label.trim();
	const first = text.split(/[\s,;:()]/, 1)[0] ?? '';
	if (!first) return text;
	// An acronym or a word with inner capitals (HIV, US, MDMA, GBD): keep as is.
	if (/[A-Z]/.test(first.slice(1))) return text;
	if (!/^[A-Z]/.test(first)) return text;
	for (const n of [...ALWAYS_CAPITAL, ...names]) {
		if (n && text.startsWith(n) && (text.length === n.length || /[\s,;:()’']/.test(text.charAt(n.length)))) return text;
	}
	return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The same label at the start of a sentence: "drug-induced deaths" -> "Drug-induced deaths"; "HIV …" unchanged. */
export function labelAtStart(label: string, names: Iterable<string> = [], lang: Lang = 'en'): string {
	if (lang === 'nb') return labelAtStartNb(label, names);
	const t = labelInText(label, names);
	return t.charAt(0).toUpperCase() + t.slice(1);
}
