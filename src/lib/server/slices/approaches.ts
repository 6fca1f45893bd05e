/**
 * The build-time slice of /approaches (issue 9): the policy facts every rule reads (policies.csv fields, the events
 * they date), the short citations of their refs, place names, the outcome indicators offered (one definition each),
 * the default outcome's and the scatter measures' rows for the countries with a policy record, and the §5 narrative
 * numbers, read from data/ here (never typed). Other outcomes load on demand from /compare/data/<id>.json.
 * Server-only (prerender).
 */
import type { Indicator } from '$lib/data/types';
import { refList } from '$lib/stats/possessionStatus';
import type { TypologyEvent } from '$lib/stats/policyFactInYear';
import { X_INDICATORS, type ScatterPolicy } from '$lib/stats/approachScatter';
import { narrativeNumbers } from '$lib/stats/approachNarratives';
import { serializeCompareView } from '$lib/state/compareState';
import type { ApproachesData, Narrative, OutcomeInfo, Row } from '$lib/state/approachesState';
import type { Lang } from '$lib/strings/lang';
import { compareSlice } from './compare';
import { shortCitationsOf } from '$lib/server/compareData';
import { countries, indicators, observations, policies, policyEvents, sources } from '$lib/server/data';
import { dataWords } from '$lib/server/dataWords';
import { indicatorInLang, placeNameIn, sourceInLang, type DataWords } from '$lib/data/dataWords';

/**
 * Outcomes offered, in picker order: rates only (a count is not comparable between countries), each one definition
 * from one source (groupTrends.ts refuses a mix).
 */
const OUTCOMES = [
	'gbd2019_drug_disorder_death_rate',
	'emcdda_drug_induced_death_rate_15_64',
	'gbd2017_opioid_death_rate',
	'hiv_new_diagnoses_pwid_per_million',
	'hiv_prevalence_pwid_unaids2019',
	'hiv_prevalence_pwid_unaids2014',
	'unodc_prisoners_drug_possession_rate',
	'unodc_prisoners_drug_trafficking_rate',
	'unodc_prisoners_drug_offences_rate'
];
const DEFAULT_OUTCOME = 'gbd2019_drug_disorder_death_rate';
/** 2017: the year of the EMCDDA treatment bulletin's widest coverage (OST clients). */
const DEFAULT_YEAR = 2017;
const FIRST_YEAR = 1990;

/** §5: each headline country against the same peers, from the year its policy change is dated in policies.csv. */
const NARRATIVES: { subject: string; field: 'possession_year' | 'hat_since'; kind: 'decrim' | 'hat' }[] = [
	{ subject: 'PRT', field: 'possession_year', kind: 'decrim' },
	{ subject: 'CZE', field: 'possession_year', kind: 'decrim' },
	{ subject: 'CHE', field: 'hat_since', kind: 'hat' }
];
const PEERS = ['NOR', 'SWE', 'EST', 'USA'];
/** The narratives' measure: one definition that covers all seven countries over the whole period. */
const NARRATIVE_OUTCOME = 'gbd2019_drug_disorder_death_rate';

/** An outcome or x measure, its words in the page's language (the data's own translations, server/dataWords.ts). */
function info(english: Indicator, words: DataWords): OutcomeInfo {
	const ind = indicatorInLang(english, words);
	const years = observations(ind.indicator_id).map((r) => r.year);
	return {
		indicator_id: ind.indicator_id,
		label: ind.label,
		short_label: ind.short_label,
		unit: ind.unit,
		description: ind.description,
		caveat: ind.caveat,
		source_id: ind.source_id,
		decimals: ind.decimals,
		comparability: ind.comparability,
		years: [Math.min(...years), Math.max(...years)]
	};
}

const rowsOf = (id: string, keep: Set<string>): Row[] =>
	observations(id)
		.filter((r) => keep.has(r.iso3))
		.map(({ iso3, year, value, flag, source_id }) => ({ iso3, year, value, flag, source_id }));

export function approachesSlice(lang: Lang): ApproachesData {
	const pol = policies();
	const iso = new Set(pol.map((p) => p.iso3));
	const have = new Set(indicators().map((i) => i.indicator_id));
	const words = dataWords(lang);
	const byId = new Map(indicators().map((i) => [i.indicator_id, i]));
	const outcomes = OUTCOMES.filter((id) => have.has(id)).map((id) => info(byId.get(id)!, words));
	const years: [number, number] = [FIRST_YEAR, Math.max(...outcomes.map((o) => o.years[1]))];
	const outcome = outcomes.some((o) => o.indicator_id === DEFAULT_OUTCOME)
		? DEFAULT_OUTCOME
		: outcomes[0]!.indicator_id;
	const xIds = Object.values(X_INDICATORS).filter((id) => have.has(id));

	const policiesOut: ScatterPolicy[] = pol.map((p) => ({
		iso3: p.iso3,
		possession_status: p.possession_status,
		possession_status_ref: p.possession_status_ref,
		possession_year: p.possession_year,
		possession_year_ref: p.possession_year_ref,
		possession_caveat: p.possession_caveat,
		oat: p.oat,
		oat_ref: p.oat_ref,
		oat_since: p.oat_since,
		oat_since_ref: p.oat_since_ref,
		nsp: p.nsp,
		nsp_ref: p.nsp_ref,
		nsp_since: p.nsp_since,
		nsp_since_ref: p.nsp_since_ref,
		hat: p.hat,
		hat_ref: p.hat_ref,
		hat_since: p.hat_since,
		hat_since_ref: p.hat_since_ref,
		death_penalty_drugs: p.death_penalty_drugs,
		death_penalty_drugs_ref: p.death_penalty_drugs_ref,
		dcr: p.dcr,
		dcr_since: p.dcr_since,
		drug_checking: p.drug_checking,
		naloxone: p.naloxone,
		gdpi2021_score: p.gdpi2021_score
	}));
	const events: TypologyEvent[] = policyEvents()
		.filter((e) => iso.has(e.iso3))
		.map(({ iso3, date, year, event_type, scope, ref, jurisdiction, jurisdiction_type }) => ({
			iso3,
			date,
			year,
			event_type,
			scope,
			ref,
			jurisdiction,
			jurisdiction_type
		}));
	const refs = [
		...pol.flatMap((p) =>
			[
				p.possession_status_ref,
				p.possession_year_ref,
				p.oat_ref,
				p.oat_since_ref,
				p.nsp_ref,
				p.nsp_since_ref,
				p.hat_ref,
				p.hat_since_ref,
				p.death_penalty_drugs_ref,
				p.gdpi2021_score_ref
			].flatMap(refList)
		),
		...events.flatMap((e) => refList(e.ref))
	];

	const names: Record<string, string> = {};
	for (const c of countries()) if (iso.has(c.iso3)) names[c.iso3] = placeNameIn(c.iso3, c.name, words).name;

	const compareDefaults = compareSlice().defaults;
	const narrativeRows = have.has(NARRATIVE_OUTCOME) ? observations(NARRATIVE_OUTCOME) : [];
	const narratives: Narrative[] = NARRATIVES.flatMap(({ subject, field, kind }) => {
		const p = pol.find((x) => x.iso3 === subject);
		const start = p && /^\d{4}$/.test(p[field]) ? Number(p[field]) : null;
		if (!p || start === null || !narrativeRows.length) return [];
		const numbers = narrativeNumbers(narrativeRows, subject, PEERS, start);
		const compareQuery = serializeCompareView(
			{
				...compareDefaults,
				countries: [subject, ...PEERS],
				indicator: NARRATIVE_OUTCOME,
				from: start,
				to: null,
				// Each line in its group of each year, so the reform shows as a change of colour there too.
				colour: 'class'
			},
			compareDefaults
		);
		return [
			{
				subject,
				peers: PEERS,
				kind,
				startRefs: refList(p[`${field}_ref`]),
				indicator: NARRATIVE_OUTCOME,
				numbers,
				compareQuery
			}
		];
	});
	for (const n of narratives) {
		refs.push(...n.startRefs);
		for (const c of [n.subject, ...n.peers]) if (!names[c]) names[c] = c;
	}

	const usedSources = new Set([...outcomes.map((o) => o.source_id), ...xIds.map((id) => byId.get(id)!.source_id)]);
	return {
		defaults: { rule: 'design', year: DEFAULT_YEAR, outcome, x: 'ost' },
		years,
		policies: policiesOut,
		events,
		citations: shortCitationsOf(refs),
		names,
		noRecord: countries().filter((c) => c.kind === 'country' && !iso.has(c.iso3)).length,
		outcomes,
		outcomeRows: { [outcome]: rowsOf(outcome, iso) },
		xRows: Object.fromEntries(xIds.map((id) => [id, rowsOf(id, iso)])),
		xInfo: xIds.map((id) => info(byId.get(id)!, words)),
		sources: sources()
			.filter((s) => usedSources.has(s.source_id))
			.map((s) => sourceInLang(s, words)),
		narratives
	};
}
