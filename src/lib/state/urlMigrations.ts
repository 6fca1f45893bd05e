/**
 * The one list of URL migrations, for every view: rewrites of old or alternative spellings applied to a query before
 * its fields are read, so links shared in the past keep opening the view they stood for.
 *
 * - Each migration has a version (strictly increasing down the list) and a note saying which links it keeps working.
 *   They are applied in order. Append, never edit or remove one: a link written before it may still be out there.
 * - Every migration runs for every view. Views share key names (`indicator`, `from`, …), so a migration must be right
 *   for each view that has its key; a key a view does not have is ignored by that view anyway.
 * - Each one only rewrites a spelling no current link uses, so running all of them on a link written today changes
 *   nothing (tested). That is why links carry no version number: a future migration that had to change the meaning
 *   of a spelling in use today would first have to make the writers add one.
 * Pure.
 */
import { kindForLegacyId } from '../stats/reformKinds.ts';
import { queryOf } from './urlFields.ts';

export interface UrlMigration {
	version: number;
	/** Why it exists: which old link style it keeps working (and for which view it was written). */
	note: string;
	apply(p: URLSearchParams): void;
}

function rename(p: URLSearchParams, from: string, to: string): void {
	const v = p.get(from);
	if (v !== null) {
		if (!p.has(to)) p.set(to, v);
		p.delete(from);
	}
}

export const URL_MIGRATIONS: readonly UrlMigration[] = [
	{ version: 1, note: 'map: "ind" was the first name of "indicator"', apply: (p) => rename(p, 'ind', 'indicator') },
	{
		version: 2,
		note: 'map: "time" (as other map tools name it) means "year"',
		apply: (p) => rename(p, 'time', 'year')
	},
	{
		version: 3,
		note: 'map: region spellings eu/eur/america/the-americas/global',
		apply: (p) => {
			const r = p.get('region')?.toLowerCase();
			const alias: Record<string, string> = {
				eu: 'europe',
				eur: 'europe',
				america: 'americas',
				'the-americas': 'americas',
				global: 'world'
			};
			if (r && Object.hasOwn(alias, r)) p.set('region', alias[r]!);
		}
	},
	{
		version: 4,
		note: 'compare: singular `country=` and comma/plus/space-separated lists (hand-written links)',
		apply(p) {
			const raw = p.get('countries') ?? p.get('country');
			p.delete('country');
			if (raw !== null)
				p.set(
					'countries',
					raw
						.split(/[~,+\s]+/)
						.filter(Boolean)
						.join('~')
				);
		}
	},
	{
		version: 5,
		note: 'compare: `scale=logarithmic` / `scale=log10` / `scale=lin` spellings',
		apply(p) {
			const s = p.get('scale')?.toLowerCase();
			if (s === 'logarithmic' || s === 'log10') p.set('scale', 'log');
			if (s === 'lin') p.set('scale', 'linear');
		}
	},
	{
		version: 6,
		note: 'compare: `align=`/`reform=` naming a single event type (`hat_trial`, `dcr_opened`) or `possession_reform`, from before the six kinds of reform: the kind that counts it (reformKinds.ts)',
		apply(p) {
			for (const key of ['align', 'reform']) {
				const v = p.get(key);
				if (v === null || v === 'none') continue;
				const kind = kindForLegacyId(v);
				if (kind) p.set(key, kind);
			}
		}
	}
];

/** A copy of the query with every migration applied in order. Never throws. */
export function migrateQuery(
	input: URLSearchParams | string,
	migrations: readonly UrlMigration[] = URL_MIGRATIONS
): URLSearchParams {
	const p = queryOf(input);
	for (const m of migrations) m.apply(p);
	return p;
}
