/**
 * Typed readers for the curated CSVs. Each returns rows plus problems (`file:line: reason`), so the same code serves
 * the app (which trusts the validated package) and the validator (which reports every problem). Every reader also
 * applies the rules every cell obeys (cellRules.ts: control characters, formula injection, URL columns).
 * Problems go to the `log` passed in (validatePackage shares one, capped per file) or to a fresh one.
 */
import { checkCells } from './cellRules.ts';
import { parseCsv, type CsvTable } from './csv.ts';
import { checkPartialDate } from './dates.ts';
import { POLICY_KEY_COLUMNS, POLICY_NOTES, POLICY_RULES, POLICY_SOURCE_SUFFIXES, POLICY_YEAR_MAX, POLICY_YEAR_MIN, policyValueProblem } from './policyRules.ts';
import { ProblemLog, show, type CsvProblem } from './problems.ts';
import {
	FLAGS,
	POLICY_FIELDS,
	REGIONS,
	type Country,
	type Flag,
	type Indicator,
	type Observation,
	type Policy,
	type PolicyCell,
	type PolicyEvent,
	type PolicySource,
	type RegulationModel,
	type Source,
	type Topic
} from './types.ts';
import { unitBounds, type Bounds } from './units.ts';
import { urlProblem } from './urls.ts';

export interface Parsed<T> {
	rows: T[];
	/** File line (1-based) where each row starts, parallel to `rows`. */
	lines: number[];
	/** This file's problems (all of them with a fresh log; at most the cap with a shared capped log). */
	problems: CsvProblem[];
}

export const COLUMNS = {
	countries: ['iso3', 'iso_numeric', 'name', 'region', 'subregion', 'eu_member', 'kind', 'parent', 'atlas_name', 'note'],
	sources: ['source_id', 'publisher', 'title', 'url', 'download_url', 'licence', 'year', 'citation', 'notes'],
	indicators: ['indicator_id', 'label', 'short_label', 'unit', 'topic', 'description', 'source_id', 'better', 'comparability', 'decimals', 'derived', 'formula', 'caveat'],
	observations: ['iso3', 'year', 'value', 'flag', 'source_id', 'note'],
	policy_events: ['iso3', 'date', 'year', 'event_type', 'title', 'description', 'scope', 'jurisdiction', 'jurisdiction_type', 'ref'],
	policy_sources: ['ref_id', 'publisher', 'title', 'year', 'url', 'read_via', 'read_via_note', 'accessed_note', 'quote_hint'],
	policy_cells: ['iso3', 'field', 'status', 'rechecked', 'quote'],
	regulation_models: ['iso3', 'jurisdiction', 'substance', 'model', 'since', 'purchase_limit', 'age_limit', 'who_sells', 'notes', 'ref']
} as const;

/** The columns the importer writes (field + `_ref`). The reader accepts any subset of POLICY_RULES fields. */
export const POLICY_COLUMNS = ['iso3', 'country', ...POLICY_FIELDS.flatMap((f) => [f, `${f}_ref`]), 'notes'];

/** `a;b` -> ['a', 'b'] (ref ids of a policy cell, event or model). */
export function splitRefs(refs: string | undefined): string[] {
	return (refs ?? '')
		.split(';')
		.map((r) => r.trim())
		.filter(Boolean);
}

const EVENT_SCOPES = ['national', 'subnational', 'international'];
const JURISDICTION_TYPES = ['state', 'province', 'territory', 'nation'];

export const TOPICS: readonly Topic[] = ['deaths', 'hiv', 'prisons', 'offences', 'use', 'treatment'];

/** ISO 3166-1 alpha-3, or a project code of the same form (XKX Kosovo, XSL Somaliland …). */
export const COUNTRY_CODE = /^[A-Z]{3}$/;
/** Sub-national: the country's ISO alpha-2, a hyphen and up to three capitals or digits (ISO 3166-2 form, GB-SCT). */
export const SUBNATIONAL_CODE = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;
/** Ids that name files and URL paths (indicator ids, source ids): lower case, digits, `_`, `-`, `.`; no path separators. */
const INDICATOR_ID = /^[a-z0-9_]+$/;
const SOURCE_ID = /^[a-z0-9][a-z0-9._-]*$/;
const EVENT_TYPE = /^[a-z][a-z0-9_]*$/;

function start(text: string, file: string, expected: readonly string[], log: ProblemLog): { table: CsvTable; ok: boolean } {
	const table = parseCsv(text, file, log);
	if (table.header.length === 0 || (table.header.length === 1 && table.header[0] === '')) {
		log.add(file, 1, `the file is empty: the first line must be the header ${expected.join(',')}`);
		return { table, ok: false };
	}
	checkCells(table, log);
	const missing = expected.filter((c) => !table.header.includes(c));
	if (missing.length) log.add(file, 1, `missing column(s): ${missing.join(', ')} (header must include ${expected.join(',')})`);
	return { table, ok: missing.length === 0 };
}

function done<T>(rows: T[], lines: number[], file: string, log: ProblemLog): Parsed<T> {
	return { rows, lines, problems: log.of(file) };
}

/** A reference table (countries, sources, indicators) with a header and no rows would make every other row wrong. */
function needRows(rows: unknown[], file: string, log: ProblemLog): void {
	if (rows.length === 0 && !log.has(file)) log.add(file, 0, 'the file has a header but no rows');
}

export function parseCountries(text: string, file = 'countries.csv', log = new ProblemLog()): Parsed<Country> {
	const { table, ok } = start(text, file, COLUMNS.countries, log);
	if (!ok) return done([], [], file, log);
	const rows: Country[] = [];
	const lines: number[] = [];
	const kindOf = new Map<string, string>();
	const numeric = new Map<string, number>();
	const add = (line: number, reason: string) => log.add(file, line, reason);
	for (const { line, cells: c } of table.rows) {
		const code = c.iso3 ?? '';
		const kind = c.kind ?? '';
		let codeOk = true;
		if (!code) {
			add(line, 'empty iso3');
			codeOk = false;
		} else if (!COUNTRY_CODE.test(code) && !SUBNATIONAL_CODE.test(code)) {
			add(line, `iso3 ${show(code)} must be three capital letters (ISO 3166-1 alpha-3, or a project code such as XKX) or a sub-national code such as GB-SCT`);
			codeOk = false;
		} else if (kind === 'country' && !COUNTRY_CODE.test(code)) {
			add(line, `iso3 ${show(code)}: a place of kind country has a three-letter code (sub-national codes such as GB-SCT are for kind subnational)`);
		} else if (kind === 'subnational' && !SUBNATIONAL_CODE.test(code)) {
			add(line, `iso3 ${show(code)}: a sub-national place has a code such as GB-SCT (its country's alpha-2, a hyphen, up to three capitals or digits)`);
		}
		if (codeOk && kindOf.has(code)) add(line, `duplicate iso3 ${code}`);
		if (kind !== 'country' && kind !== 'subnational') add(line, `kind ${show(kind)} must be country or subnational`);
		if (!c.name?.trim()) add(line, `place ${code} has no name`);
		if (!(REGIONS as readonly string[]).includes(c.region ?? '')) add(line, `region ${show(c.region)} must be one of ${REGIONS.join(', ')}`);
		if (c.eu_member !== 'true' && c.eu_member !== 'false') add(line, `eu_member ${show(c.eu_member)} must be true or false`);
		const num = c.iso_numeric ?? '';
		if (num && !/^\d{3}$/.test(num)) add(line, `iso_numeric ${show(num)} must be three digits (ISO 3166-1 numeric, e.g. 040) or blank`);
		else if (num && numeric.has(num)) add(line, `duplicate iso_numeric ${num} (first at line ${numeric.get(num)})`);
		else if (num) numeric.set(num, line);
		if (!codeOk) continue; // a code that is not a code never reaches the app (it names pages and files)
		if (!kindOf.has(code)) kindOf.set(code, kind);
		rows.push({
			iso3: code,
			iso_numeric: num,
			name: c.name!,
			region: c.region!,
			subregion: c.subregion!,
			eu_member: c.eu_member === 'true',
			kind: kind as Country['kind'],
			parent: c.parent!,
			atlas_name: c.atlas_name!,
			note: c.note!
		});
		lines.push(line);
	}
	rows.forEach((r, i) => {
		const line = lines[i]!;
		if (r.kind === 'subnational') {
			if (!r.parent) add(line, `sub-national place ${r.iso3} has no parent: name the country it belongs to`);
			else if (kindOf.get(r.parent) !== 'country') add(line, `parent ${show(r.parent)} of ${r.iso3} is not a country in countries.csv`);
		} else if (r.kind === 'country' && r.parent) add(line, `parent ${show(r.parent)}: a place of kind country has no parent (leave it blank)`);
	});
	needRows(rows, file, log);
	return done(rows, lines, file, log);
}

export const SOURCE_YEAR_MIN = 1800;
export const SOURCE_YEAR_MAX = 2030;

export function parseSources(text: string, file = 'sources.csv', log = new ProblemLog()): Parsed<Source> {
	const { table, ok } = start(text, file, COLUMNS.sources, log);
	if (!ok) return done([], [], file, log);
	const rows: Source[] = [];
	const lines: number[] = [];
	for (const { line, cells: c } of table.rows) {
		for (const k of ['source_id', 'publisher', 'title', 'url', 'licence', 'year'] as const) {
			if (!c[k]?.trim()) log.add(file, line, `source ${c.source_id || '(no id)'} has no ${k}: every source must name publisher, title, URL, licence and year`);
		}
		if (c.source_id && !SOURCE_ID.test(c.source_id)) log.add(file, line, `source_id ${show(c.source_id)} must be lower-case letters, digits, ".", "_" and "-"`);
		const y = c.year ?? '';
		if (y && y !== 'n.d.' && (!/^\d{4}$/.test(y) || Number(y) < SOURCE_YEAR_MIN || Number(y) > SOURCE_YEAR_MAX)) {
			log.add(file, line, `year ${show(y)} must be a four-digit year ${SOURCE_YEAR_MIN}–${SOURCE_YEAR_MAX}, or n.d. for an undated source`);
		}
		rows.push(c as unknown as Source);
		lines.push(line);
	}
	needRows(rows, file, log);
	return done(rows, lines, file, log);
}

export interface ParsedIndicators extends Parsed<Indicator> {
	/** Plausibility bounds of each indicator's values: from its unit, tightened by optional `min`/`max` columns. */
	bounds: Map<string, Bounds>;
}

export function parseIndicators(text: string, file = 'indicators.csv', log = new ProblemLog()): ParsedIndicators {
	const { table, ok } = start(text, file, COLUMNS.indicators, log);
	const bounds = new Map<string, Bounds>();
	if (!ok) return { ...done([], [], file, log), bounds };
	const rows: Indicator[] = [];
	const lines: number[] = [];
	const add = (line: number, reason: string) => log.add(file, line, reason);
	for (const { line, cells: c } of table.rows) {
		const id = c.indicator_id ?? '';
		if (!INDICATOR_ID.test(id)) add(line, `indicator_id ${show(id)} must be lower-case letters, digits and _`);
		for (const k of ['label', 'short_label', 'unit', 'source_id', 'comparability', 'caveat'] as const) {
			if (!c[k]?.trim()) add(line, `indicator ${id} has no ${k}`);
		}
		if (!TOPICS.includes(c.topic as Topic)) add(line, `topic ${show(c.topic)} must be one of ${TOPICS.join(', ')}`);
		if (!['lower', 'higher', ''].includes(c.better ?? '')) add(line, `better ${show(c.better)} must be lower, higher or blank`);
		const decimals = Number(c.decimals);
		if (!/^\d$/.test(c.decimals ?? '') || decimals > 4) add(line, `decimals ${show(c.decimals)} must be a whole number 0–4`);
		if (c.derived !== 'true' && c.derived !== 'false') add(line, `derived ${show(c.derived)} must be true or false`);
		if (c.derived === 'true' && !c.formula?.trim()) add(line, `derived indicator ${id} has no formula: say how it is computed`);
		const b = indicatorBounds(c, line, file, log);
		if (b && INDICATOR_ID.test(id)) bounds.set(id, b);
		rows.push({ ...(c as unknown as Indicator), decimals, derived: c.derived === 'true' });
		lines.push(line);
	}
	needRows(rows, file, log);
	return { rows, lines, problems: log.of(file), bounds };
}

/** Bounds from the unit; optional `min`/`max` cells may only narrow them. */
function indicatorBounds(c: Record<string, string>, line: number, file: string, log: ProblemLog): Bounds | null {
	if (!c.unit?.trim()) return null;
	const fromUnit = unitBounds(c.unit);
	if (!fromUnit) {
		log.add(file, line, `unit ${show(c.unit)} does not say what kind of number this is: write a share with "%", a rate as "… per 100,000 …" (or per million, per 1,000), or a count such as "deaths" or "persons held"`);
		return null;
	}
	const b = { ...fromUnit };
	for (const k of ['min', 'max'] as const) {
		const raw = c[k];
		if (raw === undefined || raw === '') continue;
		const v = Number(raw);
		if (!/^-?\d+(\.\d+)?$/.test(raw) || v < fromUnit.min || v > fromUnit.max) {
			log.add(file, line, `${k} ${show(raw)} must be a number within ${fromUnit.min}–${fromUnit.max} (the bounds of ${fromUnit.why}); it may only narrow them`);
			continue;
		}
		b[k] = v;
	}
	if (b.min > b.max) log.add(file, line, `min ${b.min} is above max ${b.max}`);
	if (b.min !== fromUnit.min || b.max !== fromUnit.max) b.why = `the bounds declared for this indicator in ${file}`;
	return b;
}

export const YEAR_MIN = 1950;
export const YEAR_MAX = 2030;

const NUMBER = /^-?\d+(\.\d+)?$/;

export function parseObservations(text: string, file: string, log = new ProblemLog()): Parsed<Observation> {
	const { table, ok } = start(text, file, COLUMNS.observations, log);
	if (!ok) return done([], [], file, log);
	const rows: Observation[] = [];
	const lines: number[] = [];
	for (const { line, cells: c } of table.rows) {
		const year = Number(c.year);
		if (!/^\d{4}$/.test(c.year ?? '') || year < YEAR_MIN || year > YEAR_MAX) {
			log.add(file, line, `year ${show(c.year)} out of range ${YEAR_MIN}–${YEAR_MAX}`);
			continue;
		}
		if (!NUMBER.test(c.value ?? '')) {
			log.add(file, line, `value ${show(c.value)} is not a number (write missing values as no row, not as text or 0)`);
			continue;
		}
		const value = Number(c.value);
		if (c.value!.startsWith('-')) {
			log.add(file, line, `value ${c.value} is negative: impossible for a count, rate or share`);
			continue;
		}
		if (!(FLAGS as readonly string[]).includes(c.flag ?? '')) log.add(file, line, `flag ${show(c.flag)} must be one of: ${FLAGS.filter(Boolean).join(', ')} or blank`);
		if (!c.source_id?.trim()) log.add(file, line, 'observation without a source: fill source_id');
		rows.push({ iso3: c.iso3!, year, value, flag: c.flag as Flag, source_id: c.source_id!, note: c.note! });
		lines.push(line);
	}
	return done(rows, lines, file, log);
}

/**
 * policies.csv: `iso3`, `country`, then any policy fields of POLICY_RULES, each with its source column
 * (`<field>_source` today, `<field>_ref` after the policy-sources import), and `notes`. A column that is none of these
 * is refused, so that a misspelt field cannot slip past its vocabulary.
 */
export function parsePolicies(text: string, file = 'policies.csv', log = new ProblemLog()): Parsed<Policy> {
	const { table, ok } = start(text, file, POLICY_KEY_COLUMNS, log);
	if (!ok) return done([], [], file, log);
	const fields: string[] = [];
	const refColumns: string[] = [];
	for (const h of table.header) {
		if ((POLICY_KEY_COLUMNS as readonly string[]).includes(h) || h === POLICY_NOTES) continue;
		if (h in POLICY_RULES) {
			fields.push(h);
			continue;
		}
		const suffix = POLICY_SOURCE_SUFFIXES.find((s) => h.endsWith(s));
		const base = suffix ? h.slice(0, -suffix.length) : '';
		if (suffix && (base in POLICY_RULES || base === POLICY_NOTES)) {
			if (suffix === '_ref') refColumns.push(h);
			continue;
		}
		if (h) log.add(file, 1, `column ${show(h)} is not a policy field or a field's _source/_ref column (fields: ${Object.keys(POLICY_RULES).join(', ')}); a new field needs a rule in src/lib/data/policyRules.ts`);
	}
	const sourceColumns = new Map(fields.map((f) => [f, POLICY_SOURCE_SUFFIXES.map((s) => f + s).filter((c) => table.header.includes(c))]));
	for (const f of fields) if (!sourceColumns.get(f)!.length) log.add(file, 1, `policy field ${f} has no ${f}_source or ${f}_ref column: every fact needs its source`);
	const rows: Policy[] = [];
	const lines: number[] = [];
	for (const { line, cells: c } of table.rows) {
		if (!c.iso3) log.add(file, line, 'empty iso3');
		if (!c.country?.trim()) log.add(file, line, `policy row ${c.iso3} has no country name`);
		for (const f of fields) {
			const value = c[f] ?? '';
			const p = policyValueProblem(f, value);
			if (p) log.add(file, line, `${f} ${show(value)} ${p}`);
			const cols = sourceColumns.get(f)!;
			if (value.trim() && cols.length && !cols.some((col) => c[col]?.trim())) {
				log.add(file, line, `policy field ${f} (${show(value)}) for ${c.iso3} has no source: fill ${cols[0]}`);
			}
		}
		for (const col of refColumns) {
			const v = c[col] ?? '';
			if (v.trim() && v.split(';').some((id) => !id.trim())) log.add(file, line, `${col} ${show(v)} has an empty id: separate source ids with ";"`);
		}
		rows.push(c as unknown as Policy);
		lines.push(line);
	}
	return done(rows, lines, file, log);
}

export function parsePolicyEvents(text: string, file = 'policy_events.csv', log = new ProblemLog()): Parsed<PolicyEvent> {
	const { table, ok } = start(text, file, COLUMNS.policy_events, log);
	if (!ok) return done([], [], file, log);
	const rows: PolicyEvent[] = [];
	const lines: number[] = [];
	const add = (line: number, reason: string) => log.add(file, line, reason);
	for (const { line, cells: c } of table.rows) {
		if (!c.iso3) add(line, 'empty iso3');
		const date = checkPartialDate(c.date ?? '', POLICY_YEAR_MIN, POLICY_YEAR_MAX);
		if ('problem' in date) add(line, `date ${show(c.date)} ${date.problem}`);
		if (!/^\d{4}$/.test(c.year ?? '')) add(line, `year ${show(c.year)} must be the four-digit year of the date`);
		else if ('year' in date && Number(c.year) !== date.year) add(line, `year ${show(c.year)} does not match date ${show(c.date)}`);
		if (!EVENT_TYPE.test(c.event_type ?? '')) add(line, `event_type ${show(c.event_type)} must be a lower-case code such as decriminalisation or dcr_opened`);
		if (!c.title?.trim()) add(line, `policy event on ${c.date} has no title`);
		if (!c.ref?.trim()) add(line, `policy event ${show(c.title)} has no source: fill ref`);
		else if (splitRefs(c.ref).length !== c.ref.split(';').length) add(line, `ref ${show(c.ref)} has an empty id: separate source ids with ";"`);
		if (!EVENT_SCOPES.includes(c.scope ?? '')) add(line, `scope ${show(c.scope)} must be one of ${EVENT_SCOPES.join(', ')}`);
		else if ((c.scope === 'international') !== (c.iso3 === 'INT')) add(line, `scope ${show(c.scope)} does not fit iso3 ${show(c.iso3)}: international events are INT and INT events are international`);
		if (c.scope === 'subnational' && (!c.jurisdiction?.trim() || !JURISDICTION_TYPES.includes(c.jurisdiction_type ?? '')))
			add(line, `sub-national event ${show(c.title)} must name its jurisdiction and jurisdiction_type (${JURISDICTION_TYPES.join(', ')})`);
		if (c.scope !== 'subnational' && (c.jurisdiction?.trim() || c.jurisdiction_type?.trim()))
			add(line, `event ${show(c.title)} names a jurisdiction but its scope is ${show(c.scope)}: set scope to subnational or clear the jurisdiction`);
		rows.push({ ...(c as unknown as PolicyEvent), year: Number(c.year) });
		lines.push(line);
	}
	return done(rows, lines, file, log);
}

/** policy_sources.csv: the citations behind policy facts, events and regulation models. URLs: cellRules (http(s) or blank). */
export function parsePolicySources(text: string, file = 'policy_sources.csv', log = new ProblemLog()): Parsed<PolicySource> {
	const { table, ok } = start(text, file, COLUMNS.policy_sources, log);
	if (!ok) return done([], [], file, log);
	const rows: PolicySource[] = [];
	const lines: number[] = [];
	for (const { line, cells: c } of table.rows) {
		// year may be blank (undated page); url may be blank (original not found: cite publisher, title, year).
		for (const k of ['ref_id', 'publisher', 'title'] as const) {
			if (!c[k]?.trim()) log.add(file, line, `policy source ${show(c.ref_id || '(no id)')} has no ${k}: every citation names its publisher and title`);
		}
		if (c.ref_id && !SOURCE_ID.test(c.ref_id)) log.add(file, line, `ref_id ${show(c.ref_id)} must be lower-case letters, digits, ".", "_" or "-"`);
		if (c.read_via) {
			const u = urlProblem(c.read_via);
			if (u) log.add(file, line, `read_via ${show(c.read_via)} ${u}`);
		}
		if (c.read_via && !c.read_via_note?.trim()) log.add(file, line, `policy source ${show(c.ref_id)} has a read_via URL but no read_via_note saying what the copy is`);
		rows.push(c as unknown as PolicySource);
		lines.push(line);
	}
	return done(rows, lines, file, log);
}

/** policy_cells.csv: whether each filled cell of policies.csv rests on a primary source, and the sentence relied on. */
export function parsePolicyCells(text: string, file = 'policy_cells.csv', log = new ProblemLog()): Parsed<PolicyCell> {
	const { table, ok } = start(text, file, COLUMNS.policy_cells, log);
	if (!ok) return done([], [], file, log);
	const rows: PolicyCell[] = [];
	const lines: number[] = [];
	for (const { line, cells: c } of table.rows) {
		if (!(POLICY_FIELDS as readonly string[]).includes(c.field ?? '')) log.add(file, line, `field ${show(c.field)} is not a policy field`);
		if (c.status !== 'primary' && c.status !== 'secondary') log.add(file, line, `status ${show(c.status)} must be primary or secondary`);
		if (c.rechecked !== 'yes' && c.rechecked !== 'no') log.add(file, line, `rechecked ${show(c.rechecked)} must be yes or no`);
		rows.push(c as unknown as PolicyCell);
		lines.push(line);
	}
	return done(rows, lines, file, log);
}

/** regulation_models.csv: real-world models of state-controlled supply. */
export function parseRegulationModels(text: string, file = 'regulation_models.csv', log = new ProblemLog()): Parsed<RegulationModel> {
	const { table, ok } = start(text, file, COLUMNS.regulation_models, log);
	if (!ok) return done([], [], file, log);
	const rows: RegulationModel[] = [];
	const lines: number[] = [];
	for (const { line, cells: c } of table.rows) {
		for (const k of ['jurisdiction', 'substance', 'model'] as const) if (!c[k]?.trim()) log.add(file, line, `regulation model for ${show(c.iso3)} has no ${k}`);
		if (c.since) {
			const y = Number(c.since);
			if (!/^\d{4}$/.test(c.since) || y < POLICY_YEAR_MIN || y > POLICY_YEAR_MAX) log.add(file, line, `since ${show(c.since)} must be a year ${POLICY_YEAR_MIN}–${POLICY_YEAR_MAX}`);
		}
		if (!c.ref?.trim()) log.add(file, line, `regulation model ${show(c.model)} (${c.iso3}) has no source: fill ref`);
		rows.push(c as unknown as RegulationModel);
		lines.push(line);
	}
	return done(rows, lines, file, log);
}
