/** Reader for Our World in Data grapher CSV exports: `Entity,Code,Year,<value columns…>`. */
import Papa from 'papaparse';
import type { Flag, Observation } from '../../../src/lib/data/types.ts';
import type { Places } from './places.ts';
import { parseNumber } from './output.ts';

export interface GrapherColumn {
	/** Exact header of the value column in the export. */
	header: string;
	indicatorId: string;
	sourceId: string;
	flag?: Flag;
	note?: string;
}

/**
 * Turn one grapher export into observations. Rows are placed by ISO3 `Code`; rows without a code (England,
 * Scotland, Wales, Northern Ireland) by explicit name aliases; aggregates (regions, income groups, World) are
 * reported as unplaced with the reason, never dropped silently.
 */
export function readGrapher(
	text: string,
	file: string,
	columns: GrapherColumn[],
	places: Places
): { observations: Record<string, Observation[]>; unplaced: string[] } {
	const parsed = Papa.parse<Record<string, string>>(text.replace(/^\ufeff/, ''), {
		header: true,
		skipEmptyLines: true
	});
	const observations: Record<string, Observation[]> = Object.fromEntries(columns.map((c) => [c.indicatorId, []]));
	const unplacedEntities = new Map<string, number>();
	const unplaced: string[] = [];
	for (const c of columns) {
		if (!parsed.meta.fields?.includes(c.header)) throw new Error(`${file}: column not found: "${c.header}"`);
	}
	parsed.data.forEach((row, i) => {
		const line = i + 2;
		const entity = row.Entity ?? '';
		const code = (row.Code ?? '').trim();
		const iso3 = (code && !code.startsWith('OWID_') ? places.byCode(code) : null) ?? places.byName(entity);
		if (!iso3) {
			unplacedEntities.set(entity, (unplacedEntities.get(entity) ?? 0) + 1);
			return;
		}
		const year = Number(row.Year);
		if (!Number.isInteger(year)) {
			unplaced.push(`${file}:${line}: year "${row.Year}" is not a whole number`);
			return;
		}
		for (const c of columns) {
			const cell = row[c.header];
			const value = parseNumber(cell);
			if (value === null) {
				if ((cell ?? '').trim() !== '')
					unplaced.push(`${file}:${line}: ${entity} ${year}: value "${cell}" is not a number`);
				continue;
			}
			observations[c.indicatorId]!.push({
				iso3,
				year,
				value,
				flag: c.flag ?? '',
				source_id: c.sourceId,
				note: c.note ?? ''
			});
		}
	});
	for (const [entity, n] of unplacedEntities) {
		unplaced.push(`${file}: "${entity}" (${n} rows): no country code — aggregate or unknown entity, not imported`);
	}
	return { observations, unplaced };
}
