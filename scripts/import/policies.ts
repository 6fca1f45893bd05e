/**
 * Drug-policy reference facts (compiled by the project from cited sources) -> data/policies.csv and data/policy_events.csv.
 * Usage: tsx scripts/import/policies.ts <reference dir> [--out data]
 * The reference dir holds policies.csv (one row per country, a `sources` column "field: source | field: source"),
 * policy_events.csv and SOURCES.md (vocabulary, per-source dates, caveats). Blank cells mean "not found in the sources
 * read", never "no": they stay blank here.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv, toCsv } from '../../src/lib/data/csv.ts';
import { POLICY_COLUMNS } from '../../src/lib/data/parse.ts';
import { POLICY_FIELDS, POSSESSION_STATUSES, type Indicator, type Policy, type PolicyEvent, type PolicyField, type Source } from '../../src/lib/data/types.ts';
import { cliArgs, isMain } from './lib/output.ts';
import { loadPlaces, type Places } from './lib/places.ts';

export const name = 'policies';

export const sources: Source[] = [
	{
		source_id: 'dpe-policy-reference',
		publisher: 'Drug Policy Explorer (compiled from published sources; every cell names its own source)',
		title: 'Drug-policy reference table and policy timeline (policies.csv, policy_events.csv), compiled 2025-11',
		url: 'https://www.talkingdrugs.org/drug-decriminalisation',
		download_url: '',
		licence: 'Compilation: facts with per-cell citations. Quoted sources keep their own terms (Release/TalkingDrugs, HRI, EMCDDA/EUDA, Wikipedia CC BY-SA).',
		year: '2025',
		citation:
			'Drug Policy Explorer policy reference (2025), compiled from Release/TalkingDrugs decriminalisation map, Harm Reduction International Global State of Harm Reduction (2016–2024) and Death Penalty for Drug Offences reports, EMCDDA country drug reports and Perspectives on Drugs, Global Drug Policy Index 2021, national laws and news reports; cite the per-cell source given in the data.',
		notes:
			'Compiled offline from stored copies of public pages, GitHub snapshots and Wikipedia snapshots (see SOURCES.md in the reference folder); not checked against the live sources. State of knowledge varies by cell from 2004 to January 2025. A blank cell means "not found in the sources read", not "no". Harm-reduction "yes" means at least one service existed at the source date, not coverage. Some death-penalty "no" values are inferred (EU Charter, CoE Protocol 13, HRI 2015 statement). GDPI 2021 values come from press coverage of the Index. Each cell in policies.csv names its source in <field>_source; each event names its source. The link is the Release/TalkingDrugs decriminalisation map, the main source of the possession classification; there is no single download: refresh by re-checking each cited source (list and dates in SOURCES.md of the reference folder).'
	}
];

export const indicators: Indicator[] = [];

/** Allowed values of the coded fields (free-text fields such as possession_model and cannabis_status are not checked). */
const VOCAB: Partial<Record<PolicyField, readonly string[]>> = {
	possession_status: POSSESSION_STATUSES,
	hat: ['yes', 'no', 'trial'],
	oat: ['yes', 'no', 'trial'],
	nsp: ['yes', 'no', 'trial'],
	dcr: ['yes', 'no', 'trial'],
	drug_checking: ['yes', 'no', 'trial'],
	naloxone: ['yes', 'no', 'trial'],
	death_penalty_drugs: ['yes', 'no']
};
const YEAR_FIELDS: PolicyField[] = ['possession_year', 'cannabis_year', 'hat_since', 'dcr_since'];
const NUMBER_FIELDS: PolicyField[] = ['gdpi2021_score', 'gdpi2021_rank'];

export const EVENT_COLUMNS: (keyof PolicyEvent)[] = ['iso3', 'date', 'year', 'event_type', 'title', 'description', 'source'];

export interface PoliciesResult {
	policies: Policy[];
	events: PolicyEvent[];
	/** Every problem with file and line: a filled field without a source, a source for an unknown field, bad codes or values. */
	problems: string[];
}

/**
 * Split "field: source | field: source" into a map. A new part starts at " | " followed by an identifier and a colon
 * that is not a URL scheme ("https:"), so sources may themselves contain "|" or URLs.
 */
export function splitSources(text: string): { map: Map<string, string>; bad: string[] } {
	const map = new Map<string, string>();
	const bad: string[] = [];
	const trimmed = text.trim();
	if (!trimmed) return { map, bad };
	for (const part of trimmed.split(/\s+\|\s+(?=[a-z][a-z0-9_]*\s*:(?!\/\/))/)) {
		const m = /^([a-z][a-z0-9_]*)\s*:(?!\/\/)\s*([\s\S]*)$/.exec(part.trim());
		if (!m) {
			bad.push(part.trim());
			continue;
		}
		const [, field, source] = m as unknown as [string, string, string];
		map.set(field, map.has(field) ? `${map.get(field)} ; ${source.trim()}` : source.trim());
	}
	return { map, bad };
}

export function run(policiesText: string, eventsText: string, places: Places, dir = 'reference'): PoliciesResult {
	const problems: string[] = [];
	const pFile = `${dir}/policies.csv`;
	const eFile = `${dir}/policy_events.csv`;

	const pt = parseCsv(policiesText, pFile);
	problems.push(...pt.problems.map((p) => `${p.file}:${p.line}: ${p.reason}`));
	const needed = ['iso3', 'country', 'notes', 'sources', ...POLICY_FIELDS];
	const missing = needed.filter((h) => !pt.header.includes(h));
	if (missing.length) throw new Error(`${pFile}: column(s) not found: ${missing.join(', ')}`);
	const known = new Set<string>(['iso3', 'country', 'notes', 'sources', ...POLICY_FIELDS]);
	for (const h of pt.header) if (!known.has(h)) problems.push(`${pFile}:1: column "${h}" is not a policy field (${POLICY_FIELDS.join(', ')}); not imported`);

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
		const { map, bad } = splitSources(c.sources ?? '');
		for (const b of bad) problems.push(`${where}: ${code}: source part "${b.slice(0, 80)}" does not start with "field:"`);
		for (const field of map.keys()) {
			if (!(POLICY_FIELDS as readonly string[]).includes(field)) problems.push(`${where}: ${code}: source given for unknown field "${field}"`);
		}
		const row: Record<string, string> = { iso3: code, country: (c.country ?? '').trim(), notes: (c.notes ?? '').trim() };
		for (const f of POLICY_FIELDS) {
			const value = (c[f] ?? '').trim();
			const source = map.get(f) ?? '';
			row[f] = value; // blank stays blank (unknown), never "no"
			row[`${f}_source`] = source;
			if (value && !source) problems.push(`${where}: ${code}: field ${f} = "${value}" has no source in the sources column`);
			if (!value && source) problems.push(`${where}: ${code}: source given for blank field ${f} (kept; value left blank = unknown)`);
			if (!value) continue;
			const vocab = VOCAB[f];
			if (vocab && !vocab.includes(value)) problems.push(`${where}: ${code}: ${f} = "${value}" is not one of ${vocab.join(', ')}`);
			if (YEAR_FIELDS.includes(f) && !/^\d{4}$/.test(value)) problems.push(`${where}: ${code}: ${f} = "${value}" is not a year`);
			if (NUMBER_FIELDS.includes(f) && !/^\d+(\.\d+)?$/.test(value)) problems.push(`${where}: ${code}: ${f} = "${value}" is not a number`);
		}
		policies.push(row as Policy);
	}

	const et = parseCsv(eventsText, eFile);
	problems.push(...et.problems.map((p) => `${p.file}:${p.line}: ${p.reason}`));
	const eMissing = ['iso3', 'date', 'event_type', 'title', 'description', 'source'].filter((h) => !et.header.includes(h));
	if (eMissing.length) throw new Error(`${eFile}: column(s) not found: ${eMissing.join(', ')}`);
	const events: PolicyEvent[] = [];
	for (const { line, cells: c } of et.rows) {
		const where = `${eFile}:${line}`;
		const raw = (c.iso3 ?? '').trim();
		const iso3 = raw === 'INT' ? 'INT' : places.byCode(raw);
		if (!iso3) {
			problems.push(`${where}: unknown country code "${raw}", event "${c.title}" not imported`);
			continue;
		}
		const date = (c.date ?? '').trim();
		if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) {
			problems.push(`${where}: ${iso3}: date "${c.date}" is not YYYY, YYYY-MM or YYYY-MM-DD, event "${c.title}" not imported`);
			continue;
		}
		const source = (c.source ?? '').trim();
		if (!source) problems.push(`${where}: ${iso3} ${date}: event "${c.title}" has no source`);
		events.push({
			iso3,
			date,
			year: Number(date.slice(0, 4)),
			event_type: (c.event_type ?? '').trim(),
			title: (c.title ?? '').trim(),
			description: (c.description ?? '').trim(),
			source
		});
	}
	return { policies, events, problems };
}

if (isMain(import.meta.url)) {
	const { paths, out } = cliArgs();
	if (!paths[0]) throw new Error('usage: tsx scripts/import/policies.ts <reference dir> [--out data]');
	const dir = paths[0];
	const result = run(readFileSync(join(dir, 'policies.csv'), 'utf8'), readFileSync(join(dir, 'policy_events.csv'), 'utf8'), loadPlaces(out), dir);
	mkdirSync(out, { recursive: true });
	writeFileSync(join(out, 'policies.csv'), toCsv(result.policies, POLICY_COLUMNS as (keyof Policy & string)[]));
	writeFileSync(join(out, 'policy_events.csv'), toCsv(result.events, EVENT_COLUMNS));
	console.log(`${name}: wrote ${result.policies.length} countries to ${join(out, 'policies.csv')} and ${result.events.length} events to ${join(out, 'policy_events.csv')}`);
	if (result.problems.length) {
		console.log(`${name}: ${result.problems.length} problems:`);
		for (const p of result.problems) console.log(`  - ${p}`);
		process.exitCode = 1;
	}
}
