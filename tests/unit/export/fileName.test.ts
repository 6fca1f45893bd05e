import { describe, expect, it } from 'vitest';
import { fileName, slug } from '../../../src/lib/export/fileName.ts';
import { pageHead, pageMeta, siteOrigin } from '../../../src/lib/export/pageMeta.ts';
import { shareText } from '../../../src/lib/strings/share.ts';
import { shareMenuText } from '../../../src/lib/strings/shareMenu.ts';

describe('file names', () => {
	it('slugs the indicator and view into lower-case ASCII words', () => {
		expect(slug('Drug deaths: Portugal & Czechia, 2000–2019')).toBe('drug-deaths-portugal-czechia-2000-2019');
		expect(slug('Åland Ø café')).toBe('aland-o-cafe');
		expect(slug('Nøkkeltall: Færøyene, Straße')).toBe('nokkeltall-faeroyene-strasse');
		expect(fileName(['gbd2019_drug_disorder_death_rate', 'PRT~CZE', 'slide'], 'png')).toBe(
			'gbd2019-drug-disorder-death-rate-prt-cze-slide.png'
		);
		expect(fileName(['', '***'], 'csv')).toBe('drug-policy-explorer.csv');
		expect(slug('x'.repeat(200)).length).toBe(80);
	});

	it('in Norwegian: the same slugs, the fallback name, and the words the menu adds', () => {
		expect(fileName(['', '***'], 'csv', 'nb')).toBe('drug-policy-explorer.csv');
		expect(
			fileName(['gbd2019_drug_disorder_death_rate', 'PRT~CZE', shareText.nb.file.presets.slide], 'png', 'nb')
		).toBe('gbd2019-drug-disorder-death-rate-prt-cze-lysbilde.png');
		expect(fileName([shareMenuText.nb.country.file('NOR')], 'csv', 'nb')).toBe('nor-nokkeltall.csv');
		expect(fileName([shareMenuText.en.country.file('NOR')], 'csv', 'en')).toBe('nor-key-numbers.csv');
	});
});

describe('page meta', () => {
	it('per route, with the country’s name on a country page; anything else gets the site’s own', () => {
		expect(pageMeta('/country/[iso3]', { place: { name: 'Portugal' } })).toMatchObject({
			title: 'Portugal: drug policy and outcomes',
			type: 'article'
		});
		expect(pageMeta('/map').description).toMatch(/maps of drug deaths/);
		expect(pageMeta('/country/[iso3]', { place: { name: 'Portugal' } }, 'nb')).toMatchObject({
			title: 'Portugal: narkotikapolitikk og utfall',
			type: 'article'
		});
		expect(pageMeta('/compare', {}, 'nb').title).toBe('Sammenlign land');
		expect(pageMeta(null)).toEqual({
			title: 'Drug Policy Explorer',
			description: expect.stringContaining('Every number sourced'),
			type: 'website'
		});
	});

	it('the head of a page: locales and hreflang alternates of every edition, under the base path, absolute with a site address', () => {
		const nb = pageHead('/map', {}, 'nb', {
			pathname: '/explorer/nb/map',
			base: '/explorer',
			siteUrl: 'https://dpe.example'
		});
		expect(nb).toMatchObject({
			title: 'Kart: narkotikadødsfall, hiv, fengsel og narkotikalover etter land',
			siteName: 'Drug Policy Explorer',
			locale: 'nb_NO',
			localeAlternates: ['en_GB'],
			url: 'https://dpe.example/explorer/nb/map'
		});
		expect(nb.alternates).toEqual([
			{ hreflang: 'en', href: 'https://dpe.example/explorer/map' },
			{ hreflang: 'nb', href: 'https://dpe.example/explorer/nb/map' },
			{ hreflang: 'x-default', href: 'https://dpe.example/explorer/map' }
		]);
		const home = pageHead('/', {}, 'en', { pathname: '/', base: '', siteUrl: '' });
		expect(home.url).toBe('');
		expect(home.locale).toBe('en_GB');
		expect(home.alternates.map((a) => a.href)).toEqual(['/', '/nb', '/']);
	});

	it('PUBLIC_SITE_URL: an http(s) origin (a path is left to BASE_PATH), anything else is none', () => {
		expect(siteOrigin('https://dpe.example/explorer/')).toBe('https://dpe.example');
		expect(siteOrigin(' https://dpe.example ')).toBe('https://dpe.example');
		expect(siteOrigin('javascript:alert(1)')).toBe('');
		expect(siteOrigin('not a url')).toBe('');
		expect(siteOrigin(undefined)).toBe('');
	});
});
