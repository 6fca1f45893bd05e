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
 * The releases are kept apart (one indicator each), never merged.
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
		title: 'AIDSinfo database, 2014 edition (AIDSinfo_2014_en export), as converted in open-numbers/ddf--unaids--aidsinfo',
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
		title: 'Global AIDS Monitoring (GAM) 2019 export from AIDSinfo, downloaded 2019-08-08, as converted in open-numbers/ddf--unaids--aidsinfo',
		url: 'https://aidsinfo.unaids.org',
		download_url: 'https://github.com/open-numbers/ddf--unaids--aidsinfo/tree/541db69c06bcd305074799b6119a3e208367fdae',
		licence: LICENCE,
		year: '2019',
		citation: 'UNAIDS, Global AIDS Monitoring 2019 (AIDSinfo, aidsinfo.unaids.org), via Gapminder open-numbers ddf--unaids--aidsinfo.',
		notes:
			'DDF tables of commit 541db69c (data of commit 1bb5ee72, 2019-09-05, source export of 2019-08-08); files copied byte for byte. Areas are UNAIDS numeric ids, placed by their names.'
	}
];

const PREVALENCE_CAVEAT =
	'Values come from country-reported studies of people who inject drugs, often in one or a few cities, with convenience or respondent-driven samples: not national estimates, not comparable across countries and not always across years within a country. A single value can describe one city.';

export const indicators: Indicator[] = [
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

export const FILES = {
	areas2014: 'aidsinfo-2014/ddf--entities--area.csv',
	newHiv2014: 'aidsinfo-2014/ddf--datapoints--new_hiv_infections_among_injecting_drug_users_per_1_million_population_survey--by--area--year.csv',
	prevalence2014: 'aidsinfo-2014/ddf--datapoints--people_who_inject_drugs_hiv_prevalence_total--by--area--year.csv',
	areas2019: 'gam-2019/ddf--entities--area.csv',
	prevalence2019: 'gam-2019/ddf--datapoints--hiv_prevalence_among_people_who_inject_drugs_total--by--area--year.csv'
} as const;
export type UnaidsFiles = Record<keyof typeof FILES, string>;

/** Read the five files run() needs from a copy of the folder. */
export function readUnaidsDir(dir: string): UnaidsFiles {
	return Object.fromEntries(Object.entries(FILES).map(([k, p]) => [k, readFileSync(join(dir, p), 'utf8')])) as UnaidsFiles;
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
		note: 'Inflated by a change in Portugal\'s reporting system in 2000: the year includes many diagnoses made earlier (EMCDDA). Not comparable with adjacent years.'
	},
	'NLD|2002': { flag: '', note: 'National reporting system changed in 2002 (EMCDDA): compare with earlier years with care.' }
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
	for (const h of ['year', 'area', concept]) if (!table.header.includes(h)) throw new Error(`${file}: column not found: "${h}"`);
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
			if ((c[concept] ?? '').trim() !== '') unplaced.push(`${file}:${line}: area "${area}" ${year}: value "${c[concept]}" is not a number`);
			continue;
		}
		const key = `${placed.iso3}|${year}`;
		if (seen.has(key)) {
			unplaced.push(`${file}:${line}: area "${area}" ${year}: second value for ${placed.iso3} ${year} (first at line ${seen.get(key)}), not imported`);
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
			return { reason: `sub-national area${label ? ` "${label}"` : ''} of ${parent ? places.name(parent) : m[1]!.toUpperCase()}, not a national value (not assigned to the country)` };
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
		return { iso3: r.iso3, year: r.year, value: r.value, flag: extra?.flag ?? '', source_id: SRC_2014, note: extra?.note ?? '' };
	});
	// Spain and Italy: national HIV case reporting was built up region by region (PROVENANCE.md / EMCDDA).
	for (const r of diagnoses) {
		if ((r.iso3 === 'ESP' || r.iso3 === 'ITA') && !r.note)
			r.note = `${r.iso3 === 'ESP' ? 'Spain' : 'Italy'}: HIV case reporting covered only some regions before the national system was complete; this year may not cover the whole country.`;
	}
	// France's series starts with national HIV case reporting in 2003: say so on its first row.
	const fraFirst = diagnoses.filter((r) => r.iso3 === 'FRA').sort((a, b) => a.year - b.year)[0];
	if (fraFirst && fraFirst.year >= 2003 && !fraFirst.note) fraFirst.note = 'First year of French national HIV case reporting in this series (reported from 2003).';

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

	return {
		observations: {
			hiv_new_diagnoses_pwid_per_million: diagnoses,
			hiv_prevalence_pwid_unaids2014: prevalence2014,
			hiv_prevalence_pwid_unaids2019: prevalence2019
		},
		unplaced
	};
}

if (isMain(import.meta.url)) {
	const { paths, out } = cliArgs();
	if (!paths[0]) throw new Error('usage: tsx scripts/import/unaids.ts <unaids-aidsinfo-pwid dir> [--out data]');
	writeImport(run(readUnaidsDir(paths[0]), loadPlaces(out), paths[0]), out, name);
}
