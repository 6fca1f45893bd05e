/**
 * The policy card and timeline as rendered on the server, in each language: the card's and timeline's own words in
 * the page language, event dates through Intl, and the free text that exists only in English (notes, models, event
 * titles and descriptions) marked lang="en" with a «på engelsk» mark on Norwegian pages — and left plain on English
 * ones. A source's own sentence is not marked (it is in the source's language, German for some).
 */
import { render } from 'svelte/server';
import { afterEach, describe, expect, it } from 'vitest';
import PolicyCard from '../../../src/lib/components/country/PolicyCard.svelte';
import PolicyTimeline from '../../../src/lib/components/country/PolicyTimeline.svelte';
import { countryView } from '../../../src/lib/server/countryView.ts';
import { setActiveLang, type Lang } from '../../../src/lib/strings/lang.ts';

afterEach(() => setActiveLang('en'));

function html(lang: Lang, iso3: string, what: 'card' | 'timeline'): string {
	setActiveLang(lang);
	const v = countryView(iso3, lang)!;
	const out =
		what === 'card'
			? render(PolicyCard, { props: { name: v.place.name, policy: v.policy, cells: v.cells, citations: v.citations } })
			: render(PolicyTimeline, {
					props: { events: v.events, name: v.place.name, reform: v.reform, citations: v.citations }
				});
	// Without Svelte's comments and scoping classes: the markup as a reader's browser builds it.
	return out.body
		.replace(/<!--[^>]*-->/g, '')
		.replace(/\s*svelte-[a-z0-9]+/g, '')
		.replace(/ class=""/g, '');
}
/** The fact of `field` (its <div data-field> … </div>, up to the next fact). */
const fact = (h: string, field: string) => {
	const at = h.indexOf(`data-field="${field}"`);
	expect(at, field).toBeGreaterThan(0);
	const next = h.indexOf('data-field="', at + 12);
	return h.slice(at, next < 0 ? undefined : next);
};

describe('the policy timeline', () => {
	it('Portugal in Norwegian: Intl dates, the English title marked once, the description marked lang="en"', () => {
		const h = html('nb', 'PRT', 'timeline');
		expect(h).toContain('Tidslinje for narkotikapolitikken');
		expect(h).toContain('<time datetime="2001-07-01">1. juli 2001</time>');
		expect(h).toContain('<time datetime="2018">2018</time>');
		expect(h).toMatch(
			/<strong lang="en">Law 30\/2000 in force<\/strong> <span class="lang-mark[^"]*" data-lang-mark="">på engelsk<\/span>/
		);
		expect(h).toMatch(/<p lang="en">Acquisition, possession and use for personal consumption \(≤10-day supply\)/);
		// One mark per event (at its title), not one per text.
		expect((h.match(/data-lang-mark/g) ?? []).length).toBe(4);
		expect(h).toContain('Kilder:');
	});

	it('Portugal in English: the same texts, no lang attribute and no mark', () => {
		const h = html('en', 'PRT', 'timeline');
		expect(h).toContain('Timeline of policy events');
		expect(h).toContain('<time datetime="2001-07-01">1 Jul 2001</time>');
		expect(h).toContain('<strong>Law 30/2000 in force</strong>');
		expect(h).not.toContain('lang="en"');
		expect(h).not.toContain('data-lang-mark');
	});

	it('a place without events says so in Norwegian', () => {
		expect(html('nb', 'AFG', 'timeline')).toContain(
			'Ingen daterte hendelser i narkotikapolitikken for Afghanistan i denne pakken ennå.'
		);
	});
});

describe('the policy card', () => {
	it('Norway in Norwegian: its own words, the free-text model and notes marked lang="en"', () => {
		const h = html('nb', 'NOR', 'card');
		expect(h).toContain('<h2 id="policy-h">Narkotikapolitikk</h2>');
		expect(h).toContain('<dt>Besittelse til eget bruk</dt>');
		expect(h).toContain('<dt>Legemiddelassistert rehabilitering (LAR)</dt>');
		expect(fact(h, 'possession_status')).toContain(', gjeldende lov fra 1992');
		expect(fact(h, 'possession_status')).not.toContain('lang="en"');
		expect(fact(h, 'possession_model')).toMatch(
			/<span class="value" lang="en">use and possession of small quantities are offences under the Act on Medicinal Products \(1992\)/
		);
		expect(fact(h, 'possession_model')).toContain('>på engelsk</span>');
		expect(fact(h, 'hat_model')).toMatch(/lang="en">clinic-based supervised diacetylmorphine/);
		expect(h).toMatch(/<strong>Merknader:<\/strong> <span lang="en">Possession is a criminal offence\./);
		expect(h).toContain('Heroinassistert behandling (HAB)');
	});

	it('Norway in English: no lang attribute, no mark, the English words', () => {
		const h = html('en', 'NOR', 'card');
		expect(fact(h, 'possession_status')).toContain('Criminal offence, current law from 1992');
		expect(h).toContain('<strong>Notes:</strong> <span>Possession is a criminal offence.');
		expect(h).not.toContain('lang="en"');
		expect(h).not.toContain('data-lang-mark');
	});

	it('a place without policy facts: every item unknown, in Norwegian', () => {
		const h = html('nb', 'AFG', 'card');
		expect(h).toContain('Ingen fakta om narkotikapolitikken i Afghanistan i denne pakken ennå');
		expect(fact(h, 'oat')).toContain('Ukjent (ikke funnet i kildene vi har lest)');
		expect(h).not.toContain('lang="en"');
	});

	it('does not mark a source’s own sentence as English (Germany quotes German law)', () => {
		const h = html('nb', 'DEU', 'card');
		expect(h).toMatch(/<blockquote>gesetzliche Zulassung Diamorphins/);
	});
});
