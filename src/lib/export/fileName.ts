/** File names of downloads: lower-case ASCII words joined by hyphens, from the indicator and the view. Pure. */

/** "GBD 2019: Portugal & Czechia" -> "gbd-2019-portugal-czechia" (accents dropped, at most 80 characters). */
export function slug(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 80)
		.replace(/-+$/, '');
}

/** `parts` slugged and joined, with the extension: ["gbd2019_drug_disorder_death_rate", "PRT~CZE"] + "csv". */
export function fileName(parts: readonly string[], ext: string): string {
	const stem = parts.map(slug).filter(Boolean).join('-') || 'drug-policy-explorer';
	return `${stem}.${ext}`;
}
