/**
 * Rebuild the whole curated package from the publishers' files.
 * Usage: tsx scripts/import/all.ts [RAW_DIR] [--out data]
 * RAW_DIR defaults to ../shared/data/raw (policy facts: RAW_DIR/../policy). Each importer also runs on its own.
 * Writes data/sources.csv and data/indicators.csv from the metadata each importer module exports, with the caveat
 * sentences each importer computed from the publisher's data appended (ImportResult.caveats, passed back in a scratch file).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseCsv, toCsv } from '../../src/lib/data/csv.ts';
import type { Indicator, Source } from '../../src/lib/data/types.ts';
import { parseObservations } from '../../src/lib/data/parse.ts';
import { dataReadme } from './lib/dataReadme.ts';
import { CAVEATS_FILE_ENV, cliArgs, withComputedCaveats } from './lib/output.ts';

const argv = process.argv.slice(2);
/** --catalog-only: rebuild sources.csv and indicators.csv from the modules' metadata without re-importing. */
const catalogOnly = argv.includes('--catalog-only');
const { paths, out } = cliArgs(argv.filter((a) => a !== '--catalog-only'));
const raw = resolve(paths[0] ?? '../shared/data/raw');
/** The policy-fact table (third pass; it supersedes ../reference). */
const policyDir = resolve(raw, '../policy');

/** Every importer, in run order (countries first: the others place rows against data/countries.csv). */
export const IMPORTERS: { module: string; args: string[] }[] = [
	{ module: 'countries.ts', args: [] },
	{ module: 'gbd2019.ts', args: [join(raw, 'ihme-gbd2019-owid-drug-deaths/death-rates-from-drug-use-disorders.csv')] },
	{ module: 'gbd2017.ts', args: [join(raw, 'ihme-gbd2017-owid-drug-rates-prevalence')] },
	{
		module: 'emcdda.ts',
		args: [
			join(raw, 'emcdda-statistical-bulletin-2019'),
			join(raw, 'worldbank-wdi-population-15-64/API_SP.POP.1564.TO_DS2_en_csv_v2_18948.csv'),
			join(raw, 'worldbank-wdi-population/population.csv')
		]
	},
	{
		module: 'emcddaResponses.ts',
		args: [
			join(raw, 'emcdda-statistical-bulletin-2019'),
			join(raw, 'worldbank-wdi-population-15-64/API_SP.POP.1564.TO_DS2_en_csv_v2_18948.csv')
		]
	},
	{ module: 'unaids.ts', args: [join(raw, 'unaids-aidsinfo-pwid')] },
	{ module: 'unodc.ts', args: [join(raw, 'unodc-prisons/unodc_prisons_drug_and_total_extract.csv')] },
	{ module: 'wpb.ts', args: [join(raw, 'wpb-owid-2018-prison-rate/prisoners-per-100000-world-prison-brief-2018.csv')] },
	{
		module: 'cdc.ts',
		args: [
			join(
				raw,
				'cdc-nchs-us-overdose-death-rates/Drug_overdose_death_rates__by_drug_type__sex__age__race__and_Hispanic_origin__United_States.csv'
			),
			join(raw, 'cdc-nchs-us-overdose-databriefs-2019-2023/us_overdose_nchs_databriefs_2018_2023.csv')
		]
	},
	{ module: 'phac.ts', args: [join(raw, 'phac-canada-opioid-stimulant-harms/SubstanceHarmsData.csv')] },
	{ module: 'nrs.ts', args: [join(raw, 'nrs-scotland-drug-related-deaths-2023/drug-related-deaths-23-data.xlsx')] },
	{ module: 'policies.ts', args: [policyDir] }
];

let failed = 0;
const sources: Source[] = [];
const indicators: Indicator[] = [];
// Each importer leaves the caveat sentences it computed from the data (ImportResult.caveats) in a scratch file.
const scratch = mkdtempSync(join(tmpdir(), 'dpe-import-'));
// --catalog-only cannot recompute them: it keeps the caveats already in indicators.csv where they extend the module's.
const previousCaveats = new Map<string, string>();
if (catalogOnly && existsSync(join(out, 'indicators.csv'))) {
	const file = join(out, 'indicators.csv');
	for (const { cells } of parseCsv(readFileSync(file, 'utf8'), file).rows)
		previousCaveats.set(cells.indicator_id ?? '', cells.caveat ?? '');
}
for (const imp of IMPORTERS) {
	const script = join(import.meta.dirname, imp.module);
	const caveatsFile = join(scratch, `${imp.module}.json`);
	const r = catalogOnly
		? { status: 0 }
		: spawnSync(process.execPath, ['--import', 'tsx', script, ...imp.args, '--out', out], {
				stdio: 'inherit',
				env: { ...process.env, [CAVEATS_FILE_ENV]: caveatsFile }
			});
	if (r.status !== 0) {
		failed++;
		console.error(`✗ ${imp.module} failed (exit ${r.status})`);
		continue;
	}
	let mod: { sources?: Source[]; indicators?: Indicator[] };
	try {
		mod = await import(script);
	} catch (e) {
		failed++;
		console.error(`✗ ${imp.module}: cannot load its metadata: ${(e as Error).message}`);
		continue;
	}
	sources.push(...(mod.sources ?? []));
	const computed: Record<string, string> = existsSync(caveatsFile) ? JSON.parse(readFileSync(caveatsFile, 'utf8')) : {};
	if (catalogOnly) {
		for (const i of mod.indicators ?? []) {
			const prev = previousCaveats.get(i.indicator_id);
			if (prev && prev.startsWith(`${i.caveat} `)) computed[i.indicator_id] = prev.slice(i.caveat.length + 1);
		}
	}
	indicators.push(...withComputedCaveats(mod.indicators ?? [], computed));
}
rmSync(scratch, { recursive: true, force: true });

const SOURCE_COLUMNS: (keyof Source)[] = [
	'source_id',
	'publisher',
	'title',
	'url',
	'download_url',
	'licence',
	'year',
	'citation',
	'notes'
];
const INDICATOR_COLUMNS: (keyof Indicator)[] = [
	'indicator_id',
	'label',
	'short_label',
	'unit',
	'topic',
	'description',
	'source_id',
	'better',
	'comparability',
	'decimals',
	'derived',
	'formula',
	'caveat'
];
writeFileSync(join(out, 'sources.csv'), toCsv(sources, SOURCE_COLUMNS));
writeFileSync(join(out, 'indicators.csv'), toCsv(indicators, INDICATOR_COLUMNS));
const obs = Object.fromEntries(
	indicators.map((i) => {
		const file = join(out, 'observations', `${i.indicator_id}.csv`);
		try {
			return [i.indicator_id, parseObservations(readFileSync(file, 'utf8'), file).rows];
		} catch {
			return [i.indicator_id, []];
		}
	})
);
writeFileSync(join(out, 'README.md'), dataReadme(sources, indicators, obs));
console.log(`catalog: ${sources.length} sources, ${indicators.length} indicators; wrote ${join(out, 'README.md')}`);
if (failed) {
	console.error(`${failed} importer(s) failed`);
	process.exit(1);
}
