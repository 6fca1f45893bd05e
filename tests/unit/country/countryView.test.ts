/**
 * The country profile's view (server/countryView.ts) and the sentences the page builds from it (strings/country*.ts),
 * in English and Norwegian: a reformer (Portugal), a place with no policy facts or events (Afghanistan) and a part of
 * the UK (Scotland). Expectations are written by hand from data/ (policy_events.csv, observations, countries.csv).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { seriesDigest } from '../../../src/lib/charts/seriesDigest.ts';
import { decodeSeries } from '../../../src/lib/data/compactSeries.ts';
import { countryView, type CountryView } from '../../../src/lib/server/countryView.ts';
import { countryText } from '../../../src/lib/strings/country.ts';
import { numbersText } from '../../../src/lib/strings/numbers.ts';
import { coreText } from '../../../src/lib/strings/core.ts';
import { setActiveLang, type Lang } from '../../../src/lib/strings/lang.ts';
import { policyDate } from '../../../src/lib/strings/policyDate.ts';

afterEach(() => setActiveLang('en'));

const view = (iso3: string, lang: Lang): CountryView => {
	const v = countryView(iso3, lang);
	expect(v, iso3).not.toBeNull();
	return v!;
};
/** The lede as the page writes it: the catalogue's words around the reform's title. */
const lede = (v: CountryView, lang: Lang) => {
	const [before, after] = countryText[lang].reformLede(
		v.reform!.year,
		v.reform!.basis === 'policies',
		!!v.reform!.title
	);
	return `${before}${v.reform!.title}${after}`;
};
/** The first headline card's numbers in words, in `lang` (as HeadlineCard and IndicatorRow write them: seriesDigest in the page language). */
const digestOf = (v: CountryView, lang: Lang) => {
	setActiveLang(lang);
	const card = v.headline[0]!;
	const series = decodeSeries(
		{ indicator: card.indicator, data: { [v.place.iso3]: card.points } },
		[v.place.iso3],
		() => v.place.name
	);
	const d = seriesDigest(series[0]!.points, card.indicator.decimals, lang)!;
	return {
		digest: numbersText[lang].digest({ unit: card.indicator.unit, ...d }),
		latest: `${d.latest.value}${numbersText[lang].latestYear(d.latest.year)}`,
		first: numbersText[lang].firstValue(d.first!.value, d.first!.year)
	};
};

describe('Portugal (a reformer) in both languages', () => {
	const en = view('PRT', 'en');
	const nb = view('PRT', 'nb');

	it('says which language its words are in, and keeps the data the same', () => {
		expect(en.lang).toBe('en');
		expect(nb.lang).toBe('nb');
		expect(nb.reform).toEqual(en.reform);
		expect(nb.events).toEqual(en.events);
		expect(nb.headline.map((c) => c.indicator.indicator_id)).toEqual(en.headline.map((c) => c.indicator.indicator_id));
		expect(nb.headline[0]!.points).toEqual(en.headline[0]!.points);
	});

	it('names its region and subregion in the page language, and keeps the M49 codes for the peer rule', () => {
		expect([en.place.regionName, en.place.subregionName]).toEqual(['Europe', 'Southern Europe']);
		expect([nb.place.regionName, nb.place.subregionName]).toEqual(['Europa', 'Sør-Europa']);
		expect([nb.place.region, nb.place.subregion]).toEqual(['Europe', 'Southern Europe']);
	});

	it('writes the lede around the reform’s own (English) title', () => {
		expect(en.reform).toMatchObject({ year: 2001, title: 'Law 30/2000 in force', basis: 'event' });
		expect(lede(en, 'en')).toBe('Possession for personal use decriminalised: 2001 (Law 30/2000 in force).');
		expect(lede(nb, 'nb')).toBe('Besittelse til eget bruk avkriminalisert: 2001 (Law 30/2000 in force).');
	});

	it('labels the reform marker in the core catalogue of the view’s language', () => {
		for (const [v, lang] of [
			[en, 'en'],
			[nb, 'nb']
		] as const) {
			const reform = v.markers.find((m) => m.x === 2001 && m.key === 'PRT');
			const cw = coreText[lang];
			expect(reform?.label, lang).toBe(cw.chart.reformMarkerOwn(cw.chart.reformWords.decriminalisation!, 2001));
		}
		expect(en.markers.find((m) => m.x === 2001)?.label).toBe('decriminalised 2001');
	});

	it('dates the timeline through Intl, never more precisely than the source', () => {
		expect(en.events.map((e) => e.date)).toEqual(['1999-04-22', '2001-07-01', '2018', '2019']);
		expect(en.events.map((e) => countryText.en.timeline.date(e.date))).toEqual([
			'22 Apr 1999',
			'1 Jul 2001',
			'2018',
			'2019'
		]);
		expect(nb.events.map((e) => countryText.nb.timeline.date(e.date))).toEqual([
			'22. apr. 1999',
			'1. juli 2001',
			'2018',
			'2019'
		]);
	});

	it('gives the latest value with a decimal comma in Norwegian (EMCDDA drug-induced deaths, 2013 4.1 → 2016 4.5)', () => {
		expect(en.headline[0]!.indicator.indicator_id).toBe('emcdda_drug_induced_death_rate_15_64');
		const e = digestOf(en, 'en');
		const n = digestOf(nb, 'nb');
		const unit = en.headline[0]!.indicator.unit;
		expect(e.latest).toBe('4.5, 2016');
		expect(n.latest).toBe('4,5, 2016');
		expect(e.first).toBe('4.1 in 2013');
		expect(n.first).toBe('4,1 i 2013');
		expect(e.digest).toBe(`${unit}. 2013: 4.1 → 2016: 4.5 (4 of 4 years with data).`);
		expect(n.digest).toBe(`${unit}. 2013: 4,1 → 2016: 4,5 (4 av 4 år med data).`);
	});
});

describe('Afghanistan (no policy facts, no events)', () => {
	const en = view('AFG', 'en');
	const nb = view('AFG', 'nb');

	it('has no policy, no events, no reform and no markers in either language', () => {
		for (const v of [en, nb]) {
			expect(v.policy).toBeNull();
			expect(v.events).toEqual([]);
			expect(v.reform).toBeNull();
			expect(v.markers).toEqual([]);
		}
		expect(nb.place.subregionName).toBe('Sør-Asia');
	});

	it('says so in each language’s own words', () => {
		expect(countryText.en.card.noFacts(en.place.name)).toBe(
			'No policy facts for Afghanistan in this package yet: every item below is unknown.'
		);
		expect(countryText.nb.card.noFacts(nb.place.name)).toBe(
			'Ingen fakta om narkotikapolitikken i Afghanistan i denne pakken ennå: alle punktene nedenfor er ukjente.'
		);
		expect(countryText.nb.timeline.noEvents(nb.place.name)).toBe(
			'Ingen daterte hendelser i narkotikapolitikken for Afghanistan i denne pakken ennå.'
		);
	});
});

describe('Scotland (a part of the UK)', () => {
	const en = view('GB-SCT', 'en');
	const nb = view('GB-SCT', 'nb');

	it('is a sub-national place of the United Kingdom with its English note', () => {
		for (const v of [en, nb]) {
			expect(v.place.kind).toBe('subnational');
			// Place names come from the data's loaders (English until the Norwegian names reach countries()).
			expect(v.parent).toBe('United Kingdom');
			expect(v.place.note).toBe('ISO 3166-2:GB code.');
			expect(v.policy).toBeNull();
		}
		expect(countryText.en.partOf(en.parent!)).toBe('Part of United Kingdom.');
		expect(countryText.nb.partOf(nb.parent!)).toBe('Del av United Kingdom.');
		expect([nb.place.regionName, nb.place.subregionName]).toEqual(['Europa', 'Nord-Europa']);
	});

	it('leads with its own deaths series (NRS) and the prison series, the same in both languages', () => {
		const slots = (v: CountryView) => v.headline.map((c) => `${c.slot}:${c.indicator.indicator_id}`);
		expect(slots(en)).toEqual([
			'deaths:nrs_drug_misuse_death_rate',
			'prison:unodc_prison_rate',
			'prisonDrugs:unodc_prisoners_drug_offences_share'
		]);
		expect(slots(nb)).toEqual(slots(en));
		expect(en.headline.map((c) => countryText.en.slot[c.slot])).toEqual([
			'Drug deaths',
			'Prison',
			'Prison: drug offences'
		]);
		expect(nb.headline.map((c) => countryText.nb.slot[c.slot])).toEqual([
			'Narkotikadødsfall',
			'Fengsel',
			'Fengsel: narkotikalovbrudd'
		]);
	});
});

describe('policyDate', () => {
	it('formats a day, a month and a year as precisely as given, and leaves anything else alone', () => {
		expect(policyDate('2019-10', 'en')).toBe('Oct 2019');
		expect(policyDate('2019-10', 'nb')).toBe('okt. 2019');
		expect(policyDate('2021-12-06', 'nb')).toBe('6. des. 2021');
		expect(policyDate('2021', 'nb')).toBe('2021');
		expect(policyDate('2021-13', 'en')).toBe('2021-13');
		expect(policyDate('2021-02-30', 'nb')).toBe('2021-02-30');
		expect(policyDate('spring 2021', 'nb')).toBe('spring 2021');
	});
});
