/**
 * The country page, its embed and its link preview in the page's language: the reform rule, the embed's words and
 * the preview's description follow `lang`; the numbers do not.
 */
import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../../src/lib/data/dataWords';
import { pageMeta } from '../../../src/lib/export/pageMeta';
import { countryEmbedView } from '../../../src/lib/server/countryEmbedView';
import { countryView } from '../../../src/lib/server/countryView';
import { decriminalisation } from '../../../src/lib/stats/reform';

describe('the country page in a language', () => {
	it('states the decriminalisation rule in the page language, with the same reform year', () => {
		const en = countryView('PRT', 'en')!;
		const nb = countryView('PRT', 'nb')!;
		expect(en.ruleText).toBe(decriminalisation('en').rule);
		expect(nb.ruleText).toBe(decriminalisation('nb').rule);
		expect(nb.ruleText).not.toBe(en.ruleText);
		expect(nb.reform?.year).toBe(2001);
		expect(nb.reform?.year).toBe(en.reform?.year);
	});

	it('gives the embed the Norwegian reform rule words and data words, the same points', () => {
		const en = countryEmbedView('PRT', 'en')!;
		const nb = countryEmbedView('PRT', 'nb')!;
		expect(nb.cards.map((c) => c.points)).toEqual(en.cards.map((c) => c.points));
		expect(nb.cards[0]!.indicator.short_label).not.toBe(en.cards[0]!.indicator.short_label);
		expect(nb.markers.find((m) => m.major)!.label).not.toBe(en.markers.find((m) => m.major)!.label);
		// A kept English title is marked so the page can set lang="en" on it.
		const titles = nb.cards.flatMap((c) => c.sources);
		expect(titles.some((s) => inEnglish(s, 'title'))).toBe(true);
		expect(en.cards.flatMap((c) => c.sources).some((s) => inEnglish(s, 'title'))).toBe(false);
	});

	it('writes the link preview of a country page in the page language', () => {
		const nb = pageMeta('/country/[iso3]', { place: { name: 'Norge' } }, 'nb');
		expect(nb.title).toContain('Norge');
		expect(nb.description).toMatch(/^Norge: narkotikadødsfall/);
		expect(pageMeta('/country/[iso3]', { place: { name: 'Norway' } }, 'en').description).toMatch(
			/^Norway: drug deaths/
		);
	});
});
