/**
 * What the map knows of possession policy (/map/policy.json, fetched when a view or the tooltip needs it, not in the
 * prerendered page): the facts and events the status and reform-year rules read, the sub-national spans the tooltip
 * tells, and the short citation of each ref they cite. Built by server/mapView.ts `mapPolicy`.
 */
import type { PossessionEvent, PossessionFacts } from '../stats/possessionStatus.ts';
import type { SubnationalSpan } from '../stats/subnationalReforms.ts';

export interface MapPolicy {
	facts: PossessionFacts[];
	/** National decriminalisation and recriminalisation events (all the status and reform-year rules read). */
	events: (PossessionEvent & { title: string })[];
	/** Sub-national decriminalisations (Oregon, British Columbia …): a note in the tooltip, never the country's status. */
	spans: SubnationalSpan[];
	/** Short citation ("EMCDDA 2019") of every ref the facts and events cite. */
	citations: Record<string, string>;
}

/** No facts yet (before the file arrives, or where it could not be loaded). */
export const NO_POLICY: MapPolicy = { facts: [], events: [], spans: [], citations: {} };
