/** The app's sources as an exported figure names them. Pure. */
import type { Source } from '../data/types.ts';
import type { FigureSource } from './figureMeta.ts';

export function figureSources(
	sources: readonly Pick<Source, 'publisher' | 'title' | 'year' | 'licence'>[]
): FigureSource[] {
	return sources.map((s) => ({ publisher: s.publisher, title: s.title, year: s.year, licence: s.licence }));
}
