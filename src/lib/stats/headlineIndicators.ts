/**
 * Which indicators a country page leads with. Pure.
 *
 * A page leads with up to four headline slots, in this order, each filled by the first candidate the place has data
 * for (a slot with no candidate is left out, never filled with something else):
 *
 * 1. Drug deaths — the best national measure: a national statistics office's own series where we hold one (NRS for
 *    Scotland, NCHS/CDC for the United States, PHAC for Canada), else EMCDDA drug-induced deaths per million aged
 *    15–64 (Europe), else the GBD modelled rate (IHME GBD 2019, then GBD 2017) as the global fallback. GBD values are
 *    modelled estimates, not counts of registered deaths: `modelled` says so (see stats/modelled.ts).
 * 2. HIV among people who inject drugs — the latest UNAIDS release that has data for the place (GAM 2019, then
 *    AIDSinfo 2014); failing both, new HIV diagnoses attributed to injecting (UNAIDS AIDSinfo 2014, WHO Europe).
 * 3. Prison — persons held per 100,000 (UNODC; World Prison Brief 2018 where UNODC has none).
 * 4. Prison, drug offences — share of persons held who are held for drug offences (UNODC counts, our division).
 *
 * National series are single-place by nature, so their order among themselves only matters if a place ever had two.
 */
import { isModelled } from './modelled.ts';

export type HeadlineSlot = 'deaths' | 'hiv' | 'prison' | 'prisonDrugs';

export const HEADLINE_RULE: readonly { slot: HeadlineSlot; candidates: readonly string[] }[] = [
	{
		slot: 'deaths',
		candidates: [
			'nrs_drug_misuse_death_rate',
			'cdc_overdose_death_rate',
			'phac_opioid_death_rate',
			'emcdda_drug_induced_death_rate_15_64',
			'gbd2019_drug_disorder_death_rate',
			'gbd2017_drug_disorder_death_rate'
		]
	},
	{
		slot: 'hiv',
		candidates: [
			'hiv_prevalence_pwid_unaids2019',
			'hiv_prevalence_pwid_unaids2014',
			'hiv_new_diagnoses_pwid_per_million'
		]
	},
	{ slot: 'prison', candidates: ['unodc_prison_rate', 'wpb2018_prison_rate'] },
	{ slot: 'prisonDrugs', candidates: ['unodc_prisoners_drug_offences_share'] }
];

export interface HeadlinePick {
	slot: HeadlineSlot;
	indicator_id: string;
	/** True when the values are modelled estimates (GBD), not counts or rates of recorded events. */
	modelled: boolean;
}

/**
 * The headline indicators of a place, in slot order. `withData`: ids of the indicators the place has at least one
 * value for; `sourceOf`: the main source of an indicator (to say which picks are modelled).
 */
export function headlineIndicators(
	withData: Iterable<string>,
	sourceOf: (indicatorId: string) => string | undefined
): HeadlinePick[] {
	const has = new Set(withData);
	return HEADLINE_RULE.flatMap(({ slot, candidates }) => {
		const id = candidates.find((c) => has.has(c));
		return id ? [{ slot, indicator_id: id, modelled: isModelled(sourceOf(id) ?? '') }] : [];
	});
}
