/**
 * The §5 narratives (issue 9): a headline country set against its peers on one outcome, from the year of its policy
 * change to the latest year both ends have data. Every number is read from the rows passed in (data/ at build time),
 * never typed; a country without a value at an end is reported as missing, not filled. Pure; sentences are built by
 * strings/approaches*.ts.
 */
import type { Observation } from '../data/types.ts';

type Obs = Pick<Observation, 'iso3' | 'year' | 'value'>;

export interface NarrativeValue {
	iso3: string;
	/** Value in the start year (null when that year has none). */
	start: number | null;
	end: number | null;
	/** Change from start to end in per cent of the start value (null when an end is missing or the start is 0). */
	changePct: number | null;
}

export interface NarrativeNumbers {
	startYear: number;
	/** The latest year in which the subject has a value (null: no value at all). */
	endYear: number | null;
	subject: NarrativeValue;
	peers: NarrativeValue[];
}

/** The numbers of one narrative block. */
export function narrativeNumbers(
	rows: readonly Obs[],
	subject: string,
	peers: readonly string[],
	startYear: number
): NarrativeNumbers {
	const valueAt = (iso3: string, year: number | null): number | null => {
		if (year === null) return null;
		const r = rows.find((o) => o.iso3 === iso3 && o.year === year && Number.isFinite(o.value));
		return r ? r.value : null;
	};
	const subjectYears = rows.filter((o) => o.iso3 === subject && Number.isFinite(o.value)).map((o) => o.year);
	const endYear = subjectYears.length ? Math.max(...subjectYears) : null;
	const value = (iso3: string): NarrativeValue => {
		const start = valueAt(iso3, startYear);
		const end = valueAt(iso3, endYear);
		return {
			iso3,
			start,
			end,
			changePct: start !== null && end !== null && start !== 0 ? ((end - start) / start) * 100 : null
		};
	};
	return { startYear, endYear, subject: value(subject), peers: peers.map(value) };
}
