/**
 * Words that travel with a value that must not be quoted bare (charts/caution.ts): a break in series, a provisional
 * or partial figure. Their own small catalogue, because the map, the country pages and the compare view all write
 * them and only the compare view needs the rest of the compare words.
 */
export const cautionEn = {
	afterBreak: (y: number) => `after a break in series in ${y}`,
	acrossBreak: (y: number) => `across a break in series in ${y}`,
	flag: {
		provisional: 'provisional',
		partial: 'partial coverage',
		estimate: 'an estimate',
		secondary: 'from a secondary source'
	} as Record<string, string>,
	/** Joins the caution words of one value. */
	join: (parts: string[]) => parts.join(', ')
};
