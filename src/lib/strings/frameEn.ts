/** User-facing words of the chart frame and of exported figures (English). */
export const frameEn = {
	source: 'Source',
	sources: 'Sources',
	licence: 'Licence',
	/** Link from an embed (or a compact figure) back to the full, interactive view. */
	openFullView: 'Open the full view on Drug Policy Explorer',
	/** Printed on exported images: where the figure comes from. */
	madeWith: 'Drug Policy Explorer',
	/** "Source: Publisher — Dataset (year)" */
	sourceLine: (items: readonly string[]) => `${items.length > 1 ? 'Sources' : 'Source'}: ${items.join('; ')}`,
	sourceItem: (publisher: string, title: string, year: string | number | undefined) =>
		`${publisher}${title ? ` — ${title}` : ''}${year ? ` (${year})` : ''}`,
	licenceLine: (licences: readonly string[]) => `Licence: ${licences.join('; ')}`,
	/** Legend bin bounds: "< 1", "1 to < 2", "≥ 5", or the single value when there are no bins. */
	binRange: (from: string | null, to: string | null, only: string) =>
		from === null && to !== null
			? `< ${to}`
			: to === null && from !== null
				? `≥ ${from}`
				: from !== null && to !== null
					? `${from} to < ${to}`
					: only,
	exportFailed: {
		noChart: 'This figure has no chart to export.',
		noMeta: 'This figure does not say its title and source, so it cannot be exported.',
		image: (reason: string) => `The image could not be drawn (${reason}).`,
		/** Reasons for `image`. */
		notLoaded: 'the SVG did not load as an image',
		noSize: 'the image has no size',
		canvas: 'This browser could not make a PNG of the figure (no canvas).',
		blob: 'This browser could not encode the PNG.'
	}
};
