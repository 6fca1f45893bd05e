/**
 * docs/glossary-nb.md is the rule for the Norwegian terms; this holds the translations in data/i18n/nb/ and the
 * message catalogues (src/lib/strings/) to it: where the English says "opioid substitution treatment", the Norwegian says LAR, and no
 * Norwegian text uses a form the glossary avoids ("opioidsubstitusjonsbehandling", "sprøytemisbrukere", …).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseCsv } from '../../../src/lib/data/csv';
import { NB_FILE_LIST } from '../../../src/lib/data/translations';

interface Term {
	english: string;
	bokmal: string;
	avoid: string[];
	test: { en: string; nb: string } | null;
}

/** The glossary's table, row by row. */
export function readGlossary(md: string): Term[] {
	const rows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---') && !l.startsWith('| English'));
	return rows.map((l) => {
		const [english, bokmal, avoid, test] = l
			.split('|')
			.slice(1, -1)
			.map((c) => c.trim());
		const t = test && test !== '—' ? test.split('⇒').map((s) => s.trim()) : null;
		if (t && (t.length !== 2 || !t[0] || !t[1])) throw new Error(`glossary: bad Test cell in: ${l}`);
		return {
			english: english!,
			bokmal: bokmal!,
			avoid: avoid
				? avoid
						.split(',')
						.map((s) => s.trim())
						.filter(Boolean)
				: [],
			test: t ? { en: t[0]!, nb: t[1]! } : null
		};
	});
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An all-capitals term (LAR, OST) is a word in capitals; anything else a case-insensitive substring. */
const matcher = (term: string) =>
	/^[A-Z]{2,}$/.test(term) ? new RegExp(`(^|[^\\p{L}])${esc(term)}($|[^\\p{L}])`, 'u') : new RegExp(esc(term), 'iu');

const glossary = readGlossary(readFileSync('docs/glossary-nb.md', 'utf8'));
/** Every English → Norwegian pair of the data translations and the message catalogue. */
const pairs: { where: string; en: string; nb: string }[] = [];
for (const path of NB_FILE_LIST) {
	const file = `data/${path}`;
	for (const { line, cells } of parseCsv(readFileSync(file, 'utf8'), file).rows) {
		// A source title kept in its original language (lang en) is English on purpose.
		if (cells.lang === 'en') continue;
		pairs.push({ where: `${file}:${line}`, en: cells.en ?? '', nb: cells.nb ?? '' });
	}
}
/**
 * Every message catalogue (src/lib/strings/<area>.ts exporting `<area>Text = { en, nb }`), walked leaf by leaf: each
 * string in English beside the Norwegian at the same key. Functions are skipped (their sentences are tested with
 * their arguments beside each catalogue), and so is a string still identical to the English (not translated yet:
 * tests/e2e/nb.e2e.ts and each catalogue's own test catch those).
 */
const modules = import.meta.glob<Record<string, unknown>>('../../../src/lib/strings/*.ts', { eager: true });
function walk(where: string, e: unknown, n: unknown): void {
	if (typeof e === 'string') {
		if (typeof n === 'string' && n !== e) pairs.push({ where, en: e, nb: n });
	} else if (e && typeof e === 'object' && n && typeof n === 'object')
		for (const [k, v] of Object.entries(e)) {
			const m = (n as Record<string, unknown>)[k];
			// A list of search words (mapText.topicKeywords) is each language's own, not translated item by item:
			// the lists are compared whole.
			if (Array.isArray(v) && Array.isArray(m) && v.every((x) => typeof x === 'string'))
				walk(`${where}.${k}`, v.join(', '), m.join(', '));
			else walk(`${where}.${k}`, v, m);
		}
}
let catalogues = 0;
for (const [file, mod] of Object.entries(modules))
	for (const [name, value] of Object.entries(mod)) {
		const c = value as { en?: unknown; nb?: unknown } | null;
		if (!name.endsWith('Text') || !c || typeof c !== 'object' || !c.en || !c.nb) continue;
		catalogues++;
		walk(`${file.replace(/^.*\/src\//, 'src/')} ${name}`, c.en, c.nb);
	}

describe('the Norwegian glossary', () => {
	it('is a table of terms, most of them checked', () => {
		expect(glossary.length).toBeGreaterThan(20);
		expect(catalogues).toBeGreaterThanOrEqual(7);
		expect(glossary.filter((t) => t.test).length).toBeGreaterThan(20);
		const lar = glossary.find((t) => t.english.startsWith('opioid substitution treatment'))!;
		expect(lar.bokmal).toBe('legemiddelassistert rehabilitering (LAR)');
		expect(lar.avoid).toContain('opioidsubstitusjonsbehandling');
	});

	it('matches acronyms as words: OST is not "most" or "cost"', () => {
		expect(matcher('OST').test('the most cost')).toBe(false);
		expect(matcher('OST').test('OST clients')).toBe(true);
		expect(matcher('LAR').test('LAR-pasienter')).toBe(true);
		expect(matcher('LAR').test('klar')).toBe(false);
	});

	it.each(glossary.filter((t) => t.test).map((t) => [t.test!.en, t.test!.nb] as const))(
		'where the English says "%s", the Norwegian says "%s"',
		(en, nb) => {
			const e = matcher(en);
			const n = matcher(nb);
			const used = pairs.filter((p) => e.test(p.en));
			const wrong = used.filter((p) => !n.test(p.nb)).map((p) => `${p.where}: ${p.nb}`);
			expect(wrong).toEqual([]);
		}
	);

	it('no Norwegian text uses a form the glossary avoids', () => {
		const avoided = glossary.flatMap((t) => t.avoid.map((a) => ({ a, term: t.bokmal })));
		const found = pairs.flatMap((p) =>
			avoided.filter(({ a }) => matcher(a).test(p.nb)).map(({ a, term }) => `${p.where}: "${a}" (use ${term})`)
		);
		expect(found).toEqual([]);
	});

	it('would catch the forms it forbids', () => {
		const avoid = glossary.flatMap((t) => t.avoid);
		expect(avoid.some((a) => matcher(a).test('Pasienter i opioidsubstitusjonsbehandling'))).toBe(true);
		expect(avoid.some((a) => matcher(a).test('antall sprøytemisbrukere'))).toBe(true);
	});
});
