/**
 * Validate the whole curated package. Pure: takes the files keyed by path relative to `data/` (`countries.csv`,
 * `observations/<indicator_id>.csv`, …), each as raw bytes (decoded here, UTF-8 only), as text, or as a note that it
 * could not be read, and returns every problem as `{ file, line, reason }`, at most `maxPerFile` per file plus a
 * "… and N more" line. Checks that depend on countries.csv, sources.csv or indicators.csv are skipped, with one line
 * saying so, while that file has problems of its own: a broken reference table reports itself, not 40,000 rows that
 * refer to it.
 */
import { parsePlaceNames } from './placeNames.ts';
import { checkCells } from './cellRules.ts';
import { parseCsv } from './csv.ts';
import { decodeCsvBytes } from './decode.ts';
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
import { MAX_PROBLEMS_PER_FILE, ProblemLog, show, type CsvProblem } from './problems.ts';
import { POLICY_FIELDS } from './types.ts';
import { regulationModelProblem } from './regulationModelType.ts';
import { boundsProblem } from './units.ts';
import {
	checkIndicatorTranslations,
	checkRegulationTranslations,
	checkSourceTranslations,
	checkVocabularyTranslations,
	NB_FILE_LIST,
	NB_FILES,
	readTranslationFile,
	type EnglishPackage
} from './translations.ts';

export type { CsvProblem } from './problems.ts';

/** A file of the package: its bytes, its decoded text, or why it could not be read (symlink, directory, EACCES …). */
export type PackageFile = Uint8Array | string | { unreadable: string };

export interface ValidateOptions {
	/** Problems shown per file; the rest are counted in a closing line. Default MAX_PROBLEMS_PER_FILE (50). */
	maxPerFile?: number;
	/**
	 * Values of vocabularies defined in code outside the data layer (`reform_kind`: stats/reformKinds.ts), so that their
	 * Norwegian translations are checked for completeness and unknown values. scripts/check-data.ts passes them.
	 */
	codeVocabularies?: Record<string, readonly string[]>;
}

export const REQUIRED_FILES = [
	'countries.csv',
	'sources.csv',
	'indicators.csv',
	'policies.csv',
	'policy_events.csv',
	'policy_sources.csv',
	'policy_cells.csv',
	'regulation_models.csv',
	// Other names of places, and each place's Norwegian name (kind nb).
	'place_names.csv',
	// The data's own words in Norwegian bokmål (translations.ts).
	...NB_FILE_LIST
];
/** Policy events may be international (UN conventions, reports): the only code allowed beyond countries.csv. */
export const INTERNATIONAL = 'INT';
const OBSERVATION_FILE = /^observations\/([^/]+)\.csv$/;

export function validatePackage(files: Record<string, PackageFile>, options: ValidateOptions = {}): CsvProblem[] {
	const log = new ProblemLog(options.maxPerFile ?? MAX_PROBLEMS_PER_FILE);
	const texts = new Map<string, string>();
	for (const path of Object.keys(files).sort()) {
		const f = files[path]!;
		if (typeof f === 'string') texts.set(path, f);
		else if (f instanceof Uint8Array) {
			const d = decodeCsvBytes(f, path);
			if (d.problem) log.push(d.problem);
			else texts.set(path, d.text);
		} else log.add(path, 0, f.unreadable);
	}
	for (const f of REQUIRED_FILES) if (!(f in files)) log.add(f, 0, 'file missing from data/');

	/** A reference table other checks may trust: present, readable, and without problems of its own. */
	const trusted = (file: string, what: string): boolean => {
		if (texts.has(file) && !log.has(file)) return true;
		log.add(file, 0, `${what} in the other files were not checked, because ${file} has the problems listed here; fix them first`);
		return false;
	};

	const countries = parseCountries(texts.get('countries.csv') ?? '', 'countries.csv', texts.has('countries.csv') ? log : new ProblemLog());
	const sources = parseSources(texts.get('sources.csv') ?? '', 'sources.csv', texts.has('sources.csv') ? log : new ProblemLog());
	const indicators = parseIndicators(texts.get('indicators.csv') ?? '', 'indicators.csv', texts.has('indicators.csv') ? log : new ProblemLog());
	const sourceIds = uniqueIds(sources.rows.map((s) => s.source_id), sources.lines, 'sources.csv', 'source_id', log);
	const indicatorIds = uniqueIds(indicators.rows.map((s) => s.indicator_id), indicators.lines, 'indicators.csv', 'indicator_id', log);
	const sourcesOk = trusted('sources.csv', 'Source ids');
	if (sourcesOk) {
		indicators.rows.forEach((ind, i) => {
			if (!sourceIds.has(ind.source_id)) log.add('indicators.csv', indicators.lines[i]!, `indicator ${ind.indicator_id} names unknown source ${show(ind.source_id)} (add it to sources.csv)`);
		});
	}
	const countriesOk = trusted('countries.csv', 'Country codes');
	const indicatorsOk = trusted('indicators.csv', 'Indicator ids and value bounds');
	const codes = new Set(countries.rows.map((c) => c.iso3));

	// Policy citations: every ref id used by policies, events and regulation models must be in policy_sources.csv.
	const policySources = texts.has('policy_sources.csv') ? parsePolicySources(texts.get('policy_sources.csv')!, 'policy_sources.csv', log) : null;
	const refIds = policySources ? uniqueIds(policySources.rows.map((r) => r.ref_id), policySources.lines, 'policy_sources.csv', 'ref_id', log) : new Set<string>();
	// A bad URL in a citation does not make its id doubtful: refs are checked whenever the file's rows could be read.
	const refsOk = policySources !== null && policySources.rows.length > 0;
	const checkRefs = (file: string, line: number, refs: string | undefined, what: string) => {
		if (!refsOk) return;
		for (const r of splitRefs(refs)) if (!refIds.has(r)) log.add(file, line, `${what} cites unknown ref ${show(r)} (not in policy_sources.csv)`);
	};
	/** "ISO3 field" of every filled policy cell -> its line, for policy_cells.csv. */
	const filledCells = new Map<string, number>();
	let policiesRead = false;

	const seenObservationFiles = new Set<string>();
	/** Event type -> line of first use, and the regulation models, for the Norwegian checks after this loop. */
	let eventTypes: Map<string, number> | null = null;
	let regulationModels: EnglishPackage['regulationModels'] = null;
	for (const [path, text] of texts) {
		if (path === 'countries.csv' || path === 'sources.csv' || path === 'indicators.csv' || path === 'policy_sources.csv' || path === 'policy_cells.csv') continue;
		if (NB_FILE_LIST.includes(path)) continue; // after the loop, against the English tables
		if (path === 'policies.csv') {
			const policies = parsePolicies(text, path, log);
			policiesRead = true;
			const seen = new Map<string, number>();
			policies.rows.forEach((p, i) => {
				const line = policies.lines[i]!;
				if (countriesOk && p.iso3 && !codes.has(p.iso3)) log.add(path, line, `unknown country code ${show(p.iso3)}`);
				const first = seen.get(p.iso3);
				if (first !== undefined) log.add(path, line, `duplicate country ${p.iso3} (first at line ${first})`);
				else seen.set(p.iso3, line);
				for (const f of POLICY_FIELDS) {
					const refs = p[`${f}_ref`];
					checkRefs(path, line, refs, `${p.iso3} ${f}`);
					if (p[f]?.trim()) filledCells.set(`${p.iso3} ${f}`, line);
					else if (refs?.trim()) log.add(path, line, `${p.iso3} ${f} is blank but has refs: a blank cell means unknown, so cite nothing or fill the value`);
				}
			});
			continue;
		}
		if (path === 'policy_events.csv') {
			const events = parsePolicyEvents(text, path, log);
			events.rows.forEach((e, i) => {
				const line = events.lines[i]!;
				if (countriesOk && e.iso3 && e.iso3 !== INTERNATIONAL && !codes.has(e.iso3)) log.add(path, line, `unknown country code ${show(e.iso3)}`);
				checkRefs(path, line, e.ref, `event ${show(e.title)}`);
			});
			if (!log.has(path)) {
				eventTypes = new Map();
				events.rows.forEach((e, i) => {
					if (!eventTypes!.has(e.event_type)) eventTypes!.set(e.event_type, events.lines[i]!);
				});
			}
			continue;
		}
		if (path === 'regulation_models.csv') {
			const models = parseRegulationModels(text, path, log);
			models.rows.forEach((m, i) => {
				const line = models.lines[i]!;
				if (countriesOk && !codes.has(m.iso3)) log.add(path, line, `unknown country code ${show(m.iso3)}`);
				checkRefs(path, line, m.ref, `model ${show(m.model)}`);
				const vocabulary = regulationModelProblem(m.model);
				if (vocabulary) log.add(path, line, vocabulary);
			});
			if (!log.has(path)) regulationModels = { rows: models.rows, lines: models.lines };
			continue;
		}
		if (path === 'place_names.csv') {
			const names = parsePlaceNames(text, path);
			for (const p of names.problems) log.push(p);
			checkCells(parseCsv(text, path, new ProblemLog()), log);
			const seen = new Map<string, number>();
			names.rows.forEach((n, i) => {
				const line = names.lines[i]!;
				if (countriesOk && !codes.has(n.iso3)) log.add(path, line, `unknown country code ${show(n.iso3)} (not in countries.csv)`);
				const key = `${n.iso3}\u0000${n.name.toLowerCase()}`;
				const first = seen.get(key);
				if (first !== undefined) log.add(path, line, `duplicate name ${show(n.name)} for ${n.iso3} (first at line ${first})`);
				else seen.set(key, line);
			});
			// Every place has exactly one Norwegian name: checked against a countries.csv and a place_names.csv that are
			// both free of problems of their own (a broken file reports itself, not 259 missing names).
			if (countriesOk && !log.has(path)) {
				const nb = new Map<string, number>();
				names.rows.forEach((n, i) => {
					if (n.kind !== 'nb') return;
					const first = nb.get(n.iso3);
					if (first !== undefined) log.add(path, names.lines[i]!, `a second Norwegian name (kind nb) for ${n.iso3} (first at line ${first}): one per place; other bokmål names are nb_alt`);
					else nb.set(n.iso3, names.lines[i]!);
				});
				countries.rows.forEach((c, i) => {
					if (!nb.has(c.iso3)) log.add('countries.csv', countries.lines[i]!, `${c.iso3} (${c.name}) has no Norwegian name: add a row "${c.iso3},<name>,nb" to place_names.csv`);
				});
			}
			continue;
		}
		const m = OBSERVATION_FILE.exec(path);
		if (!m) {
			// A CSV the package does not know: not served or read by the app, but it still obeys the rules of every cell.
			checkCells(parseCsv(text, path, log), log);
			continue;
		}
		const id = m[1]!;
		seenObservationFiles.add(id);
		if (indicatorsOk && !indicatorIds.has(id)) log.add(path, 0, `unknown indicator ${show(id)}: add a row to indicators.csv or remove the file`);
		const before = log.count(path);
		const obs = parseObservations(text, path, log);
		const bounds = indicatorsOk ? indicators.bounds.get(id) : undefined;
		const seen = new Map<string, number>();
		obs.rows.forEach((o, i) => {
			const line = obs.lines[i]!;
			if (countriesOk && !codes.has(o.iso3)) log.add(path, line, `unknown country code ${show(o.iso3)} (not in countries.csv)`);
			if (sourcesOk && o.source_id && !sourceIds.has(o.source_id)) log.add(path, line, `unknown source ${show(o.source_id)} (not in sources.csv)`);
			if (bounds) {
				const p = boundsProblem(o.value, bounds);
				if (p) log.add(path, line, `value ${o.value} ${p}`);
			}
			const key = `${o.iso3}-${o.year}`;
			const first = seen.get(key);
			if (first !== undefined) log.add(path, line, `duplicate country-year ${o.iso3} ${o.year} (first at line ${first})`);
			else seen.set(key, line);
		});
		if (obs.rows.length === 0 && log.count(path) === before) log.add(path, 0, 'no observations');
	}
	// The data's own words in Norwegian: each file checked on its own, then against the English tables it translates,
	// where those are free of problems of their own.
	const english: EnglishPackage = {
		indicators: indicatorsOk ? { rows: indicators.rows, lines: indicators.lines } : null,
		sources: sourcesOk ? { rows: sources.rows, lines: sources.lines } : null,
		eventTypes,
		regulationModels,
		codeVocabularies: options.codeVocabularies ?? {}
	};
	const nbRows = (path: string) => (texts.has(path) ? readTranslationFile(texts.get(path)!, path, log) : null);
	const nbIndicators = nbRows(NB_FILES.indicators);
	if (nbIndicators) checkIndicatorTranslations(nbIndicators, english.indicators, log);
	const nbVocabulary = nbRows(NB_FILES.vocabulary);
	if (nbVocabulary) checkVocabularyTranslations(nbVocabulary, english, log);
	const nbSources = nbRows(NB_FILES.sources);
	if (nbSources) checkSourceTranslations(nbSources, english.sources, log);
	const nbModels = nbRows(NB_FILES.regulationModels);
	if (nbModels) checkRegulationTranslations(nbModels, english.regulationModels, log);

	if (indicatorsOk) {
		for (const id of indicatorIds) if (!seenObservationFiles.has(id) && !(`observations/${id}.csv` in files)) log.add('indicators.csv', 0, `indicator ${id} has no observations/${id}.csv`);
	}
	if (texts.has('policy_cells.csv')) {
		const path = 'policy_cells.csv';
		const cells = parsePolicyCells(texts.get(path)!, path, log);
		// Cross-checked only against a policies.csv without problems of its own (its own lines say what to fix first).
		const policiesOk = policiesRead && !log.has('policies.csv');
		const seen = new Map<string, number>();
		cells.rows.forEach((c, i) => {
			const line = cells.lines[i]!;
			const key = `${c.iso3} ${c.field}`;
			if (countriesOk && !codes.has(c.iso3)) log.add(path, line, `unknown country code ${show(c.iso3)}`);
			else if (policiesOk && !filledCells.has(key)) log.add(path, line, `${key}: no filled cell in policies.csv for this provenance row`);
			const first = seen.get(key);
			if (first !== undefined) log.add(path, line, `duplicate cell ${key} (first at line ${first})`);
			else seen.set(key, line);
		});
		if (policiesOk) for (const [key, line] of filledCells) if (!seen.has(key)) log.add('policies.csv', line, `${key} has no row in policy_cells.csv (primary or secondary source?)`);
	}
	return log.list();
}

function uniqueIds(ids: string[], lines: number[], file: string, column: string, log: ProblemLog): Set<string> {
	const set = new Set<string>();
	ids.forEach((id, i) => {
		if (set.has(id)) log.add(file, lines[i]!, `duplicate ${column} ${id}`);
		set.add(id);
	});
	return set;
}

export function formatProblem(p: CsvProblem): string {
	return `data/${p.file}:${p.line}: ${p.reason}`;
}
