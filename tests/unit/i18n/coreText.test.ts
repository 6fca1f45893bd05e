/**
 * The core and site catalogues in both languages: the same keys and kinds of value (TypeScript checks the shape; this checks
 * what it cannot: no English left in the Norwegian strings, functions taking the same number of arguments), and the
 * Norwegian sentences against hand-written expectations (own word order, gender, plurals, «»).
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/lib/strings/en';
import { nb } from '../../../src/lib/strings/nb';
import { siteEn } from '../../../src/lib/strings/siteEn';
import { siteNb } from '../../../src/lib/strings/siteNb';
import { siteText } from '../../../src/lib/strings/site';
import { countryNb } from '../../../src/lib/strings/countryNb';
import { dataPageNb } from '../../../src/lib/strings/dataPageNb';
import { errorPageNb } from '../../../src/lib/strings/errorPageNb';
import { coreText } from '../../../src/lib/strings/core';
import { pick, setActiveLang } from '../../../src/lib/strings/lang';
import { policyText } from '../../../src/lib/strings/policyText';
import { placeInText } from '../../../src/lib/strings/placeInText';

type Leaf = { path: string; value: unknown };
function leaves(o: unknown, path = ''): Leaf[] {
	if (o && typeof o === 'object' && !Array.isArray(o))
		return Object.entries(o).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
	if (Array.isArray(o)) return o.flatMap((v, i) => leaves(v, `${path}[${i}]`));
	return [{ path, value: o }];
}

/** Strings that are the same in both languages on purpose: names, codes, our brand. */
const SAME = new Set(['siteName', 'language.names.en', 'language.names.nb', 'nav.data', 'flags.revised', 'topics.hiv']);

describe('core and site catalogues', () => {
	// One key space: the site catalogue's keys are the ones it took from the core catalogue (strings/site.ts).
	const enLeaves = new Map([...leaves(en), ...leaves(siteEn)].map((l) => [l.path, l.value]));
	const nbLeaves = new Map([...leaves(nb), ...leaves(siteNb)].map((l) => [l.path, l.value]));

	it('has the same keys in both languages, with values of the same kind', () => {
		expect([...nbLeaves.keys()].filter((k) => !enLeaves.has(k))).toEqual([]);
		expect([...enLeaves.keys()].filter((k) => !nbLeaves.has(k))).toEqual([]);
		const kind = (v: unknown) => (typeof v === 'function' ? `function/${(v as () => void).length}` : typeof v);
		const differ = [...enLeaves].filter(([k, v]) => kind(v) !== kind(nbLeaves.get(k))).map(([k]) => k);
		expect(differ).toEqual([]);
	});

	it('leaves no English string in the Norwegian catalogue (except names kept on purpose)', () => {
		const same = [...enLeaves]
			.filter(([k, v]) => typeof v === 'string' && v === nbLeaves.get(k) && !SAME.has(k))
			.map(([k, v]) => `${k}: ${String(v)}`);
		expect(same).toEqual([]);
	});

	it('is picked by the document language', () => {
		setActiveLang('nb');
		expect(pick(siteText).nav.map).toBe('Kart');
		expect(pick(coreText).noData).toBe(nb.noData);
		setActiveLang('en');
		expect(pick(siteText).nav.map).toBe('Map');
		expect(pick(coreText).noData).toBe('no data');
	});

	it('writes Norwegian sentences, not English patterns', () => {
		const p = nb.policy;
		expect(p.spanWords({ jurisdictionType: 'state', jurisdiction: 'Oregon', from: 2021, to: 2024 })).toBe(
			'i én delstat: Oregon, 2021–2024'
		);
		expect(p.spanWords({ jurisdictionType: 'territory', jurisdiction: 'ACT', from: 2020, to: null })).toBe(
			'i ett territorium: ACT, siden 2020'
		);
		expect(
			p.subnationalNote(
				p.spanWords({ jurisdictionType: 'province', jurisdiction: 'British Columbia', from: 2023, to: 2026 })
			)
		).toBe('Avkriminalisering i én provins: British Columbia, 2023–2026; ikke nasjonal lov.');
		expect(countryNb.card.possessionYear('criminal', '1990')).toBe('gjeldende lov fra 1990');
		expect(countryNb.card.possessionYear('decriminalised_de_jure', '2001')).toBe('siden 2001');
		expect(countryNb.card.gdpi('74', '1')).toBe('74 av 100, plass 1 av 30');
		expect(nb.picker.added('Nederland', 'Holland')).toBe('Nederland lagt til (funnet med «Holland»).');
		expect(nb.picker.none('xyz')).toBe('Fant ikke noe sted som heter «xyz».');
		expect(nb.chart.unlabelled(1)).toBe('Uten navn ved enden av linjen (ikke plass):');
		expect(nb.chart.unlabelled(3)).toBe('Uten navn ved enden av linjene (ikke plass), 3 linjer:');
		expect(dataPageNb.places(1, '1')).toBe('1 sted');
		expect(dataPageNb.values(1234, '1\u00a0234')).toBe('1\u00a0234 verdier');
		expect(errorPageNb.notFound.noCountry('XXX')).toMatch(/^Vi har ingen landside for «XXX»\./);
		expect(
			countryNb.peerRule({
				name: 'Norge',
				subregion: 'Nord-Europa',
				region: 'Europa',
				indicator: 'x',
				reformYear: null
			})
		).toContain('lå nivået i Norge i de fem årene fram til siste år med data');
	});
});

describe('policyText and placeInText take the language of their sentence', () => {
	it('turns a quoted code into the label of that language, in its quotation marks', () => {
		expect(policyText("Federal crime; 'subnational_variation' reflects state laws.")).toBe(
			'Federal crime; “varies by state or province” reflects state laws.'
		);
		expect(policyText('Koden «subnational_variation» gjelder delstatene.', 'nb')).toBe(
			'Koden «varierer mellom delstater eller provinser» gjelder delstatene.'
		);
		expect(policyText('(<=10 g) -> 6 g', 'nb')).toBe('(≤10 g) → 6 g');
	});

	it('puts "the" before the names that take it in English, and nothing in Norwegian', () => {
		expect(placeInText('Netherlands')).toBe('the Netherlands');
		expect(placeInText('Portugal')).toBe('Portugal');
		expect(placeInText('Nederland', 'nb')).toBe('Nederland');
		expect(placeInText('Netherlands', 'nb')).toBe('Netherlands');
	});
});
