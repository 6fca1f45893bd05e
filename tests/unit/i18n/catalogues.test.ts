/**
 * Every area catalogue (strings/<area>.ts: `<area>Text`, English from <area>En.ts, Norwegian from nbCatalogues.ts):
 * the Norwegian has the same keys as the English, with values of the same kind (functions with as many arguments),
 * and — for the page catalogues split out of the core one — no English string left in it, names kept on purpose
 * aside. TypeScript checks the shape of each; this checks what it cannot, for all areas at once, so a new area is
 * checked the day it is added to nbCatalogues.ts.
 */
import { describe, expect, it } from 'vitest';
import { nbCatalogues } from '../../../src/lib/strings/nbCatalogues';

const modules = import.meta.glob<Record<string, unknown>>('../../../src/lib/strings/*.ts', { eager: true });
/** area -> its English catalogue, from every `<area>Text` (core.ts: coreText). */
const english = new Map<string, unknown>();
for (const mod of Object.values(modules))
	for (const [name, value] of Object.entries(mod))
		if (name.endsWith('Text') && value && typeof value === 'object' && 'en' in value)
			english.set(name.slice(0, -'Text'.length), (value as { en: unknown }).en);

type Leaf = { path: string; value: unknown };
/** `lists`: a list's items one by one; else a list (search keywords, notes) is one leaf, as long as a language needs. */
function leaves(o: unknown, lists = false, path = ''): Leaf[] {
	if (Array.isArray(o) && lists) return o.flatMap((v, i) => leaves(v, lists, `${path}[${i}]`));
	if (o && typeof o === 'object' && !Array.isArray(o))
		return Object.entries(o).flatMap(([k, v]) => leaves(v, lists, path ? `${path}.${k}` : k));
	return [{ path, value: Array.isArray(o) ? 'list' : o }];
}
/** Maps whose keys are the data's (region names), not the catalogue's: either language lists what it names. */
const OPEN: Record<string, string[]> = { country: ['regions.'], vocabulary: [''] };
const closed = (area: string) => (path: string) => !(OPEN[area] ?? []).some((p) => path.startsWith(p));

const kind = (v: unknown) => (typeof v === 'function' ? `function/${(v as () => void).length}` : typeof v);

/** Strings the same in both languages on purpose (names, our brand), per page area. */
const SAME: Record<string, string[]> = {
	about: ['citeText.link'],
	dataPage: ['title'],
	home: [],
	errorPage: [],
	numbers: [],
	shareMenu: []
};

describe('area catalogues', () => {
	it('every area with a Norwegian catalogue has an English one, and the other way round', () => {
		expect([...english.keys()].sort()).toEqual(Object.keys(nbCatalogues).sort());
	});

	for (const [area, nb] of Object.entries(nbCatalogues)) {
		it(`${area}: the same keys in both languages, values of the same kind`, () => {
			const keep = closed(area);
			const en = new Map(
				leaves(english.get(area))
					.filter((l) => keep(l.path))
					.map((l) => [l.path, l.value])
			);
			const no = new Map(
				leaves(nb)
					.filter((l) => keep(l.path))
					.map((l) => [l.path, l.value])
			);
			expect(
				[...no.keys()].filter((k) => !en.has(k)),
				'only in Norwegian'
			).toEqual([]);
			expect(
				[...en.keys()].filter((k) => !no.has(k)),
				'only in English'
			).toEqual([]);
			expect([...en].filter(([k, v]) => kind(v) !== kind(no.get(k))).map(([k]) => k)).toEqual([]);
		});
	}

	for (const [area, same] of Object.entries(SAME)) {
		it(`${area}: no English string left in the Norwegian words`, () => {
			const no = new Map(leaves(nbCatalogues[area as keyof typeof nbCatalogues], true).map((l) => [l.path, l.value]));
			const left = leaves(english.get(area), true)
				.filter((l) => typeof l.value === 'string' && l.value === no.get(l.path) && !same.includes(l.path))
				.map((l) => `${l.path}: ${String(l.value)}`);
			expect(left).toEqual([]);
		});
	}
});
