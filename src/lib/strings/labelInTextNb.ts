/**
 * An indicator label as it reads inside a Norwegian sentence (bokmål): the Norwegian counterpart of labelInText.ts.
 * Norwegian lower-cases more than English: common nouns, and also nationality words and language names
 * ("europeisk", "amerikansk", "skotsk"), so only names keep their capital — places (the caller's, data/place_names.csv
 * in bokmål), a few names that are always capitalised (Europa, EU, FN, Norden) and their genitives ("Skottlands",
 * "EUs"). Acronyms and words with inner capitals keep theirs ("LAR-pasienter", "PWID"); "hiv" and "aids" are written in
 * small letters in Norwegian already ("Hiv-forekomst" -> "hiv-forekomst"). A trailing unit hint becomes words:
 * "Innsatte for narkotikalovbrudd (%)" -> "andel innsatte for narkotikalovbrudd", "… (antall)" -> "antall …". Pure.
 */
const ALWAYS_CAPITAL = ['Europa', 'EU', 'FN', 'Norden', 'WHO', 'UNAIDS', 'UNODC', 'EMCDDA', 'EUDA'];
const UNIT_HINTS: [RegExp, string][] = [
	[/\s*\(%\)\s*$/, 'andel '],
	[/\s*\((antall|count)\)\s*$/, 'antall ']
];
const LETTER = /\p{Lu}/u;

function keepsCapital(text: string, names: Iterable<string>): boolean {
	for (const n of [...ALWAYS_CAPITAL, ...names]) {
		if (!n || !text.startsWith(n)) continue;
		const next = text.charAt(n.length);
		// The name itself, or its genitive ("Skottlands", "EUs"), followed by a word boundary.
		if (next === '' || /[\s,;:()’'-]/.test(next)) return true;
		if (next === 's' && (text.length === n.length + 1 || /[\s,;:()]/.test(text.charAt(n.length + 1)))) return true;
	}
	return false;
}

export function labelInTextNb(label: string, names: Iterable<string> = []): string {
	for (const [hint, words] of UNIT_HINTS)
		if (hint.test(label)) return words + labelInTextNb(label.replace(hint, ''), names);
	const text = label.trim();
	const first = text.split(/[\s,;:()]/, 1)[0] ?? '';
	if (!first) return text;
	// An acronym or a word with inner capitals (LAR-pasienter, PWID, GBD, MDMA): keep as is.
	if (LETTER.test(first.slice(1))) return text;
	if (!LETTER.test(first.charAt(0))) return text;
	if (keepsCapital(text, names)) return text;
	return text.charAt(0).toLocaleLowerCase('nb') + text.slice(1);
}

/** The same label at the start of a Norwegian sentence: "hiv-forekomst, PWID" -> "Hiv-forekomst, PWID". */
export function labelAtStartNb(label: string, names: Iterable<string> = []): string {
	const t = labelInTextNb(label, names);
	return t.charAt(0).toLocaleUpperCase('nb') + t.slice(1);
}
