/**
 * The build-time slice of /regulation (and of the country profile's regulation block), in one language: the model
 * rows grouped by type, the cannabis map's facts per place, start years per country, heroin-assisted treatment with
 * links to outcome views, and the citations they use. Jurisdictions, substances and model names come in Norwegian
 * from data/i18n/nb/regulation_models.csv on /nb pages (English, marked as such, where a row is missing); the free-text
 * rules (who sells, limits, notes) exist in English only. Server-only (prerender).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCsv } from '$lib/data/csv';
import { splitRefs } from '$lib/data/parse';
import {
	regulationModelType,
	isCannabisModelType,
	REGULATION_MODEL_TYPES,
	type RegulationModelType
} from '$lib/data/regulationModelType';
import { CHANNEL_ORDER, modelChangeYears, type CannabisPolicyFacts } from '$lib/data/cannabisModelInYear';
import type {
	CountryRegulation,
	HatRow,
	LangText,
	ModelCard,
	ModelGroup,
	OutcomeKey,
	RegulationCitation,
	RegulationMapData,
	TimelineRow
} from '$lib/data/regulationView';
import type { Policy, RegulationModel } from '$lib/data/types';
import type { Lang } from '$lib/strings/lang';
import { serializeCompareView, type CompareView } from '$lib/state/compareState';
import { placesWithData } from '$lib/server/compareData';
import { countryName, placeNames, policies, policySource, regulationModels } from '$lib/server/data';
import { compareSlice } from '$lib/server/slices/compare';

const DATA_DIR = resolve(process.env.DPE_DATA_DIR ?? 'data');
const NB_MODELS = 'i18n/nb/regulation_models.csv';

let nbIndex: Map<string, string> | null = null;
/** Norwegian of a jurisdiction, substance or model, keyed by field and exact English (data:check keeps it complete). */
function nbOf(field: string, en: string): string | undefined {
	if (!nbIndex) {
		nbIndex = new Map();
		const path = join(DATA_DIR, NB_MODELS);
		if (existsSync(path))
			for (const r of parseCsv(readFileSync(path, 'utf8'), NB_MODELS).rows)
				if (r.cells.nb) nbIndex.set(`${r.cells.field}\u0000${r.cells.en}`, r.cells.nb);
	}
	return nbIndex.get(`${field}\u0000${en}`);
}

/**
 * The words a reader sees. A model's text ends with its type code for the importer ("state-controlled pharmacy sales
 * (state_pharmacy)"); the code is data, not prose, so it is cut here (the card's heading already names the type).
 */
function word(field: 'jurisdiction' | 'substance' | 'model', en: string, lang: Lang): LangText {
	const shown = (t: string) => (field === 'model' ? t.replace(/\s*\([a-z]+(?:_[a-z]+)+\)\s*$/, '') : t);
	if (lang === 'en') return { text: shown(en), lang: 'en' };
	const nb = nbOf(field, en);
	return nb ? { text: shown(nb), lang: 'nb' } : { text: shown(en), lang: 'en' };
}

function nameIn(iso3: string, lang: Lang): string {
	if (lang === 'nb') {
		const n = placeNames().find((p) => p.iso3 === iso3 && p.kind === 'nb');
		if (n) return n.name;
	}
	return countryName(iso3);
}

function card(m: RegulationModel, lang: Lang): ModelCard | null {
	const type = regulationModelType(m.model);
	if (!type) return null; // the validator rejects such rows; nothing unclassified is shown
	return {
		iso3: m.iso3,
		country: nameIn(m.iso3, lang),
		type,
		jurisdiction: word('jurisdiction', m.jurisdiction, lang),
		substance: word('substance', m.substance, lang),
		model: word('model', m.model, lang),
		since: m.since,
		whoSells: m.who_sells,
		purchaseLimit: m.purchase_limit,
		ageLimit: m.age_limit,
		notes: m.notes,
		refs: splitRefs(m.ref)
	};
}

const bySince = (a: { since: string }, b: { since: string }) => (a.since || '9999').localeCompare(b.since || '9999');

function citationsOf(refs: Iterable<string>): Record<string, RegulationCitation> {
	const out: Record<string, RegulationCitation> = {};
	for (const ref of refs) {
		const s = policySource(ref);
		if (!s) continue;
		out[ref] = {
			ref,
			label: s.year ? `${s.publisher} (${s.year})` : s.publisher,
			title: s.title,
			url: s.url || s.read_via
		};
	}
	return out;
}

const cannabisFacts = (p: Policy): CannabisPolicyFacts => ({
	iso3: p.iso3,
	cannabis_model: p.cannabis_model,
	cannabis_model_year: p.cannabis_model_year,
	cannabis_model_ref: p.cannabis_model_ref
});

/** Outcome series for a HAT country: indicator ids in order of preference per outcome. */
const OUTCOMES: [OutcomeKey, string[]][] = [
	['deaths', ['emcdda_drug_induced_death_rate_15_64', 'gbd2019_drug_disorder_death_rate']],
	['hiv', ['hiv_new_diagnoses_pwid_per_million', 'hiv_prevalence_pwid_unaids2019']],
	['ost', ['emcdda_ost_clients_rate']],
	['hatClients', ['emcdda_ost_diacetylmorphine_clients']]
];

let compareDefaults: CompareView | null = null;
function compareQuery(iso3: string, indicator: string): string {
	compareDefaults ??= compareSlice().defaults;
	return serializeCompareView({ ...compareDefaults, countries: [iso3], indicator, focus: null }, compareDefaults);
}

export interface RegulationSlice {
	groups: ModelGroup[];
	map: RegulationMapData;
	timeline: TimelineRow[];
	hat: HatRow[];
	citations: Record<string, RegulationCitation>;
}

export function regulationSlice(lang: Lang): RegulationSlice {
	const cards = regulationModels()
		.map((m) => card(m, lang))
		.filter((c): c is ModelCard => c !== null);
	const groups: ModelGroup[] = REGULATION_MODEL_TYPES.map((type) => ({
		type,
		cards: cards.filter((c) => c.type === type).sort(bySince)
	})).filter((g) => g.cards.length > 0);

	const pol = policies();
	const cannabisRows = regulationModels().filter((m) => isCannabisModelType(regulationModelType(m.model)));
	const changeYears = modelChangeYears(pol.map(cannabisFacts), cannabisRows);
	const supplyStarts = cannabisRows.map((m) => Number(m.since)).filter((y) => y > 0);
	const map: RegulationMapData = {
		min: Math.min(...supplyStarts) - 1,
		max: Math.max(...changeYears),
		places: pol.map((p) => ({ iso3: p.iso3, name: nameIn(p.iso3, lang), policy: cannabisFacts(p) })),
		models: cannabisRows.map(({ iso3, model, since, ref }) => ({ iso3, model, since, ref }))
	};

	// Start years per country: every model row, plus a policies.csv supply code no row covers (South Africa).
	const byCountry = new Map<string, TimelineRow>();
	const rowOf = (iso3: string) => {
		let r = byCountry.get(iso3);
		if (!r) byCountry.set(iso3, (r = { iso3, country: nameIn(iso3, lang), entries: [] }));
		return r;
	};
	for (const c of cards) rowOf(c.iso3).entries.push({ type: c.type, since: c.since, jurisdiction: c.jurisdiction });
	const policyOnly: string[] = [];
	for (const p of pol) {
		const code = p.cannabis_model as RegulationModelType;
		if (!(CHANNEL_ORDER as readonly string[]).includes(code)) continue;
		if (cards.some((c) => c.iso3 === p.iso3 && c.type === code)) continue;
		rowOf(p.iso3).entries.push({
			type: code,
			since: p.cannabis_model_year,
			jurisdiction: { text: nameIn(p.iso3, lang), lang }
		});
		policyOnly.push(...splitRefs(p.cannabis_model_ref), ...splitRefs(p.cannabis_model_year_ref));
	}
	const timeline = [...byCountry.values()]
		.map((r) => ({ ...r, entries: r.entries.sort(bySince) }))
		.sort((a, b) => bySince(a.entries[0]!, b.entries[0]!) || a.country.localeCompare(b.country));

	const withData = placesWithData();
	const hat: HatRow[] = pol
		.filter((p) => p.hat === 'yes' || p.hat === 'trial')
		.map((p) => {
			const rows = cards.filter((c) => c.iso3 === p.iso3 && c.type === 'hat');
			const firstRow = [...rows].sort(bySince)[0];
			const has = withData.get(p.iso3) ?? new Set<string>();
			return {
				iso3: p.iso3,
				country: nameIn(p.iso3, lang),
				status: p.hat as 'yes' | 'trial',
				since: p.hat_since || firstRow?.since || '',
				sinceRefs: p.hat_since ? splitRefs(p.hat_since_ref) : (firstRow?.refs ?? []),
				form: p.hat_model,
				formRefs: splitRefs(p.hat_model_ref),
				where: rows.map((r) => r.jurisdiction),
				outcomes: OUTCOMES.flatMap(([key, ids]) => {
					const id = ids.find((i) => has.has(i));
					return id ? [{ key, query: compareQuery(p.iso3, id) }] : [];
				})
			};
		})
		.sort((a, b) => bySince(a, b) || a.country.localeCompare(b.country));

	const refs = new Set<string>([...cards.flatMap((c) => c.refs), ...policyOnly]);
	for (const p of pol) for (const r of splitRefs(p.cannabis_model_ref)) refs.add(r);
	for (const h of hat) for (const r of [...h.sinceRefs, ...h.formRefs]) refs.add(r);
	return { groups, map, timeline, hat, citations: citationsOf(refs) };
}

/** The country profile's block: the country's model rows, earliest first, with their citations. */
export function countryRegulation(iso3: string, lang: Lang): CountryRegulation {
	const cards = regulationModels()
		.filter((m) => m.iso3 === iso3)
		.map((m) => card(m, lang))
		.filter((c): c is ModelCard => c !== null)
		.sort(bySince);
	return { cards, citations: citationsOf(cards.flatMap((c) => c.refs)) };
}
