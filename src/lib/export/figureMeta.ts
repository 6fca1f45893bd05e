/**
 * What an exported figure says besides its chart: the shape another part of the app (the share menu, embeds) hands to
 * `exportFigure` and `figureSvg`. All text is plain (it is XML-escaped when written).
 */
export interface FigureSource {
	publisher: string;
	/** Dataset title. */
	title: string;
	year?: string | number;
	/** Licence of this source, e.g. "CC BY 4.0". */
	licence?: string;
}

/** A legend key: a coloured line (a place in a line chart) or a filled box (a bin of a map). */
export interface LegendItem {
	label: string;
	/** Hex colour (light theme), or `'nodata'` for the hatch of missing values. */
	color: string;
	/**
	 * A key drawn as an outline in `color`, not a filled box: the map's policy layer (possession status, cannabis
	 * models). `dash`: its stroke-dasharray (map/policyOutline.ts), solid when absent.
	 */
	outline?: { dash?: string };
	/** A line of words with no key (what no outline means): drawn as its label alone, `color` unused. */
	note?: true;
}

export interface FigureLegend {
	kind: 'lines' | 'bins';
	/** Heading of the legend, e.g. the unit of the bins ("deaths per 100,000 people"). */
	title?: string;
	items: LegendItem[];
}

export interface FigureMeta {
	/** Title of the figure, as on the page. */
	title: string;
	/** Unit / definition line under the title. */
	subtitle?: string;
	sources: FigureSource[];
	/** Licence line; default: the sources' licences, each named once. */
	licence?: string;
	/** Absolute URL of the exact view (printed on the image, and the link back). */
	url: string;
	/** One sentence that says what the figure shows: the image's `<desc>` and the alt text. */
	alt: string;
	legend?: FigureLegend;
}
