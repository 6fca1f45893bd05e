/**
 * Typed readers for the curated CSVs. Each returns rows plus problems (`file:line: reason`), so the same code serves
 * the app (which trusts the validated package) and the validator (which reports every problem).
 */
import { parseCsv, type CsvProblem, type CsvTable } from './csv.ts';
import {
	FLAGS,
	POLICY_FIELDS,
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

export interface Parsed<T> {
	rows: T[];
	/** File line (1-based) where each row starts, parallel to `rows`. */
	lines: number[];
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
const HTTP_URL = /^https?:\/\/\S+$/;

const TOPICS: Topic[] = ['deaths', 'hiv', 'prisons', 'offences', 'use'];

function missingColumns(t: CsvTable, expected: readonly string[]): CsvProblem[] {
	const missing = expected.filter((c) => !t.header.includes(c));
	return missing.length ? [{ file: t.file, line: 1, reason: `missing column(s): ${missing.join(', ')} (header must include ${expected.join(',')})` }] : [];
}

function start(text: string, file: string, expected: readonly string[]): { table: CsvTable; problems: CsvProblem[]; ok: boolean } {
	const table = parseCsv(text, file);
	const header = missingColumns(table, expected);
	return { table, problems: [...table.problems, ...header], ok: header.length === 0 };
}

export function parseCountries(text: string, file = 'countries.csv'): Parsed<Country> {
	const { table, problems, ok } = start(text, file, COLUMNS.countries);
	if (!ok) return { rows: [], lines: [], problems };
	const rows: Country[] = [];
	const lines: number[] = [];
	for (const { line, cells: c } of table.rows) {
		if (!c.iso3) problems.push({ file, line, reason: 'empty iso3' });
		if (c.kind !== 'country' && c.kind !== 'subnational') problems.push({ file, line, reason: `kind "${c.kind}" must be country or subnational` });
		rows.push({
			iso3: c.iso3!,
			iso_numeric: c.iso_numeric!,
			name: c.name!,
			region: c.region!,
			subregion: c.subregion!,
			eu_member: c.eu_member === 'true',
			kind: c.kind as Country['kind'],
			parent: c.parent!,
			atlas_name: c.atlas_name!,
			note: c.note!
		});
		lines.push(line);
	}
	return { rows, lines, problems };
}

export function parseSources(text: string, file = 'sources.csv'): Parsed<Source> {
	const { table, problems, ok } = start(text, file, COLUMNS.sources);
	if (!ok) return { rows: [], lines: [], problems };
	const rows: Source[] = [];
	const lines: number[] = [];
	for (const { line, cells: c } of table.rows) {
		for (const k of ['source_id', 'publisher', 'title', 'url', 'licence', 'year'] as const) {
			if (!c[k]?.trim()) problems.push({ file, line, reason: `source ${c.source_id || '(no id)'} has no ${k}: every source must name publisher, title, URL, licence and year` });
		}
		if (c.url && !/^https?:\/\//.test(c.url)) problems.push({ file, line, reason: `url "${c.url}" is not an http(s) URL` });
		rows.push(c as unknown as Source);
		lines.push(line);
	}
	return { rows, lines, problems };
}

export function parseIndicators(text: string, file = 'indicators.csv'): Parsed<Indicator> {
	const { table, problems, ok } = start(text, file, COLUMNS.indicators);
	if (!ok) return { rows: [], lines: [], problems };
	const rows: Indicator[] = [];
	const lines: number[] = [];
	for (const { line, cells: c } of table.rows) {
		if (!/^[a-z0-9_]+$/.test(c.indicator_id ?? '')) problems.push({ file, line, reason: `indicator_id "${c.indicator_id}" must be lower-case letters, digits and _` });
		for (const k of ['label', 'short_label', 'unit', 'source_id', 'comparability', 'caveat'] as const) {
			if (!c[k]?.trim()) problems.push({ file, line, reason: `indicator ${c.indicator_id} has no ${k}` });
		}
		if (!TOPICS.includes(c.topic as Topic)) problems.push({ file, line, reason: `topic "${c.topic}" must be one of ${TOPICS.join(', ')}` });
		if (!['lower', 'higher', ''].includes(c.better ?? '')) problems.push({ file, line, reason: `better "${c.better}" must be lower, higher or blank` });
		const decimals = Number(c.decimals);
		if (!Number.isInteger(decimals) || decimals < 0 || decimals > 4) problems.push({ file, line, reason: `decimals "${c.decimals}" must be a whole number 0–4` });
		if (c.derived !== 'true' && c.derived !== 'false') problems.push({ file, line, reason: `derived "${c.derived}" must be true or false` });
		if (c.derived === 'true' && !c.formula?.trim()) problems.push({ file, line, reason: `derived indicator ${c.indicator_id} has no formula: say how it is computed` });
		rows.push({ ...(c as unknown as Indicator), decimals, derived: c.derived === 'true' });
		lines.push(line);
	}
	return { rows, lines, problems };
}

export const YEAR_MIN = 1950;
export const YEAR_MAX = 2030;

/** Indicators whose values may be negative (none yet: all are counts, rates and shares). */
const NUMBER = /^-?\d+(\.\d+)?$/;

export function parseObservations(text: string, file: string): Parsed<Observation> {
	const { table, problems, ok } = start(text, file, COLUMNS.observations);
	if (!ok) return { rows: [], lines: [], problems };
	const rows: Observation[] = [];
	const lines: number[] = [];
	for (const { line, cells: c } of table.rows) {
		const year = Number(c.year);
		if (!/^\d{4}$/.test(c.year ?? '') || year < YEAR_MIN || year > YEAR_MAX) {
			problems.push({ file, line, reason: `year "${c.year}" out of range ${YEAR_MIN}–${YEAR_MAX}` });
			continue;
		}
		if (!NUMBER.test(c.value ?? '')) {
			problems.push({ file, line, reason: `value "${c.value}" is not a number (write missing values as no row, not as text or 0)` });
			continue;
		}
		const value = Number(c.value);
		if (value < 0) {
			problems.push({ file, line, reason: `value ${value} is negative: impossible for a count, rate or share` });
			continue;
		}
		if (!(FLAGS as readonly string[]).includes(c.flag ?? '')) problems.push({ file, line, reason: `flag "${c.flag}" must be one of: ${FLAGS.filter(Boolean).join(', ')} or blank` });
		if (!c.source_id?.trim()) problems.push({ file, line, reason: 'observation without a source: fill source_id' });
		rows.push({ iso3: c.iso3!, year, value, flag: c.flag as Flag, source_id: c.source_id!, note: c.note! });
		lines.push(line);
	}
	return { rows, lines, problems };
}

export function parsePolicies(text: string, file = 'policies.csv'): Parsed<Policy> {
	const { table, problems, ok } = start(text, file, POLICY_COLUMNS);
	if (!ok) return { rows: [], lines: [], problems };
	const rows: Policy[] = [];
	const lines: number[] = [];
	for (const { line, cells: c } of table.rows) {
		for (const f of POLICY_FIELDS) {
			if (c[f]?.trim() && !c[`${f}_ref`]?.trim()) problems.push({ file, line, reason: `policy field ${f} ("${c[f]}") for ${c.iso3} has no source: fill ${f}_ref` });
		}
		rows.push(c as unknown as Policy);
		lines.push(line);
	}
	return { rows, lines, problems };
}

export function parsePolicyEvents(text: string, file = 'policy_events.csv'): Parsed<PolicyEvent> {
	const { table, problems, ok } = start(text, file, COLUMNS.policy_events);
	if (!ok) return { rows: [], lines: [], problems };
	const rows: PolicyEvent[] = [];
	const lines: number[] = [];
	for (const { line, cells: c } of table.rows) {
		if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(c.date ?? '')) problems.push({ file, line, reason: `date "${c.date}" must be YYYY, YYYY-MM or YYYY-MM-DD` });
		if (Number(c.year) !== Number((c.date ?? '').slice(0, 4))) problems.push({ file, line, reason: `year "${c.year}" does not match date "${c.date}"` });
		if (!c.ref?.trim()) problems.push({ file, line, reason: `policy event "${c.title}" has no source: fill ref` });
		if (!EVENT_SCOPES.includes(c.scope ?? '')) problems.push({ file, line, reason: `scope "${c.scope}" must be one of ${EVENT_SCOPES.join(', ')}` });
		else if ((c.scope === 'international') !== (c.iso3 === 'INT')) problems.push({ file, line, reason: `scope "${c.scope}" does not fit iso3 ${c.iso3}: international events are INT and INT events are international` });
		if (c.scope === 'subnational' && (!c.jurisdiction?.trim() || !JURISDICTION_TYPES.includes(c.jurisdiction_type ?? '')))
			problems.push({ file, line, reason: `sub-national event "${c.title}" must name its jurisdiction and jurisdiction_type (${JURISDICTION_TYPES.join(', ')})` });
		if (c.scope !== 'subnational' && (c.jurisdiction?.trim() || c.jurisdiction_type?.trim()))
			problems.push({ file, line, reason: `event "${c.title}" names a jurisdiction but its scope is ${c.scope}: set scope to subnational or clear the jurisdiction` });
		rows.push({ ...(c as unknown as PolicyEvent), year: Number(c.year) });
		lines.push(line);
	}
	return { rows, lines, problems };
}

/** policy_sources.csv: the citations behind policy facts, events and regulation models. */
export function parsePolicySources(text: string, file = 'policy_sources.csv'): Parsed<PolicySource> {
	const { table, problems, ok } = start(text, file, COLUMNS.policy_sources);
	if (!ok) return { rows: [], lines: [], problems };
	const rows: PolicySource[] = [];
	const lines: number[] = [];
	for (const { line, cells: c } of table.rows) {
		// year may be blank (undated page); url may be blank (original not found: cite publisher, title, year).
		for (const k of ['ref_id', 'publisher', 'title'] as const) {
			if (!c[k]?.trim()) problems.push({ file, line, reason: `policy source ${c.ref_id || '(no id)'} has no ${k}: every citation names its publisher and title` });
		}
		for (const k of ['url', 'read_via'] as const) {
			if (c[k] && !HTTP_URL.test(c[k])) problems.push({ file, line, reason: `${k} "${c[k]}" of policy source ${c.ref_id} is not an http(s) URL (leave it blank when unknown)` });
		}
		if (c.read_via && !c.read_via_note?.trim()) problems.push({ file, line, reason: `policy source ${c.ref_id} has a read_via URL but no read_via_note saying what the copy is` });
		rows.push(c as unknown as PolicySource);
		lines.push(line);
	}
	return { rows, lines, problems };
}

/** policy_cells.csv: whether each filled cell of policies.csv rests on a primary source, and the sentence relied on. */
export function parsePolicyCells(text: string, file = 'policy_cells.csv'): Parsed<PolicyCell> {
	const { table, problems, ok } = start(text, file, COLUMNS.policy_cells);
	if (!ok) return { rows: [], lines: [], problems };
	const rows: PolicyCell[] = [];
	const lines: number[] = [];
	for (const { line, cells: c } of table.rows) {
		if (!(POLICY_FIELDS as readonly string[]).includes(c.field ?? '')) problems.push({ file, line, reason: `field "${c.field}" is not a policy field` });
		if (c.status !== 'primary' && c.status !== 'secondary') problems.push({ file, line, reason: `status "${c.status}" must be primary or secondary` });
		if (c.rechecked !== 'yes' && c.rechecked !== 'no') problems.push({ file, line, reason: `rechecked "${c.rechecked}" must be yes or no` });
		rows.push(c as unknown as PolicyCell);
		lines.push(line);
	}
	return { rows, lines, problems };
}

/** regulation_models.csv: real-world models of state-controlled supply. */
export function parseRegulationModels(text: string, file = 'regulation_models.csv'): Parsed<RegulationModel> {
	const { table, problems, ok } = start(text, file, COLUMNS.regulation_models);
	if (!ok) return { rows: [], lines: [], problems };
	const rows: RegulationModel[] = [];
	const lines: number[] = [];
	for (const { line, cells: c } of table.rows) {
		for (const k of ['jurisdiction', 'substance', 'model'] as const) if (!c[k]?.trim()) problems.push({ file, line, reason: `regulation model for ${c.iso3} has no ${k}` });
		if (c.since && !/^\d{4}$/.test(c.since)) problems.push({ file, line, reason: `since "${c.since}" must be a year` });
		if (!c.ref?.trim()) problems.push({ file, line, reason: `regulation model "${c.model}" (${c.iso3}) has no source: fill ref` });
		rows.push(c as unknown as RegulationModel);
		lines.push(line);
	}
	return { rows, lines, problems };
}
