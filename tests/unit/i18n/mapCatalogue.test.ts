/**
 * The Norwegian map catalogue against the English reference: every key in both, and no English left in the Norwegian
 * (a leaf equal to its English is allowed only where the word truly is the same in bokmål: ALLOWED below). Functions
 * are called with the same sample arguments in both languages and must write different text.
 */
import { describe, expect, it } from 'vitest';
import { mapEn } from '../../../src/lib/strings/mapEn';
import { mapNb } from '../../../src/lib/strings/mapNb';
import { nb } from '../../../src/lib/strings/nb';

/** Leaves that are the same word in bokmål ("Pause", "Start"), and functions that pass a name or label through. */
const ALLOWED = new Set(['pause', 'table.from', 'summary.measureInText', 'summary.place']);
/** Taken from the core catalogue as they are (its owner translates them there). */
const FROM_CORE = new Set(['topics']);

/** A sample argument that reads as a string, a number, a list of names and a summary place. */
const sample = () => Object.assign(new String('Xland'), { name: 'Xland', value: '7' }) as unknown as string;

type Leaf = { path: string; en: unknown; nb: unknown };
function leaves(en: unknown, nbv: unknown, path = ''): Leaf[] {
	if (en && typeof en === 'object' && !Array.isArray(en))
		return [...new Set([...Object.keys(en), ...Object.keys((nbv as object) ?? {})])].flatMap((k) =>
			leaves(
				(en as Record<string, unknown>)[k],
				(nbv as Record<string, unknown> | undefined)?.[k],
				path ? `${path}.${k}` : k
			)
		);
	return [{ path, en, nb: nbv }];
}
const all = leaves(mapEn, mapNb).filter((l) => !FROM_CORE.has(l.path.split('.')[0]!));

describe('the Norwegian map catalogue', () => {
	it('has every key of the English, of the same kind, and no more', () => {
		const wrong = all.filter((l) => typeof l.en !== typeof l.nb || Array.isArray(l.en) !== Array.isArray(l.nb));
		expect(wrong.map((l) => l.path)).toEqual([]);
		expect(all.length).toBeGreaterThan(100);
	});

	it('functions take the same number of arguments in both languages', () => {
		const fns = all.filter((l) => typeof l.en === 'function');
		expect(fns.filter((l) => (l.en as () => void).length !== (l.nb as () => void).length).map((l) => l.path)).toEqual(
			[]
		);
	});

	it('leaves no English in the Norwegian', () => {
		const text = (v: unknown, path: string) => {
			if (typeof v !== 'function') return JSON.stringify(v);
			const f = v as (...a: unknown[]) => unknown;
			const args = Array.from({ length: f.length }, sample);
			// Functions whose arguments are codes or lists, not names: called with real ones.
			const real: Record<string, unknown[]> = {
				'summary.change': ['change', 2015, 2019, 'x', args[4], null, 'n'],
				'cannabis.category': ['licensed_retail'],
				'cannabis.value': ['licensed_retail', 2018, true],
				'cannabis.summary': [2019, [['Xland model', ['Xland']]]]
			};
			return String(f(...(real[path] ?? args)));
		};
		const same = all.filter((l) => !ALLOWED.has(l.path) && text(l.en, l.path) === text(l.nb, l.path));
		expect(same.map((l) => `${l.path}: ${text(l.nb, l.path)}`)).toEqual([]);
		// The allow-list is not stale: each allowed leaf really is the same in both.
		expect(
			[...ALLOWED].filter((p) => {
				const l = all.find((x) => x.path === p);
				return !l || text(l.en, p) !== text(l.nb, p);
			})
		).toEqual([]);
	});

	it('search words are Norwegian: each topic has its own list, with the words people type', () => {
		for (const topic of Object.keys(mapEn.topicKeywords)) {
			expect(mapNb.topicKeywords[topic], topic).toBeDefined();
			expect(mapNb.topicKeywords[topic]).not.toEqual(mapEn.topicKeywords[topic]);
		}
		const words = Object.values(mapNb.topicKeywords).flat();
		for (const w of ['overdose', 'sprøyte', 'fengsel', 'LAR', 'innsatte', 'sprøyteutdeling'])
			expect(words).toContain(w);
		expect(mapNb.topics).toBe(nb.topics);
	});

	it('uses the glossary terms and Norwegian quotation marks', () => {
		const nbText = all.map((l) => (typeof l.nb === 'function' ? '' : JSON.stringify(l.nb))).join(' ');
		expect(mapNb.policyLegend.notCriminal).toContain('besittelse til eget bruk'.replace(/^b/, 'B'));
		expect(mapNb.loadFailed.indicator('A', 'B')).toBe(
			'Kunne ikke laste dataene for «A»: filen mangler eller er skadet. Viser fortsatt «B».'
		);
		expect(nbText).not.toMatch(/dekriminalis|sprøytebytte|fanger/i);
	});
});
