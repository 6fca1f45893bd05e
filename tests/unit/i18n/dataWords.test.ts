/**
 * The Norwegian words in data/i18n/nb/ against the code and the English catalogue: the real package validates with
 * the kinds of reform passed in (as data:check does), the English each vocabulary row translates is the label the
 * English pages show today, and the Norwegian reads like Norwegian (no English copy left in, numbers in bokmål style).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseCsv } from '../../../src/lib/data/csv';
import { NB_FILES, translationIndex } from '../../../src/lib/data/translations';
import { formatProblem, validatePackage } from '../../../src/lib/data/validate';
import { humaniseEventType } from '../../../src/lib/stats/reform';
import { REFORM_KIND_IDS } from '../../../src/lib/stats/reformKinds';
import { en } from '../../../src/lib/strings/en';

const read = (path: string) => parseCsv(readFileSync(`data/${path}`, 'utf8'), path).rows;
const vocabulary = read(NB_FILES.vocabulary);
const indicators = read(NB_FILES.indicators);

function readBytes(dir: string): Record<string, Uint8Array> {
	const files: Record<string, Uint8Array> = {};
	const walk = (d: string) => {
		for (const n of readdirSync(d)) {
			const p = join(d, n);
			if (statSync(p).isDirectory()) walk(p);
			else if (n.endsWith('.csv')) files[relative(dir, p)] = readFileSync(p);
		}
	};
	walk(dir);
	return files;
}

describe('data/i18n/nb', () => {
	it('validates with the kinds of reform checked too, as npm run data:check runs it', () => {
		expect(
			validatePackage(readBytes('data'), { codeVocabularies: { reform_kind: REFORM_KIND_IDS } }).map(formatProblem)
		).toEqual([]);
	});

	it('reports a kind of reform that has no Norwegian label', () => {
		const files = readBytes('data');
		const text = new TextDecoder().decode(files[NB_FILES.vocabulary]).replace(/^reform_kind,thresholds,.*\n/m, '');
		const problems = validatePackage(
			{ ...files, [NB_FILES.vocabulary]: text },
			{ codeVocabularies: { reform_kind: REFORM_KIND_IDS } }
		).map(formatProblem);
		expect(problems).toEqual([
			`data/${NB_FILES.vocabulary}:0: no Norwegian translation of reform_kind = thresholds (add a row "reform_kind,thresholds,…")`
		]);
	});

	it('translates the English labels the pages show today (src/lib/strings/en.ts)', () => {
		const p = en.policy;
		const service = ['hat', 'oat', 'nsp', 'dcr', 'drug_checking', 'naloxone'];
		const english = (field: string, value: string): string | undefined => {
			if (field === 'possession_status') return p.possession[value];
			if (field === 'cannabis_model') return p.cannabisModel[value];
			if (service.includes(field)) return p.service[value];
			if (field === 'death_penalty_drugs') return p.deathPenalty[value];
			if (field === 'possession_caveat') return p.caveat[value];
			if (field === 'topic') return en.topics[value];
			if (field === 'flag') return en.flags[value];
			if (field === 'reform_kind') return (en.reformKinds as Record<string, { label: string }>)[value]?.label;
			if (field === 'event_type') return humaniseEventType(value);
			return undefined;
		};
		const drift = vocabulary
			.filter((r) => english(r.cells.field!, r.cells.value!) !== r.cells.en)
			.map(
				(r) =>
					`line ${r.line}: ${r.cells.field}=${r.cells.value} en "${r.cells.en}" vs "${english(r.cells.field!, r.cells.value!)}"`
			);
		expect(drift).toEqual([]);
		expect(vocabulary.length).toBeGreaterThan(90);
	});

	it('holds every field of every indicator, none of them a copy of the English', () => {
		const ids = new Set(indicators.map((r) => r.cells.indicator_id));
		expect(ids.size).toBe(parseCsv(readFileSync('data/indicators.csv', 'utf8'), 'indicators.csv').rows.length);
		expect(indicators.filter((r) => r.cells.nb === r.cells.en).map((r) => `${r.line}: ${r.cells.en}`)).toEqual([]);
	});

	it('writes numbers the Norwegian way: no "100,000", no "6.3 million"', () => {
		const english = indicators
			.filter((r) => /\d,\d{3}(?!\d)|\d\.\d+ (million|%)|\d%/.test(r.cells.nb!))
			.map((r) => `${r.line}: ${r.cells.nb!.slice(0, 80)}`);
		expect(english).toEqual([]);
	});

	it('can be looked up by key', () => {
		const idx = translationIndex(NB_FILES.indicators, indicators);
		expect(idx.get('emcdda_drug_induced_deaths_15_64 label')).toMatch(/^Narkotikautløste dødsfall/);
		expect(translationIndex(NB_FILES.vocabulary, vocabulary).get('reform_kind = consumption_rooms')).toBe(
			'Sprøyterom (brukerrom)'
		);
	});

	it('marks the source titles kept in English', () => {
		const rows = read(NB_FILES.sources);
		const kept = rows.filter((r) => r.cells.lang === 'en');
		expect(kept.length).toBeGreaterThan(15);
		expect(kept.every((r) => r.cells.nb === r.cells.en)).toBe(true);
		expect(rows.find((r) => r.cells.source_id === 'dpe-policy-reference')?.cells.lang).toBe('nb');
	});
});
