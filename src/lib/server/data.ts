/**
 * Build-time access to the curated package in `data/`. Server-only (prerender): pages get slices, never whole files.
 * Parsed tables are cached for the duration of the build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
	parseCountries,
	parseIndicators,
	parseObservations,
	parsePolicies,
	parsePolicyCells,
	parsePolicyEvents,
	parsePolicySources,
	parseRegulationModels,
	parseSources
} from '$lib/data/parse';
import { decodeCsvBytes } from '$lib/data/decode';
import type {
	Country,
	Indicator,
	Observation,
	Policy,
	PolicyCell,
	PolicyEvent,
	PolicySource,
	RegulationModel,
	Source
} from '$lib/data/types';
import { parsePlaceNames, type PlaceName } from '$lib/data/placeNames';
import { ProblemLog } from '$lib/data/problems';
import { readTranslationFile, type TranslationRow } from '$lib/data/translations';

const DATA_DIR = resolve(process.env.DPE_DATA_DIR ?? 'data');
const cache = new Map<string, unknown>();

/** A package file as text: UTF-8 only (an invalid byte stops the build with its line, as data:check reports it). */
function read(file: string): string {
	const d = decodeCsvBytes(readFileSync(join(DATA_DIR, file)), file);
	if (d.problem)
		throw new Error(`data/${file}:${d.problem.line}: ${d.problem.reason} (run npm run data:check for every problem)`);
	return d.text;
}

function cached<T>(key: string, load: () => T): T {
	if (!cache.has(key)) cache.set(key, load());
	return cache.get(key) as T;
}

/** Throw on a broken package: the build must not ship bad data (data:check gives the full list). */
function strict<T>(file: string, parsed: { rows: T[]; problems: { line: number; reason: string }[] }): T[] {
	const p = parsed.problems[0];
	if (p) throw new Error(`data/${file}:${p.line}: ${p.reason} (run npm run data:check for every problem)`);
	return parsed.rows;
}

export const countries = (): Country[] =>
	cached('countries', () => strict('countries.csv', parseCountries(read('countries.csv'))));
export const sources = (): Source[] =>
	cached('sources', () => strict('sources.csv', parseSources(read('sources.csv'))));
export const indicators = (): Indicator[] =>
	cached('indicators', () => strict('indicators.csv', parseIndicators(read('indicators.csv'))));
export const policies = (): Policy[] =>
	cached('policies', () =>
		existsSync(join(DATA_DIR, 'policies.csv')) ? strict('policies.csv', parsePolicies(read('policies.csv'))) : []
	);
export const policyEvents = (): PolicyEvent[] =>
	cached('policy_events', () =>
		existsSync(join(DATA_DIR, 'policy_events.csv'))
			? strict('policy_events.csv', parsePolicyEvents(read('policy_events.csv')))
			: []
	);

export const placeNames = (): PlaceName[] =>
	cached('place_names', () =>
		existsSync(join(DATA_DIR, 'place_names.csv'))
			? strict('place_names.csv', parsePlaceNames(read('place_names.csv')))
			: []
	);
/**
 * The rows of a translation file (data/i18n/nb/…; translations.ts). A file with the wrong columns stops the build; a
 * missing file or row is not fatal here (the page falls back to English, marked) because data:check reports it.
 */
export function translationRows(path: string): TranslationRow[] {
	return cached(`nb:${path}`, () => {
		if (!existsSync(join(DATA_DIR, path))) return [];
		const log = new ProblemLog();
		const rows = readTranslationFile(read(path), path, log);
		if (!rows) {
			const p = log.list()[0];
			throw new Error(
				`data/${path}:${p?.line ?? 1}: ${p?.reason ?? 'unreadable'} (run npm run data:check for every problem)`
			);
		}
		return rows;
	});
}

/** Citations behind policy facts, events and regulation models (not datasets: those are sources()). */
export const policySources = (): PolicySource[] =>
	cached('policy_sources', () =>
		existsSync(join(DATA_DIR, 'policy_sources.csv'))
			? strict('policy_sources.csv', parsePolicySources(read('policy_sources.csv')))
			: []
	);
export const policyCells = (): PolicyCell[] =>
	cached('policy_cells', () =>
		existsSync(join(DATA_DIR, 'policy_cells.csv'))
			? strict('policy_cells.csv', parsePolicyCells(read('policy_cells.csv')))
			: []
	);
export const regulationModels = (): RegulationModel[] =>
	cached('regulation_models', () =>
		existsSync(join(DATA_DIR, 'regulation_models.csv'))
			? strict('regulation_models.csv', parseRegulationModels(read('regulation_models.csv')))
			: []
	);

/** The citation of a ref id, or undefined (the validator reports unknown refs). */
export function policySource(ref: string): PolicySource | undefined {
	return cached('policy_source_index', () => new Map(policySources().map((s) => [s.ref_id, s]))).get(ref);
}

export function observations(indicatorId: string): Observation[] {
	return cached(`obs:${indicatorId}`, () => {
		const file = `observations/${indicatorId}.csv`;
		return strict(file, parseObservations(read(file), file));
	});
}

export function indicator(id: string): Indicator {
	const ind = indicators().find((i) => i.indicator_id === id);
	if (!ind) throw new Error(`unknown indicator ${id}`);
	return ind;
}

export function source(id: string): Source {
	const s = sources().find((x) => x.source_id === id);
	if (!s) throw new Error(`unknown source ${id}`);
	return s;
}

export function countryName(iso3: string): string {
	return countries().find((c) => c.iso3 === iso3)?.name ?? iso3;
}
