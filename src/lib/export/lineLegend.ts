/**
 * Legend of a line chart for an exported figure: one coloured key per line drawn, named as on the chart, in the
 * chart's colour rule (a series' `colour` when given, else its position; the same rule as layoutLineChart). Pure.
 */
import type { FigureLegend } from './figureMeta.ts';
import { seriesColor } from '../charts/palette.ts';
import type { Series } from '../charts/series.ts';

export function lineLegend(series: readonly Series[]): FigureLegend {
	return {
		kind: 'lines',
		items: series.flatMap((s, position) =>
			s.points.length ? [{ label: s.label, color: seriesColor(s.colour ?? position) }] : []
		)
	};
}
