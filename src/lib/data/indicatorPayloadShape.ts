/**
 * The shape of one indicator's compact payload as /compare fetches it (/compare/data/<indicator>.json, see
 * compactSeries.ts). A file without it — or another indicator's — is refused before it reaches the chart. Pure.
 */
import type { IndicatorPayload } from './compactSeries.ts';
import { arrayOf, boolean, integer, number, object, oneOf, recordOf, shapeOf, string, tuple, where, type Shape } from './shape.ts';
import { FLAGS } from './types.ts';

const indicator = object({
	indicator_id: string,
	label: string,
	short_label: string,
	unit: string,
	topic: string,
	description: string,
	source_id: string,
	better: oneOf(['lower', 'higher', '']),
	comparability: string,
	decimals: where(integer, (n: number) => n >= 0 && n <= 10, 'decimals must be 0–10'),
	derived: boolean,
	formula: string,
	caveat: string
});

const source = object({ source_id: string, publisher: string, title: string, url: string, licence: string, year: string, citation: string });

/** The payload of `indicatorId`. */
export function indicatorPayloadShape(indicatorId: string): Shape<IndicatorPayload> {
	return shapeOf<IndicatorPayload>(
		object({
			indicator: where(indicator, (i: { indicator_id: string }) => i.indicator_id === indicatorId, `expected the payload of ${indicatorId}`),
			sources: arrayOf(source, 1),
			// [year, value] or [year, value, flag, source_id]
			data: recordOf(arrayOf(where(tuple([integer, number], [oneOf(FLAGS), string]), (p: unknown[]) => p.length !== 3, 'expected 2 or 4 items')))
		})
	);
}
