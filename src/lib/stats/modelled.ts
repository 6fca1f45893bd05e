/**
 * Sources whose values are modelled estimates rather than recorded counts or rates: the Global Burden of Disease
 * studies (IHME) estimate deaths and prevalence for every country and year from many inputs, including for places
 * and years with no death registration. Pages say "modelled" next to such values. Pure.
 */
export const MODELLED_SOURCES: ReadonlySet<string> = new Set(['ihme-gbd2019', 'ihme-gbd2017']);

export const isModelled = (sourceId: string): boolean => MODELLED_SOURCES.has(sourceId);
