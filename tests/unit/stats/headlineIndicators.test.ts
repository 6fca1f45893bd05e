import { describe, expect, it } from 'vitest';
import { HEADLINE_RULE, headlineIndicators } from '../../../src/lib/stats/headlineIndicators.ts';
import { isModelled } from '../../../src/lib/stats/modelled.ts';

const SOURCES: Record<string, string> = {
	gbd2019_drug_disorder_death_rate: 'ihme-gbd2019',
	gbd2017_drug_disorder_death_rate: 'ihme-gbd2017',
	emcdda_drug_induced_death_rate_15_64: 'emcdda-statistical-bulletin-2019',
	nrs_drug_misuse_death_rate: 'nrs-drug-related-deaths-2023',
	cdc_overdose_death_rate: 'cdc-nchs-hus-95ax-ymtc'
};
const pick = (ids: string[]) => headlineIndicators(ids, (id) => SOURCES[id]);

describe('headlineIndicators', () => {
	it('takes a national statistics series before EMCDDA, and EMCDDA before the modelled GBD rate', () => {
		expect(pick(['gbd2019_drug_disorder_death_rate', 'emcdda_drug_induced_death_rate_15_64'])[0]).toEqual({
			slot: 'deaths',
			indicator_id: 'emcdda_drug_induced_death_rate_15_64',
			modelled: false
		});
		expect(pick(['gbd2019_drug_disorder_death_rate', 'nrs_drug_misuse_death_rate'])[0]!.indicator_id).toBe(
			'nrs_drug_misuse_death_rate'
		);
		expect(pick(['gbd2019_drug_disorder_death_rate', 'cdc_overdose_death_rate'])[0]!.indicator_id).toBe(
			'cdc_overdose_death_rate'
		);
	});

	it('falls back to GBD 2019, then GBD 2017, and says they are modelled', () => {
		expect(pick(['gbd2017_drug_disorder_death_rate', 'gbd2019_drug_disorder_death_rate'])).toEqual([
			{ slot: 'deaths', indicator_id: 'gbd2019_drug_disorder_death_rate', modelled: true }
		]);
		expect(pick(['gbd2017_drug_disorder_death_rate'])).toEqual([
			{ slot: 'deaths', indicator_id: 'gbd2017_drug_disorder_death_rate', modelled: true }
		]);
	});

	it('takes the latest UNAIDS release with data for HIV, then new diagnoses attributed to injecting', () => {
		const hiv = (ids: string[]) => pick(ids).find((p) => p.slot === 'hiv')?.indicator_id;
		expect(hiv(['hiv_prevalence_pwid_unaids2014', 'hiv_prevalence_pwid_unaids2019'])).toBe(
			'hiv_prevalence_pwid_unaids2019'
		);
		expect(hiv(['hiv_prevalence_pwid_unaids2014', 'hiv_new_diagnoses_pwid_per_million'])).toBe(
			'hiv_prevalence_pwid_unaids2014'
		);
		expect(hiv(['hiv_new_diagnoses_pwid_per_million'])).toBe('hiv_new_diagnoses_pwid_per_million');
	});

	it('keeps slot order whatever the input order, and leaves out a slot with no candidate', () => {
		const ids = ['unodc_prisoners_drug_offences_share', 'wpb2018_prison_rate', 'gbd2019_drug_disorder_death_rate'];
		expect(pick(ids).map((p) => `${p.slot}:${p.indicator_id}`)).toEqual([
			'deaths:gbd2019_drug_disorder_death_rate',
			'prison:wpb2018_prison_rate',
			'prisonDrugs:unodc_prisoners_drug_offences_share'
		]);
		expect(pick(['unodc_prison_rate', 'wpb2018_prison_rate']).map((p) => p.indicator_id)).toEqual([
			'unodc_prison_rate'
		]);
		expect(pick(['emcdda_dlo_cannabis_use', 'unodc_prisoners_drug_offences'])).toEqual([]);
	});

	it('names each candidate in one slot only, and only GBD sources as modelled', () => {
		const all = HEADLINE_RULE.flatMap((s) => s.candidates);
		expect(new Set(all).size).toBe(all.length);
		expect(isModelled('ihme-gbd2019')).toBe(true);
		expect(isModelled('emcdda-statistical-bulletin-2019')).toBe(false);
	});
});
