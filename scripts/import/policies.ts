/**
 * Drug-policy facts (compiled by the project from cited sources, third pass) -> data/policies.csv,
 * data/policy_sources.csv, data/policy_cells.csv, data/policy_events.csv and data/regulation_models.csv.
 * Usage: tsx scripts/import/policies.ts <policy dir> [--out data]
 *
 * The policy dir (`../shared/data/policy`, see its README.md) holds:
 *  - policies.csv: one row per country, each value followed by `<field>_ref` (`;`-separated ref ids);
 *  - sources.csv: the citations (ref_id, publisher, title, year, url, read_via, accessed_note, quote_hint);
 *  - cell_provenance.csv: per filled cell, the verification status and the sentence relied on;
 *  - policy_events.csv (with `ref`) and regulation_models.csv.
 * Blank cells mean "not found in the sources read", never "no": they stay blank here.
 *
 * Three things are added or corrected here, each from an explicit table below (never guessed from text):
 *  - MODEL_CORRECTIONS: a start year of regulation_models.csv that contradicts the table's definition and the
 *    row's own note (US licensed retail: 2014, first sales, not 2012, the votes), said in the row's note;
 *  - SUBNATIONAL_EVENTS: events that apply to one state, province, territory or nation only (Oregon's Measure 110,
 *    British Columbia's exemption …), written as scope/jurisdiction columns so that no chart draws them as the
 *    country's reform;
 *  - POSSESSION_CAVEATS: decriminalisation codings reviewers dispute (Russia, Mexico: threshold models that IDPC says
 *    raised incarceration), written as the `possession_caveat` field with its own ref.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv, toCsv } from '../../src/lib/data/csv.ts';
import { COLUMNS, POLICY_COLUMNS, splitRefs } from '../../src/lib/data/parse.ts';
import {
	POLICY_FIELDS,
	type Indicator,
	type JurisdictionType,
	type Policy,
	type PolicyCell,
	type PolicyEvent,
	type PolicyField,
	type PolicySource,
	type RegulationModel,
	type Source
} from '../../src/lib/data/types.ts';
import { POLICY_YEAR_MAX, POLICY_YEAR_MIN } from '../../src/lib/data/policyRules.ts';
import { regulationModelProblem } from '../../src/lib/data/regulationModelType.ts';
import { cliArgs, isMain } from './lib/output.ts';
import { loadPlaces, type Places } from './lib/places.ts';

export const name = 'policies';

/**
 * The compilation as a whole, listed with the datasets on /data. The per-cell citations are in policy_sources.csv;
 * this row exists so the compilation has a licence and a citation like every other dataset.
 */
export const sources: Source[] = [
	{
		source_id: 'dpe-policy-reference',
		publisher: 'Drug Policy Explorer (compiled from published sources; every cell cites its own)',
		title: 'Drug-policy fact table, policy timeline and regulation models (third pass), compiled 2026-12',
		url: 'https://www.talkingdrugs.org/drug-decriminalisation',
		download_url: '',
		licence:
			'Compilation: facts with per-cell citations. Quoted sources keep their own terms (EMCDDA/EUDA, HRI, Release/TalkingDrugs/IDPC, statutes and courts, Wikipedia CC BY-SA).',
		year: '2026',
		citation:
			'Drug Policy Explorer policy table (third pass, December 2026). Cite the source given for each fact (policy_sources.csv: publisher, title, year), not this compilation.',
		notes:
			'Compiled offline from stored copies of public pages; nothing was compared with the live page, so check the live source before publishing. Each filled cell of policies.csv cites ref ids into policy_sources.csv; policy_cells.csv says whether the cell rests on a primary source read directly or only on a secondary source or a copy, and quotes the sentence relied on. Where only a copy was read, policy_sources.csv names it (read_via) beside the original. Possession codes follow the Release/TalkingDrugs/IDPC glossary (the link), which the table cites per cell. A blank cell means "not found in the sources read", not "no". Harm-reduction "yes" means at least one service at the source date, not coverage.'
	}
];

export const indicators: Indicator[] = [];

/** Columns of data/policy_events.csv. */
export const EVENT_COLUMNS = COLUMNS.policy_events as unknown as (keyof PolicyEvent)[];
export const SOURCE_COLUMNS = COLUMNS.policy_sources as unknown as (keyof PolicySource)[];
export const CELL_COLUMNS = COLUMNS.policy_cells as unknown as (keyof PolicyCell)[];
export const MODEL_COLUMNS = COLUMNS.regulation_models as unknown as (keyof RegulationModel)[];

/** Fields the importer adds itself (not columns of the input policies.csv). */
const ADDED_FIELDS: PolicyField[] = ['possession_caveat'];
const INPUT_FIELDS = POLICY_FIELDS.filter((f) => !ADDED_FIELDS.includes(f));

export interface SubnationalEvent {
	iso3: string;
	date: string;
	event_type: string;
	/** Must occur in the event's title: guards against a key that now points at another event. */
	titleHas: string;
	jurisdiction: string;
	jurisdiction_type: Exclude<JurisdictionType, ''>;
}

/**
 * Start years in regulation_models.csv that contradict the table's own definition of `since` ("first year of
 * operation per source", policy README) and the row's own note and sources. Each is applied only while the table
 * still says `from` (an importer problem otherwise, so a fixed upstream row is noticed), and the row's note says so
 * in words, so the card that shows the year shows the correction beside it.
 */
export interface ModelCorrection {
	iso3: string;
	modelHas: string;
	from: string;
	to: string;
	note: string;
}
export const MODEL_CORRECTIONS: ModelCorrection[] = [
	{
		iso3: 'USA',
		modelHas: 'licensed_retail',
		from: '2012',
		to: '2014',
		note: "Start year 2014, the first retail sales (Colorado, January 2014, per this row's sources); the policy table gives 2012, the year of the votes."
	}
];

/**
 * Events whose rule or programme applies only in part of the country (its legal basis is a state, province,
 * territory or nation of it). Service openings in one city (a first consumption room, a HAT clinic) stay national:
 * they are the country's first service, not a sub-national law. Every row must match exactly one event.
 */
export const SUBNATIONAL_EVENTS: SubnationalEvent[] = [
	{
		iso3: 'USA',
		date: '2012-11',
		event_type: 'cannabis_legalisation',
		titleHas: 'Colorado and Washington',
		jurisdiction: 'Colorado and Washington',
		jurisdiction_type: 'state'
	},
	{
		iso3: 'USA',
		date: '2021-02-01',
		event_type: 'decriminalisation',
		titleHas: 'Oregon',
		jurisdiction: 'Oregon',
		jurisdiction_type: 'state'
	},
	{
		iso3: 'USA',
		date: '2023-11-07',
		event_type: 'cannabis_legalisation',
		titleHas: 'Ohio',
		jurisdiction: 'Ohio',
		jurisdiction_type: 'state'
	},
	{
		iso3: 'USA',
		date: '2024-04-01',
		event_type: 'recriminalisation',
		titleHas: 'Oregon',
		jurisdiction: 'Oregon',
		jurisdiction_type: 'state'
	},
	{
		iso3: 'USA',
		date: '2024-09-01',
		event_type: 'recriminalisation',
		titleHas: 'Oregon',
		jurisdiction: 'Oregon',
		jurisdiction_type: 'state'
	},
	{
		iso3: 'CAN',
		date: '2012-08',
		event_type: 'naloxone',
		titleHas: 'BC',
		jurisdiction: 'British Columbia',
		jurisdiction_type: 'province'
	},
	{
		iso3: 'CAN',
		date: '2020-03',
		event_type: 'safer_supply',
		titleHas: 'British Columbia',
		jurisdiction: 'British Columbia',
		jurisdiction_type: 'province'
	},
	{
		iso3: 'CAN',
		date: '2023-01-31',
		event_type: 'decriminalisation_pilot',
		titleHas: 'British Columbia',
		jurisdiction: 'British Columbia',
		jurisdiction_type: 'province'
	},
	{
		iso3: 'CAN',
		date: '2024-05-07',
		event_type: 'decriminalisation_amended',
		titleHas: 'BC',
		jurisdiction: 'British Columbia',
		jurisdiction_type: 'province'
	},
	{
		iso3: 'CAN',
		date: '2026-01-14',
		event_type: 'decriminalisation_ends',
		titleHas: 'BC',
		jurisdiction: 'British Columbia',
		jurisdiction_type: 'province'
	},
	{
		iso3: 'CAN',
		date: '2026-01-31',
		event_type: 'decriminalisation_ends',
		titleHas: 'BC',
		jurisdiction: 'British Columbia',
		jurisdiction_type: 'province'
	},
	{
		iso3: 'AUS',
		date: '2019-12-01',
		event_type: 'naloxone',
		titleHas: 'NSW, SA and WA',
		jurisdiction: 'New South Wales, South Australia and Western Australia',
		jurisdiction_type: 'state'
	},
	{
		iso3: 'AUS',
		date: '2022-07',
		event_type: 'drug_checking',
		titleHas: 'Canberra',
		jurisdiction: 'Australian Capital Territory',
		jurisdiction_type: 'territory'
	},
	{
		iso3: 'AUS',
		date: '2023-10-28',
		event_type: 'decriminalisation',
		titleHas: 'ACT',
		jurisdiction: 'Australian Capital Territory',
		jurisdiction_type: 'territory'
	},
	{
		iso3: 'GBR',
		date: '2011',
		event_type: 'naloxone',
		titleHas: 'Scottish',
		jurisdiction: 'Scotland',
		jurisdiction_type: 'nation'
	}
];

export interface PossessionCaveatRow {
	iso3: string;
	caveat: 'contested_threshold_model';
	/** Ref id that says so; it must already support the country's possession_status or possession_model. */
	ref: string;
}

/** Decriminalisation codings that reviewers dispute (DDN quoting IDPC's director at the 2019 map launch). */
export const POSSESSION_CAVEATS: PossessionCaveatRow[] = [
	{ iso3: 'RUS', caveat: 'contested_threshold_model', ref: 'ddn-decrim-map-2019' },
	{ iso3: 'MEX', caveat: 'contested_threshold_model', ref: 'ddn-decrim-map-2019' }
];

/** Event types that decriminalise possession nationally (the reform rule's types; see src/lib/stats/reform.ts). */
const NATIONAL_DECRIM_TYPES = ['decriminalisation', 'decriminalisation_de_facto'];

export interface PolicyInput {
	policies: string;
	sources: string;
	cells: string;
	events: string;
	models: string;
}

export interface PoliciesResult {
	policies: Policy[];
	sources: PolicySource[];
	cells: PolicyCell[];
	events: PolicyEvent[];
	models: RegulationModel[];
	/** Every problem with file and line. Any problem makes the import fail. */
	problems: string[];
}

const LOCATION = /(?:https?:\/\/[^\s;,()'"]+|\b(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/[^\s;,()'"]*)?)/i;

/**
 * The copy actually read, as one URL: the first location named in the compiler's note (a bare host such as
 * `github.com/…` gets https://), trailing punctuation trimmed. Blank when the note names no location.
 */
export function readViaUrl(note: string): string {
	const m = LOCATION.exec(note);
	if (!m) return '';
	const loc = m[0].replace(/[.…]+$/, '');
	return /^https?:\/\//i.test(loc) ? loc : `https://${loc}`;
}

const CELL_STATUS: Record<string, { status: PolicyCell['status']; rechecked: PolicyCell['rechecked'] }> = {
	checked_primary: { status: 'primary', rechecked: 'yes' },
	checked_secondary_or_copy: { status: 'secondary', rechecked: 'yes' },
	carried_primary_not_reopened: { status: 'primary', rechecked: 'no' },
	carried_secondary_or_copy_not_reopened: { status: 'secondary', rechecked: 'no' }
};

function table(text: string, file: string, needed: readonly string[], problems: string[]) {
	const t = parseCsv(text, file);
	problems.push(...t.problems.map((p) => `${p.file}:${p.line}: ${p.reason}`));
	const missing = needed.filter((h) => !t.header.includes(h));
	if (missing.length) throw new Error(`${file}: column(s) not found: ${missing.join(', ')}`);
	return t;
}

export function run(input: PolicyInput, places: Places, dir = 'policy'): PoliciesResult {
	const problems: string[] = [];
	const f = (n: string) => `${dir}/${n}`;

	// Citations.
	const st = table(
		input.sources,
		f('sources.csv'),
		['ref_id', 'publisher', 'title', 'year', 'url', 'read_via', 'accessed_note', 'quote_hint'],
		problems
	);
	const policySources: PolicySource[] = [];
	const refLine = new Map<string, number>();
	for (const { line, cells: c } of st.rows) {
		const where = `${f('sources.csv')}:${line}`;
		const ref_id = (c.ref_id ?? '').trim();
		if (!ref_id) {
			problems.push(`${where}: source without ref_id, not imported`);
			continue;
		}
		if (refLine.has(ref_id)) {
			problems.push(`${where}: second row for ref ${ref_id} (first at line ${refLine.get(ref_id)}), not imported`);
			continue;
		}
		refLine.set(ref_id, line);
		const url = (c.url ?? '').trim();
		if (url && !/^https?:\/\/\S+$/.test(url)) problems.push(`${where}: ${ref_id}: url "${url}" is not an http(s) URL`);
		const note = (c.read_via ?? '').trim();
		const read_via = note ? readViaUrl(note) : '';
		// Year may be blank (undated page) and url too (original not found): the citation then rests on the rest.
		for (const k of ['publisher', 'title'] as const)
			if (!(c[k] ?? '').trim()) problems.push(`${where}: ${ref_id} has no ${k}`);
		policySources.push({
			ref_id,
			publisher: (c.publisher ?? '').trim(),
			title: (c.title ?? '').trim(),
			year: (c.year ?? '').trim(),
			url,
			read_via,
			read_via_note: note,
			accessed_note: (c.accessed_note ?? '').trim(),
			quote_hint: (c.quote_hint ?? '').trim()
		});
	}
	policySources.sort((a, b) => (a.ref_id < b.ref_id ? -1 : a.ref_id > b.ref_id ? 1 : 0));
	const known = new Set(policySources.map((s) => s.ref_id));
	const used = new Set<string>();
	const cite = (where: string, what: string, refs: string): string => {
		const ids = splitRefs(refs);
		for (const r of ids) {
			used.add(r);
			if (!known.has(r)) problems.push(`${where}: ${what} cites unknown ref "${r}" (not in sources.csv)`);
		}
		return ids.join(';');
	};

	// Policy facts.
	const pFile = f('policies.csv');
	const pt = table(
		input.policies,
		pFile,
		['iso3', 'country', 'notes', ...INPUT_FIELDS.flatMap((x) => [x, `${x}_ref`])],
		problems
	);
	const expected = new Set(['iso3', 'country', 'notes', ...INPUT_FIELDS.flatMap((x) => [x, `${x}_ref`])]);
	for (const h of pt.header)
		if (!expected.has(h)) problems.push(`${pFile}:1: column "${h}" is not a policy field or its _ref; not imported`);
	const policies: Policy[] = [];
	const seen = new Map<string, number>();
	for (const { line, cells: c } of pt.rows) {
		const where = `${pFile}:${line}`;
		const iso3 = (c.iso3 ?? '').trim();
		const code = places.byCode(iso3);
		if (!code) {
			problems.push(`${where}: unknown country code "${iso3}" (${c.country}), row not imported`);
			continue;
		}
		if (seen.has(code)) {
			problems.push(`${where}: second row for ${code} (first at line ${seen.get(code)}), not imported`);
			continue;
		}
		seen.set(code, line);
		const row: Record<string, string> = {
			iso3: code,
			country: (c.country ?? '').trim(),
			notes: (c.notes ?? '').trim()
		};
		for (const fld of POLICY_FIELDS) {
			const value = (c[fld] ?? '').trim(); // blank stays blank (unknown), never "no"
			const refs = cite(where, `${code} ${fld}`, c[`${fld}_ref`] ?? '');
			row[fld] = value;
			row[`${fld}_ref`] = refs;
			if (value && !refs) problems.push(`${where}: ${code}: field ${fld} = "${value}" has no ref`);
			if (!value && refs)
				problems.push(
					`${where}: ${code}: ref given for blank field ${fld} (blank = unknown: cite nothing or fill the value)`
				);
		}
		policies.push(row as Policy);
	}
	const byIso = new Map(policies.map((p) => [p.iso3, p]));

	// The contested-coding table: grounded in refs the row already cites.
	for (const cv of POSSESSION_CAVEATS) {
		const p = byIso.get(cv.iso3);
		if (!p) {
			problems.push(`POSSESSION_CAVEATS: ${cv.iso3} has no row in ${pFile}`);
			continue;
		}
		const cited = [...splitRefs(p.possession_status_ref), ...splitRefs(p.possession_model_ref)];
		if (!cited.includes(cv.ref))
			problems.push(
				`POSSESSION_CAVEATS: ${cv.iso3}: ref ${cv.ref} is not cited for its possession_status or possession_model; check the table`
			);
		if (!p.possession_status.startsWith('decriminalised'))
			problems.push(
				`POSSESSION_CAVEATS: ${cv.iso3} is coded "${p.possession_status}", not decriminalised: the caveat no longer applies`
			);
		p.possession_caveat = cv.caveat;
		p.possession_caveat_ref = cite(`POSSESSION_CAVEATS`, `${cv.iso3} possession_caveat`, cv.ref);
	}

	// What each cell rests on.
	const cFile = f('cell_provenance.csv');
	const ct = table(input.cells, cFile, ['iso3', 'field', 'value', 'ref', 'status', 'quote'], problems);
	const cells: PolicyCell[] = [];
	const cellSeen = new Set<string>();
	for (const { line, cells: c } of ct.rows) {
		const where = `${cFile}:${line}`;
		const iso3 = (c.iso3 ?? '').trim();
		const field = (c.field ?? '').trim() as PolicyField;
		const p = byIso.get(iso3);
		const mapped = CELL_STATUS[(c.status ?? '').trim()];
		if (!p) {
			problems.push(`${where}: ${iso3} has no row in ${pFile}, provenance not imported`);
			continue;
		}
		if (!INPUT_FIELDS.includes(field)) {
			problems.push(`${where}: "${field}" is not a policy field, provenance not imported`);
			continue;
		}
		if (!mapped) {
			problems.push(
				`${where}: ${iso3} ${field}: status "${c.status}" is not one of ${Object.keys(CELL_STATUS).join(', ')}`
			);
			continue;
		}
		if ((c.value ?? '').trim() !== p[field])
			problems.push(
				`${where}: ${iso3} ${field}: value "${(c.value ?? '').slice(0, 60)}" differs from policies.csv ("${p[field].slice(0, 60)}")`
			);
		if (splitRefs(c.ref).join(';') !== p[`${field}_ref`])
			problems.push(`${where}: ${iso3} ${field}: refs "${c.ref}" differ from policies.csv ("${p[`${field}_ref`]}")`);
		const key = `${iso3} ${field}`;
		if (cellSeen.has(key)) {
			problems.push(`${where}: second provenance row for ${key}, not imported`);
			continue;
		}
		cellSeen.add(key);
		cells.push({ iso3, field, ...mapped, quote: (c.quote ?? '').trim() });
	}
	// The added cells: secondary (a news report quoting IDPC), with the sentence the ref gives.
	for (const cv of POSSESSION_CAVEATS) {
		const src = policySources.find((s) => s.ref_id === cv.ref);
		if (!byIso.has(cv.iso3) || !src) continue;
		cellSeen.add(`${cv.iso3} possession_caveat`);
		cells.push({
			iso3: cv.iso3,
			field: 'possession_caveat',
			status: 'secondary',
			rechecked: /carried over/i.test(src.accessed_note) ? 'no' : 'yes',
			quote: src.quote_hint
		});
	}
	for (const p of policies)
		for (const fld of POLICY_FIELDS)
			if (p[fld] && !cellSeen.has(`${p.iso3} ${fld}`))
				problems.push(`${cFile}: no provenance row for filled cell ${p.iso3} ${fld}`);
	const order = new Map(policies.map((p, i) => [p.iso3, i]));
	cells.sort(
		(a, b) => order.get(a.iso3)! - order.get(b.iso3)! || POLICY_FIELDS.indexOf(a.field) - POLICY_FIELDS.indexOf(b.field)
	);

	// Dated events, with their scope.
	const eFile = f('policy_events.csv');
	const et = table(input.events, eFile, ['iso3', 'date', 'event_type', 'title', 'description', 'ref'], problems);
	const events: PolicyEvent[] = [];
	const subMatched = new Map<SubnationalEvent, number>();
	for (const { line, cells: c } of et.rows) {
		const where = `${eFile}:${line}`;
		const raw = (c.iso3 ?? '').trim();
		const iso3 = raw === 'INT' ? 'INT' : places.byCode(raw);
		const title = (c.title ?? '').trim();
		if (!iso3) {
			problems.push(`${where}: unknown country code "${raw}", event "${title}" not imported`);
			continue;
		}
		const date = (c.date ?? '').trim();
		if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) {
			problems.push(
				`${where}: ${iso3}: date "${c.date}" is not YYYY, YYYY-MM or YYYY-MM-DD, event "${title}" not imported`
			);
			continue;
		}
		const event_type = (c.event_type ?? '').trim();
		const ref = cite(where, `event "${title}"`, c.ref ?? '');
		if (!ref) problems.push(`${where}: ${iso3} ${date}: event "${title}" has no ref`);
		const sub = SUBNATIONAL_EVENTS.find((s) => s.iso3 === iso3 && s.date === date && s.event_type === event_type);
		if (sub) {
			subMatched.set(sub, (subMatched.get(sub) ?? 0) + 1);
			if (!title.includes(sub.titleHas))
				problems.push(
					`${where}: SUBNATIONAL_EVENTS row ${iso3} ${date} ${event_type} expects "${sub.titleHas}" in the title, found "${title}": check the table`
				);
		}
		const scope = iso3 === 'INT' ? 'international' : sub ? 'subnational' : 'national';
		if (scope === 'national' && NATIONAL_DECRIM_TYPES.includes(event_type)) {
			const status = byIso.get(iso3)?.possession_status ?? '';
			if (status === 'criminal' || status === 'subnational_variation')
				problems.push(
					`${where}: ${iso3} ${date}: a national "${event_type}" event for a country coded ${status}: if it applies to one state or province, add it to SUBNATIONAL_EVENTS`
				);
		}
		events.push({
			iso3,
			date,
			year: Number(date.slice(0, 4)),
			event_type,
			title,
			description: (c.description ?? '').trim(),
			scope,
			jurisdiction: sub?.jurisdiction ?? '',
			jurisdiction_type: sub?.jurisdiction_type ?? '',
			ref
		});
	}
	for (const s of SUBNATIONAL_EVENTS) {
		const n = subMatched.get(s) ?? 0;
		if (n !== 1)
			problems.push(
				`SUBNATIONAL_EVENTS: ${s.iso3} ${s.date} ${s.event_type} matches ${n} events in ${eFile} (must match exactly one)`
			);
	}

	// Regulation models.
	const mFile = f('regulation_models.csv');
	const mt = table(
		input.models,
		mFile,
		['iso3', 'jurisdiction', 'substance', 'model', 'since', 'purchase_limit', 'age_limit', 'who_sells', 'notes', 'ref'],
		problems
	);
	const models: RegulationModel[] = [];
	const correctionsUsed = new Set<ModelCorrection>();
	for (const { line, cells: c } of mt.rows) {
		const where = `${mFile}:${line}`;
		const iso3 = places.byCode((c.iso3 ?? '').trim());
		if (!iso3) {
			problems.push(`${where}: unknown country code "${c.iso3}", model not imported`);
			continue;
		}
		const row = Object.fromEntries(MODEL_COLUMNS.map((k) => [k, (c[k] ?? '').trim()])) as unknown as RegulationModel;
		row.iso3 = iso3;
		for (const fix of MODEL_CORRECTIONS) {
			if (fix.iso3 !== iso3 || !row.model.includes(fix.modelHas)) continue;
			correctionsUsed.add(fix);
			if (row.since !== fix.from) {
				problems.push(
					`${where}: ${iso3}: MODEL_CORRECTIONS expects since ${fix.from} for "${fix.modelHas}", found "${row.since}" (drop or update the correction)`
				);
				continue;
			}
			row.since = fix.to;
			row.notes = `${row.notes} ${fix.note}`.trim();
		}
		row.ref = cite(where, `model "${row.model}"`, c.ref ?? '');
		if (!row.ref) problems.push(`${where}: ${iso3}: model "${row.model}" has no ref`);
		if (row.since && !/^\d{4}$/.test(row.since)) problems.push(`${where}: ${iso3}: since "${row.since}" is not a year`);
		else if (row.since && (Number(row.since) < POLICY_YEAR_MIN || Number(row.since) > POLICY_YEAR_MAX))
			problems.push(`${where}: ${iso3}: since ${row.since} is outside ${POLICY_YEAR_MIN}–${POLICY_YEAR_MAX}`);
		const vocabulary = regulationModelProblem(row.model);
		if (vocabulary) problems.push(`${where}: ${iso3}: ${vocabulary}`);
		models.push(row);
	}

	for (const fix of MODEL_CORRECTIONS)
		if (!correctionsUsed.has(fix))
			problems.push(`MODEL_CORRECTIONS: ${fix.iso3} "${fix.modelHas}" matches no row of ${mFile}`);
	for (const s of policySources)
		if (!used.has(s.ref_id))
			problems.push(`${f('sources.csv')}:${refLine.get(s.ref_id)}: ref ${s.ref_id} is cited nowhere (kept)`);
	return { policies, sources: policySources, cells, events, models, problems };
}

export function readInput(dir: string): PolicyInput {
	const r = (n: string) => readFileSync(join(dir, n), 'utf8');
	return {
		policies: r('policies.csv'),
		sources: r('sources.csv'),
		cells: r('cell_provenance.csv'),
		events: r('policy_events.csv'),
		models: r('regulation_models.csv')
	};
}

if (isMain(import.meta.url)) {
	const { paths, out } = cliArgs();
	if (!paths[0]) throw new Error('usage: tsx scripts/import/policies.ts <policy dir> [--out data]');
	const dir = paths[0];
	const result = run(readInput(dir), loadPlaces(out), dir);
	mkdirSync(out, { recursive: true });
	writeFileSync(join(out, 'policies.csv'), toCsv(result.policies, POLICY_COLUMNS as (keyof Policy & string)[]));
	writeFileSync(join(out, 'policy_sources.csv'), toCsv(result.sources, SOURCE_COLUMNS));
	writeFileSync(join(out, 'policy_cells.csv'), toCsv(result.cells, CELL_COLUMNS));
	writeFileSync(join(out, 'policy_events.csv'), toCsv(result.events, EVENT_COLUMNS));
	writeFileSync(join(out, 'regulation_models.csv'), toCsv(result.models, MODEL_COLUMNS));
	console.log(
		`${name}: wrote ${result.policies.length} countries, ${result.sources.length} sources, ${result.cells.length} cell provenances, ${result.events.length} events and ${result.models.length} regulation models to ${out}`
	);
	if (result.problems.length) {
		console.log(`${name}: ${result.problems.length} problems:`);
		for (const p of result.problems) console.log(`  - ${p}`);
		process.exitCode = 1;
	}
}
