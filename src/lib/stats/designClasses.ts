/**
 * The class ids of DESIGN.md §3 and "unknown", on their own: what a page needs to name and colour a class without
 * the classifier (typology.ts, which re-exports these and is where the rule lives). Pure, no dependencies.
 */
export const UNKNOWN = 'unknown';
export type Unknown = typeof UNKNOWN;

/** The classes of the design rule, in the order a page lists them ("unknown" last, always shown). */
export const DESIGN_CLASSES = [
	'health_led',
	'decriminalised_limited_services',
	'criminal_with_harm_reduction',
	'punitive'
] as const;
export type DesignClass = (typeof DESIGN_CLASSES)[number];
export type ApproachClass = DesignClass | Unknown;
