/**
 * Validate the whole curated package. Pure: takes file texts keyed by path relative to `data/`
 * (`countries.csv`, `observations/<indicator_id>.csv`, …) and returns every problem as `{ file, line, reason }`.
 */
import type { CsvProblem } from './csv.ts';
import {
	parseCountries,
	parseIndicators,
	parseObservations,
	parsePolicies,
	parsePolicyCells,
	parsePolicyEvents,
	parsePolicySources,
	parseRegulationModels,
	parseSources,
	splitRefs
} from './parse.ts';
import { POLICY_FIELDS } from './types.ts';

export const REQUIRED_FILES = ['countries.csv', 'sources.csv', 'indicators.csv', 'policies.csv', 'policy_events.csv', 'policy_sources.csv', 'policy_cells.csv', 'regulation_models.csv'];
/** Policy events may be international (UN conventions, reports): the only code allowed beyond countries.csv. */
export const INTERNATIONAL = 'INT';

export function validatePackage(files: Record<string, string>): CsvProblem[] {
	const problems: CsvProblem[] = [];
	for (const f of REQUIRED_FILES) if (!(f in files)) problems.push({ file: f, line: 0, reason: 'file missing from data/' });
	if (!('countries.csv' in files && 'sources.csv' in files && 'indicators.csv' in files)) return problems;

	const countries = parseCountries(files['countries.csv'] ?? '', 'countries.csv');
	const sources = parseSources(files['sources.csv'] ?? '', 'sources.csv');
	const indicators = parseIndicators(files['indicators.csv'] ?? '', 'indicators.csv');
	problems.push(...countries.problems, ...sources.problems, ...indicators.problems);

	const codes = new Set<string>();
	countries.rows.forEach((c, i) => {
		if (codes.has(c.iso3)) problems.push({ file: 'countries.csv', line: countries.lines[i]!, reason: `duplicate iso3 ${c.iso3}` });
		codes.add(c.iso3);
	});
	const sourceIds = uniqueIds(sources.rows.map((s) => s.source_id), sources.lines, 'sources.csv', 'source_id', problems);
	const indicatorIds = uniqueIds(indicators.rows.map((s) => s.indicator_id), indicators.lines, 'indicators.csv', 'indicator_id', problems);
	indicators.rows.forEach((ind, i) => {
		if (!sourceIds.has(ind.source_id)) problems.push({ file: 'indicators.csv', line: indicators.lines[i]!, reason: `indicator ${ind.indicator_id} names unknown source "${ind.source_id}" (add it to sources.csv)` });
	});

	const seenObservationFiles = new Set<string>();
	for (const [path, text] of Object.entries(files)) {
		const m = /^observations\/([^/]+)\.csv$/.exec(path);
		if (!m) continue;
		const id = m[1]!;
		seenObservationFiles.add(id);
		if (!indicatorIds.has(id)) problems.push({ file: path, line: 0, reason: `unknown indicator "${id}": add a row to indicators.csv or remove the file` });
		const obs = parseObservations(text, path);
		problems.push(...obs.problems);
		const seen = new Map<string, number>();
		obs.rows.forEach((o, i) => {
			const line = obs.lines[i]!;
			if (!codes.has(o.iso3)) problems.push({ file: path, line, reason: `unknown country code "${o.iso3}" (not in countries.csv)` });
			if (o.source_id && !sourceIds.has(o.source_id)) problems.push({ file: path, line, reason: `unknown source "${o.source_id}" (not in sources.csv)` });
			const key = `${o.iso3}-${o.year}`;
			const first = seen.get(key);
			if (first !== undefined) problems.push({ file: path, line, reason: `duplicate country-year ${o.iso3} ${o.year} (first at line ${first})` });
			else seen.set(key, line);
		});
		if (obs.rows.length === 0 && obs.problems.length === 0) problems.push({ file: path, line: 0, reason: 'no observations' });
	}
	for (const id of indicatorIds) if (!seenObservationFiles.has(id)) problems.push({ file: 'indicators.csv', line: 0, reason: `indicator ${id} has no observations/${id}.csv` });

	// Policy citations: every ref id used by policies, events and regulation models must be in policy_sources.csv.
	const refIds = new Set<string>();
	const refsUsed = new Set<string>();
	const checkRefs = (file: string, line: number, refs: string, what: string) => {
		if (!('policy_sources.csv' in files)) return;
		for (const r of splitRefs(refs)) {
			refsUsed.add(r);
			if (!refIds.has(r)) problems.push({ file, line, reason: `${what} cites unknown ref "${r}" (not in policy_sources.csv)` });
		}
	};
	if ('policy_sources.csv' in files) {
		const ps = parsePolicySources(files['policy_sources.csv']!, 'policy_sources.csv');
		problems.push(...ps.problems);
		for (const id of uniqueIds(ps.rows.map((s) => s.ref_id), ps.lines, 'policy_sources.csv', 'ref_id', problems)) refIds.add(id);
	}
	const filledCells = new Map<string, number>();
	if ('policies.csv' in files) {
		const policies = parsePolicies(files['policies.csv']!, 'policies.csv');
		problems.push(...policies.problems);
		const seenP = new Set<string>();
		policies.rows.forEach((p, i) => {
			const line = policies.lines[i]!;
			if (!codes.has(p.iso3)) problems.push({ file: 'policies.csv', line, reason: `unknown country code "${p.iso3}"` });
			if (seenP.has(p.iso3)) problems.push({ file: 'policies.csv', line, reason: `duplicate country ${p.iso3}` });
			seenP.add(p.iso3);
			for (const f of POLICY_FIELDS) {
				checkRefs('policies.csv', line, p[`${f}_ref`], `${p.iso3} ${f}`);
				if (p[f]?.trim()) filledCells.set(`${p.iso3} ${f}`, line);
				else if (p[`${f}_ref`]?.trim()) problems.push({ file: 'policies.csv', line, reason: `${p.iso3} ${f} is blank but has refs: a blank cell means unknown, so cite nothing or fill the value` });
			}
		});
	}
	if ('policy_cells.csv' in files) {
		const cells = parsePolicyCells(files['policy_cells.csv']!, 'policy_cells.csv');
		problems.push(...cells.problems);
		const seenC = new Set<string>();
		cells.rows.forEach((c, i) => {
			const line = cells.lines[i]!;
			const key = `${c.iso3} ${c.field}`;
			if (!codes.has(c.iso3)) problems.push({ file: 'policy_cells.csv', line, reason: `unknown country code "${c.iso3}"` });
			else if (!filledCells.has(key)) problems.push({ file: 'policy_cells.csv', line, reason: `${key}: no filled cell in policies.csv for this provenance row` });
			if (seenC.has(key)) problems.push({ file: 'policy_cells.csv', line, reason: `duplicate cell ${key}` });
			seenC.add(key);
		});
		for (const [key, line] of filledCells) if (!seenC.has(key)) problems.push({ file: 'policies.csv', line, reason: `${key} has no row in policy_cells.csv (primary or secondary source?)` });
	}
	if ('policy_events.csv' in files) {
		const events = parsePolicyEvents(files['policy_events.csv']!, 'policy_events.csv');
		problems.push(...events.problems);
		events.rows.forEach((e, i) => {
			const line = events.lines[i]!;
			if (e.iso3 !== INTERNATIONAL && !codes.has(e.iso3)) problems.push({ file: 'policy_events.csv', line, reason: `unknown country code "${e.iso3}"` });
			checkRefs('policy_events.csv', line, e.ref, `event "${e.title}"`);
		});
	}
	if ('regulation_models.csv' in files) {
		const models = parseRegulationModels(files['regulation_models.csv']!, 'regulation_models.csv');
		problems.push(...models.problems);
		models.rows.forEach((m, i) => {
			const line = models.lines[i]!;
			if (!codes.has(m.iso3)) problems.push({ file: 'regulation_models.csv', line, reason: `unknown country code "${m.iso3}"` });
			checkRefs('regulation_models.csv', line, m.ref, `model "${m.model}"`);
		});
	}
	return problems.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
}

function uniqueIds(ids: string[], lines: number[], file: string, column: string, problems: CsvProblem[]): Set<string> {
	const set = new Set<string>();
	ids.forEach((id, i) => {
		if (set.has(id)) problems.push({ file, line: lines[i]!, reason: `duplicate ${column} ${id}` });
		set.add(id);
	});
	return set;
}

export function formatProblem(p: CsvProblem): string {
	return `data/${p.file}:${p.line}: ${p.reason}`;
}
