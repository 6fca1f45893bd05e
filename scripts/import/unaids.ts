/**
 * UNAIDS AIDSinfo (2014 edition) and Global AIDS Monitoring (2019 edition), via Gapminder's open-numbers DDF mirror:
 * HIV among people who inject drugs.
 * Usage: tsx scripts/import/unaids.ts <unaids-aidsinfo-pwid dir> [--out data]
 * The dir holds `aidsinfo-2014/` and `gam-2019/` (DDF tables copied byte for byte; see PROVENANCE.md there).
 * Download: https://github.com/open-numbers/ddf--unaids--aidsinfo (commits ed754b57 for the 2014 tables, 541db69c for 2019);
 * original data https://aidsinfo.unaids.org.
 *
 * The two releases use different area codes: aidsinfo-2014 has lower-case ISO3 codes plus sub-national codes (`nga001`),
 * gam-2019 has UNAIDS numeric ids that are placed through the names of its `ddf--entities--area.csv`.
 * The releases are kept apart (one indicator each), never merged; where both hold the same country-year, the caveats say
 * how often they differ (computed).
 *
 * Harm-reduction series (topic `treatment`): needles and syringes distributed per person who injects drugs (both
 * releases) and coverage of HIV prevention programmes among people who inject drugs (2019 only). The estimated number
 * of people who inject drugs (both releases) is filed under `use`: it counts people, not a service or an HIV outcome.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Indicator, Observation, Source } from '../../src/lib/data/types.ts';
import { parseCsv } from '../../src/lib/data/csv.ts';
import { cliArgs, isMain, parseNumber, writeImport, type ImportResult } from './lib/output.ts';
import { loadPlaces, normaliseName, type Places } from './lib/places.ts';

export const name = 'unaids';

const SRC_2014 = 'unaids-aidsinfo-2014';
const SRC_2019 = 'unaids-gam-2019';

const LICENCE =
	'UNAIDS terms of use for AIDSinfo data: reuse with attribution to UNAIDS (OWID records UNAIDS data as CC BY-NC-SA 3.0 IGO / UNAIDS terms). The open-numbers mirror states no separate licence; check UNAIDS terms before redistribution.';

export const sources: Source[] = [
	{
		source_id: SRC_2014,
		publisher: 'UNAIDS (Joint United Nations Programme on HIV/AIDS), via Gapminder open-numbers',
		title:
			'AIDSinfo database, 2014 edition (AIDSinfo_2014_en export), as converted in open-numbers/ddf--unaids--aidsinfo',
		url: 'https://aidsinfo.unaids.org',
		download_url: 'https://github.com/open-numbers/ddf--unaids--aidsinfo/tree/ed754b57f73d9383202bfd99710576bf88e3fb8a',
		licence: LICENCE,
		year: '2014',
		citation: 'UNAIDS, AIDSinfo 2014 (aidsinfoonline.org), via Gapminder open-numbers ddf--unaids--aidsinfo.',
		notes:
			'DDF tables of commit ed754b57 (2019-09-04), the last commit built from the AIDSinfo 2014 export; files copied byte for byte. The per-million HIV series cover the WHO European Region only; their ECDC/WHO Europe surveillance origin is inferred (the export keeps no source field). The ETL dropped a few malformed source lines.'
	},
	{
		source_id: SRC_2019,
		publisher: 'UNAIDS (Joint United Nations Programme on HIV/AIDS), via Gapminder open-numbers',
		title:
			'Global AIDS Monitoring (GAM) 2019 export from AIDSinfo, downloaded 2019-08-08, as converted in open-numbers/ddf--unaids--aidsinfo',
		url: 'https://aidsinfo.unaids.org',
		download_url: 'https://github.com/open-numbers/ddf--unaids--aidsinfo/tree/541db69c06bcd305074799b6119a3e208367fdae',
		licence: LICENCE,
		year: '2019',
		citation:
			'UNAIDS, Global AIDS Monitoring 2019 (AIDSinfo, aidsinfo.unaids.org), via Gapminder open-numbers ddf--unaids--aidsinfo.',
		notes:
			'DDF tables of commit 541db69c (data of commit 1bb5ee72, 2019-09-05, source export of 2019-08-08); files copied byte for byte. Areas are UNAIDS numeric ids, placed by their names.'
	}
];

const PREVALENCE_CAVEAT =
	'Values come from country-reported studies of people who inject drugs, often in one or a few cities, with convenience or respondent-driven samples: not national estimates, not comparable across countries and not always across years within a country. A single value can describe one city.';

const hivIndicators: Indicator[] = [
	{
		indicator_id: 'hiv_new_diagnoses_pwid_per_million',
		label: 'New HIV diagnoses attributed to injecting drug use, per million population',
		short_label: 'New HIV diagnoses, injecting (per million)',
		unit: 'newly reported HIV cases attributed to injecting drug use per million total population',
		topic: 'hiv',
		description:
			'Newly diagnosed (reported) HIV cases whose transmission was attributed to injecting drug use, per million total population, by year of report. Published by UNAIDS (AIDSinfo 2014) as "New HIV infections among injecting drug users (per 1 million population)"; despite that name these are case reports, not infections. WHO European Region only, 1993–2011.',
		source_id: SRC_2014,
		better: 'lower',
		comparability: 'hiv-case-reports-idu-per-million-who-euro',
		decimals: 1,
		derived: false,
		formula: '',
		caveat:
			'Diagnoses (case reports by year of report), not new infections: reporting delays and changes in national reporting systems move the numbers (Portugal 2000 is inflated by a change of reporting system that added many earlier diagnoses; Netherlands 2002; France reports from 2003; Spain and Italy had only regional coverage before national systems). Do not read year-to-year changes as incidence. The ECDC/WHO Europe surveillance origin is inferred: the UNAIDS export keeps no source field. Values are revised between data vintages (EMCDDA gave 245 per million for Portugal 2000 in 2005).'
	},
	{
		indicator_id: 'hiv_prevalence_pwid_unaids2014',
		label: 'HIV prevalence among people who inject drugs (UNAIDS AIDSinfo 2014 release)',
		short_label: 'HIV prevalence, PWID (UNAIDS 2014)',
		unit: '% of people who inject drugs tested who are HIV-positive',
		topic: 'hiv',
		description:
			'Percentage of people who inject drugs who test HIV-positive, as reported by countries to UNAIDS, AIDSinfo 2014 release (2005–2014). National rows only; sub-national areas are not imported.',
		source_id: SRC_2014,
		better: 'lower',
		comparability: 'unaids-2014-hiv-prevalence-pwid',
		decimals: 1,
		derived: false,
		formula: '',
		caveat: `${PREVALENCE_CAVEAT} A different UNAIDS release from the 2019 series; do not join the two into one line.`
	},
	{
		indicator_id: 'hiv_prevalence_pwid_unaids2019',
		label: 'HIV prevalence among people who inject drugs (UNAIDS Global AIDS Monitoring 2019 release)',
		short_label: 'HIV prevalence, PWID (UNAIDS 2019)',
		unit: '% of people who inject drugs tested who are HIV-positive',
		topic: 'hiv',
		description:
			'Percentage of people who inject drugs who test HIV-positive (Global AIDS Monitoring indicator 3.11), as reported by countries to UNAIDS, GAM 2019 release (2011–2018).',
		source_id: SRC_2019,
		better: 'lower',
		comparability: 'unaids-2019-hiv-prevalence-pwid',
		decimals: 1,
		derived: false,
		formula: '',
		caveat: `${PREVALENCE_CAVEAT} A different UNAIDS release from the 2014 series; values for the same country-year may differ. Do not join the two into one line.`
	}
];

const NEEDLES_DEFINITION =
	'Number of needles and syringes distributed in the year by needle and syringe programmes, divided by the estimated number of people who inject drugs, as reported by countries to UNAIDS.';
const NEEDLES_CAVEAT =
	'A ratio of two reported numbers: the needles and syringes counted by programmes (this export does not say whether pharmacy sales are included) and an estimate of how many people inject, which is uncertain. A change in either moves the ratio, and the export keeps neither part nor the method, so countries are hard to compare. Values far above 1 are normal: the ratio is per person per year (the WHO, UNODC and UNAIDS technical guide for setting targets, 2012 revision, calls more than 200 per person per year high coverage).';
const PWID_DEFINITION =
	'Estimated number of people who inject drugs in the country ("population size estimate"), as reported by countries to UNAIDS.';
const PWID_CAVEAT =
	'How many people inject drugs cannot be counted directly; countries estimate it with indirect methods. This export records neither the method nor whether the estimate covers the whole country, and the lower and upper estimates are separate series (not imported). Estimates are not comparable across countries, and a change between years may be a change of method. Not a measure of HIV or of services: it is the denominator of coverage indicators such as needles per person who injects.';

export const harmReductionIndicators: Indicator[] = [
	{
		indicator_id: 'needles_per_pwid_unaids2014',
		label: 'Needles and syringes distributed per person who injects drugs (UNAIDS AIDSinfo 2014 release)',
		short_label: 'Needles per person who injects (UNAIDS 2014)',
		unit: 'needles and syringes distributed per person who injects drugs per year',
		topic: 'treatment',
		description: `${NEEDLES_DEFINITION} AIDSinfo 2014 release (2011–2014), named there "People who inject drugs: Number of needles per IDU"; national rows only (UNAIDS regional aggregates are not imported).`,
		source_id: SRC_2014,
		better: 'higher',
		comparability: 'unaids-2014-needles-per-pwid',
		decimals: 1,
		derived: false,
		formula: '',
		caveat: `${NEEDLES_CAVEAT} A different UNAIDS release from the 2019 series (there named "Needles and syringes distributed per person who inject drugs"); values for the same country-year may differ. Do not join the two into one line.`
	},
	{
		indicator_id: 'needles_per_pwid_unaids2019',
		label: 'Needles and syringes distributed per person who injects drugs (UNAIDS Global AIDS Monitoring 2019 release)',
		short_label: 'Needles per person who injects (UNAIDS 2019)',
		unit: 'needles and syringes distributed per person who injects drugs per year',
		topic: 'treatment',
		description: `${NEEDLES_DEFINITION} Global AIDS Monitoring 2019 release (2011–2018), named there "Needles and syringes distributed per person who inject drugs".`,
		source_id: SRC_2019,
		better: 'higher',
		comparability: 'unaids-2019-needles-per-pwid',
		decimals: 1,
		derived: false,
		formula: '',
		caveat: `${NEEDLES_CAVEAT} A different UNAIDS release from the 2014 series (there named "Number of needles per IDU"); values for the same country-year may differ. Do not join the two into one line.`
	},
	{
		indicator_id: 'hiv_prevention_coverage_pwid_unaids2019',
		label:
			'Coverage of HIV prevention programmes among people who inject drugs (UNAIDS Global AIDS Monitoring 2019 release)',
		short_label: 'HIV prevention coverage, PWID (UNAIDS 2019)',
		unit: '% of people who inject drugs',
		topic: 'treatment',
		description:
			'Percentage of people who inject drugs reached by HIV prevention programmes, as reported by countries to UNAIDS, Global AIDS Monitoring 2019 release (2016–2018; named there "Coverage of HIV prevention programmes among people who inject drugs Total").',
		source_id: SRC_2019,
		better: 'higher',
		comparability: 'unaids-2019-hiv-prevention-coverage-pwid',
		decimals: 1,
		derived: false,
		formula: '',
		caveat:
			'The export holds only the name and unit (percent): which services count as "prevention" and how coverage was measured are not recorded, so values are not comparable across countries. Few countries report it, for 2016–2018 only; there is no 2014 release of this series here.'
	}
];

export const pwidIndicators: Indicator[] = [
	{
		indicator_id: 'pwid_estimate_unaids2014',
		label: 'Estimated number of people who inject drugs (UNAIDS AIDSinfo 2014 release)',
		short_label: 'People who inject drugs, estimate (UNAIDS 2014)',
		unit: 'people who inject drugs (estimated number)',
		topic: 'use',
		description: `${PWID_DEFINITION} AIDSinfo 2014 release (2012–2014).`,
		source_id: SRC_2014,
		better: '',
		comparability: 'unaids-2014-pwid-population-size',
		decimals: 0,
		derived: false,
		formula: '',
		caveat: `${PWID_CAVEAT} A different UNAIDS release from the 2019 series; values for the same country-year may differ. Do not join the two into one line.`
	},
	{
		indicator_id: 'pwid_estimate_unaids2019',
		label: 'Estimated number of people who inject drugs (UNAIDS Global AIDS Monitoring 2019 release)',
		short_label: 'People who inject drugs, estimate (UNAIDS 2019)',
		unit: 'people who inject drugs (estimated number)',
		topic: 'use',
		description: `${PWID_DEFINITION} Global AIDS Monitoring 2019 release (2011–2018).`,
		source_id: SRC_2019,
		better: '',
		comparability: 'unaids-2019-pwid-population-size',
		decimals: 0,
		derived: false,
		formula: '',
		caveat: `${PWID_CAVEAT} A different UNAIDS release from the 2014 series; values for the same country-year may differ. Do not join the two into one line.`
	}
];

export const indicators: Indicator[] = [...hivIndicators, ...harmReductionIndicators, ...pwidIndicators];

export const FILES = {
	areas2014: 'aidsinfo-2014/ddf--entities--area.csv',
	newHiv2014:
		'aidsinfo-2014/ddf--datapoints--new_hiv_infections_among_injecting_drug_users_per_1_million_population_survey--by--area--year.csv',
	prevalence2014: 'aidsinfo-2014/ddf--datapoints--people_who_inject_drugs_hiv_prevalence_total--by--area--year.csv',
	needles2014:
		'aidsinfo-2014/ddf--datapoints--people_who_inject_drugs_number_of_needles_per_idu_total--by--area--year.csv',
	pwid2014:
		'aidsinfo-2014/ddf--datapoints--people_who_inject_drugs_population_size_estimate_estimate--by--area--year.csv',
	areas2019: 'gam-2019/ddf--entities--area.csv',
	prevalence2019: 'gam-2019/ddf--datapoints--hiv_prevalence_among_people_who_inject_drugs_total--by--area--year.csv',
	needles2019:
		'gam-2019/ddf--datapoints--needles_and_syringes_distributed_per_person_who_inject_drugs_total--by--area--year.csv',
	pwid2019: 'gam-2019/ddf--datapoints--people_who_inject_drugs_population_size_estimate_estimate--by--area--year.csv',
	coverage2019:
		'gam-2019/ddf--datapoints--coverage_of_hiv_prevention_programmes_among_people_who_inject_drugs_total--by--area--year.csv'
} as const;
export type UnaidsFiles = Record<keyof typeof FILES, string>;

/** Read the files run() needs from a copy of the folder. */
export function readUnaidsDir(dir: string): UnaidsFiles {
	return Object.fromEntries(
		Object.entries(FILES).map(([k, p]) => [k, readFileSync(join(dir, p), 'utf8')])
	) as UnaidsFiles;
}

/** GAM 2019 area names that neither places.byName nor the shared aliases know. */
const GAM_NAME_ALIASES: Record<string, string> = {
	'faeroe islands': 'FRO',
	'falkland islands (malvinas)': 'FLK',
	'wallis and futuna islands': 'WLF'
};

/** Notes (and flags) on single rows of the diagnoses series, from PROVENANCE.md / EMCDDA. */
const DIAGNOSES_ROW_NOTES: Record<string, { flag: Observation['flag']; note: string }> = {
	'PRT|2000': {
		flag: 'break',
		note: "Inflated by a change in Portugal's reporting system in 2000: the year includes many diagnoses made earlier (EMCDDA). Not comparable with adjacent years."
	},
	'NLD|2002': {
		flag: '',
		note: 'National reporting system changed in 2002 (EMCDDA): compare with earlier years with care.'
	}
};

type Read = { iso3: string; year: number; value: number; line: number };

/** Read one DDF datapoints table (`year,area,<concept>`), placing areas with `place`; every unplaced row is reported. */
function readDatapoints(
	text: string,
	file: string,
	concept: string,
	place: (area: string) => { iso3: string } | { reason: string },
	unplaced: string[]
): Read[] {
	const table = parseCsv(text, file);
	unplaced.push(...table.problems.map((p) => `${p.file}:${p.line}: ${p.reason}`));
	for (const h of ['year', 'area', concept])
		if (!table.header.includes(h)) throw new Error(`${file}: column not found: "${h}"`);
	const out: Read[] = [];
	const seen = new Map<string, number>();
	for (const { line, cells: c } of table.rows) {
		const area = (c.area ?? '').trim();
		const placed = place(area);
		if ('reason' in placed) {
			unplaced.push(`${file}:${line}: area "${area}" ${c.year}: ${placed.reason}, not imported`);
			continue;
		}
		const year = Number(c.year);
		if (!/^\d{4}$/.test((c.year ?? '').trim())) {
			unplaced.push(`${file}:${line}: area "${area}": year "${c.year}" is not a year, not imported`);
			continue;
		}
		const value = parseNumber(c[concept]);
		if (value === null) {
			if ((c[concept] ?? '').trim() !== '')
				unplaced.push(`${file}:${line}: area "${area}" ${year}: value "${c[concept]}" is not a number`);
			continue;
		}
		const key = `${placed.iso3}|${year}`;
		if (seen.has(key)) {
			unplaced.push(
				`${file}:${line}: area "${area}" ${year}: second value for ${placed.iso3} ${year} (first at line ${seen.get(key)}), not imported`
			);
			continue;
		}
		seen.set(key, line);
		out.push({ iso3: placed.iso3, year, value, line });
	}
	return out;
}

function areaNames(text: string, file: string, unplaced: string[]): Map<string, string> {
	const table = parseCsv(text, file);
	unplaced.push(...table.problems.map((p) => `${p.file}:${p.line}: ${p.reason}`));
	return new Map(table.rows.map((r) => [(r.cells.area ?? '').trim(), (r.cells.name ?? '').trim()]));
}

export function run(files: UnaidsFiles, places: Places, dir = 'unaids-aidsinfo-pwid'): ImportResult {
	const unplaced: string[] = [];
	const f = (k: keyof typeof FILES) => `${dir}/${FILES[k]}`;

	// aidsinfo-2014: lower-case ISO3 codes; sub-national codes are three letters + digits; UNAIDS regions start with "una".
	const names2014 = areaNames(files.areas2014, f('areas2014'), unplaced);
	const place2014 = (area: string): { iso3: string } | { reason: string } => {
		const label = names2014.get(area);
		const m = /^([a-z]{3})\d+$/.exec(area);
		if (m) {
			const parent = places.byCode(m[1]!);
			return {
				reason: `sub-national area${label ? ` "${label}"` : ''} of ${parent ? places.name(parent) : m[1]!.toUpperCase()}, not a national value (not assigned to the country)`
			};
		}
		if (/^una/.test(area) && label?.startsWith('UNAIDS Region')) return { reason: `aggregate "${label}"` };
		const iso3 = /^[a-z]{3}$/.test(area) ? places.byCode(area) : null;
		return iso3 ? { iso3 } : { reason: `unknown area code${label ? ` ("${label}")` : ''}` };
	};

	// gam-2019: numeric UNAIDS ids -> names -> project codes.
	const names2019 = areaNames(files.areas2019, f('areas2019'), unplaced);
	const place2019 = (area: string): { iso3: string } | { reason: string } => {
		const label = names2019.get(area);
		if (!label) return { reason: 'numeric area id not in ddf--entities--area.csv' };
		if (label === 'All countries' || label.startsWith('UNAIDS Region')) return { reason: `aggregate "${label}"` };
		const alias = GAM_NAME_ALIASES[normaliseName(label)];
		const iso3 = (alias && places.byCode(alias)) || places.byName(label);
		return iso3 ? { iso3 } : { reason: `"${label}": no country code for this name (no alias)` };
	};

	const diagnoses: Observation[] = readDatapoints(
		files.newHiv2014,
		f('newHiv2014'),
		'new_hiv_infections_among_injecting_drug_users_per_1_million_population_survey',
		place2014,
		unplaced
	).map((r) => {
		const extra = DIAGNOSES_ROW_NOTES[`${r.iso3}|${r.year}`];
		return {
			iso3: r.iso3,
			year: r.year,
			value: r.value,
			flag: extra?.flag ?? '',
			source_id: SRC_2014,
			note: extra?.note ?? ''
		};
	});
	// Spain and Italy: national HIV case reporting was built up region by region (PROVENANCE.md / EMCDDA).
	for (const r of diagnoses) {
		if ((r.iso3 === 'ESP' || r.iso3 === 'ITA') && !r.note)
			r.note = `${r.iso3 === 'ESP' ? 'Spain' : 'Italy'}: HIV case reporting covered only some regions before the national system was complete; this year may not cover the whole country.`;
	}
	// France's series starts with national HIV case reporting in 2003: say so on its first row.
	const fraFirst = diagnoses.filter((r) => r.iso3 === 'FRA').sort((a, b) => a.year - b.year)[0];
	if (fraFirst && fraFirst.year >= 2003 && !fraFirst.note)
		fraFirst.note = 'First year of French national HIV case reporting in this series (reported from 2003).';

	const prevalence2014: Observation[] = readDatapoints(
		files.prevalence2014,
		f('prevalence2014'),
		'people_who_inject_drugs_hiv_prevalence_total',
		place2014,
		unplaced
	).map((r) => ({ iso3: r.iso3, year: r.year, value: r.value, flag: '', source_id: SRC_2014, note: '' }));

	const prevalence2019: Observation[] = readDatapoints(
		files.prevalence2019,
		f('prevalence2019'),
		'hiv_prevalence_among_people_who_inject_drugs_total',
		place2019,
		unplaced
	).map((r) => ({ iso3: r.iso3, year: r.year, value: r.value, flag: '', source_id: SRC_2019, note: '' }));

	const asPublished = (rows: Read[], source: string): Observation[] =>
		rows.map((r) => ({ iso3: r.iso3, year: r.year, value: r.value, flag: '', source_id: source, note: '' }));
	const needles2014 = asPublished(
		readDatapoints(
			files.needles2014,
			f('needles2014'),
			'people_who_inject_drugs_number_of_needles_per_idu_total',
			place2014,
			unplaced
		),
		SRC_2014
	);
	const needles2019 = asPublished(
		readDatapoints(
			files.needles2019,
			f('needles2019'),
			'needles_and_syringes_distributed_per_person_who_inject_drugs_total',
			place2019,
			unplaced
		),
		SRC_2019
	);
	const pwid2014 = asPublished(
		readDatapoints(
			files.pwid2014,
			f('pwid2014'),
			'people_who_inject_drugs_population_size_estimate_estimate',
			place2014,
			unplaced
		),
		SRC_2014
	);
	const pwid2019 = asPublished(
		readDatapoints(
			files.pwid2019,
			f('pwid2019'),
			'people_who_inject_drugs_population_size_estimate_estimate',
			place2019,
			unplaced
		),
		SRC_2019
	);
	const coverage2019 = asPublished(
		readDatapoints(
			files.coverage2019,
			f('coverage2019'),
			'coverage_of_hiv_prevention_programmes_among_people_who_inject_drugs_total',
			place2019,
			unplaced
		),
		SRC_2019
	);

	// Where both releases hold a value for the same country-year, say how often they differ (computed, per pair).
	const caveats: Record<string, string> = {};
	const compare = (a: Observation[], b: Observation[], ids: [string, string], what: string) => {
		const later = new Map(b.map((r) => [`${r.iso3}|${r.year}`, r.value]));
		const both = a.filter((r) => later.has(`${r.iso3}|${r.year}`));
		if (!both.length) return;
		const differ = both.filter((r) => later.get(`${r.iso3}|${r.year}`) !== r.value);
		const years = both.map((r) => r.year);
		const example = differ
			.map((r) => ({
				r,
				d:
					Math.abs(later.get(`${r.iso3}|${r.year}`)! - r.value) /
					Math.max(r.value, later.get(`${r.iso3}|${r.year}`)!, 1)
			}))
			.sort((x, y) => y.d - x.d || (x.r.iso3 < y.r.iso3 ? -1 : 1))[0];
		const text = `The two releases both hold ${both.length} country-year${both.length === 1 ? '' : 's'} (${Math.min(...years) === Math.max(...years) ? Math.min(...years) : `${Math.min(...years)}–${Math.max(...years)}`}) of ${what}; ${differ.length ? `in ${differ.length} of them the values differ${example ? ` (largest gap: ${places.name(example.r.iso3)} ${example.r.year}, ${example.r.value} in the 2014 release, ${later.get(`${example.r.iso3}|${example.r.year}`)} in the 2019 release)` : ''}` : 'they agree in all of them'}.`;
		for (const id of ids) caveats[id] = text;
		// Each differing row names the other release's value, so a quote from one release can be checked against the other.
		const earlier = new Map(a.map((r) => [`${r.iso3}|${r.year}`, r.value]));
		for (const r of differ)
			r.note = `The UNAIDS 2019 release gives ${later.get(`${r.iso3}|${r.year}`)} for the same country and year`;
		for (const r of b) {
			const v = earlier.get(`${r.iso3}|${r.year}`);
			if (v !== undefined && v !== r.value) r.note = `The UNAIDS 2014 release gives ${v} for the same country and year`;
		}
	};
	compare(
		needles2014,
		needles2019,
		['needles_per_pwid_unaids2014', 'needles_per_pwid_unaids2019'],
		'needles per person who injects drugs'
	);
	compare(
		pwid2014,
		pwid2019,
		['pwid_estimate_unaids2014', 'pwid_estimate_unaids2019'],
		'the estimated number of people who inject drugs'
	);
	const covered = [...new Set(coverage2019.map((r) => r.iso3))].map((c) => places.name(c)).sort();
	if (covered.length)
		caveats.hiv_prevention_coverage_pwid_unaids2019 = `Countries with a value (${covered.length}): ${covered.join(', ')}.`;

	return {
		observations: {
			hiv_new_diagnoses_pwid_per_million: diagnoses,
			hiv_prevalence_pwid_unaids2014: prevalence2014,
			hiv_prevalence_pwid_unaids2019: prevalence2019,
			needles_per_pwid_unaids2014: needles2014,
			needles_per_pwid_unaids2019: needles2019,
			hiv_prevention_coverage_pwid_unaids2019: coverage2019,
			pwid_estimate_unaids2014: pwid2014,
			pwid_estimate_unaids2019: pwid2019
		},
		unplaced,
		caveats
	};
}

if (isMain(import.meta.url)) {
	const { paths, out } = cliArgs();
	if (!paths[0]) throw new Error('usage: tsx scripts/import/unaids.ts <unaids-aidsinfo-pwid dir> [--out data]');
	writeImport(run(readUnaidsDir(paths[0]), loadPlaces(out), paths[0]), out, name);
}
