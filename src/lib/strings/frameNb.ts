/**
 * Norwegian bokmål words of the frame catalogue: the same keys and functions as frameEn.ts (TypeScript checks it), terms as
 * in docs/glossary-nb.md.
 */
import type { FrameStrings } from './frame.ts';

export const frameNb: FrameStrings = {
	source: 'Kilde',
	sources: 'Kilder',
	licence: 'Lisens',
	openFullView: 'Åpne hele visningen på Drug Policy Explorer',
	madeWith: 'Drug Policy Explorer',
	/** «Kilde: Utgiver — Datasett (år)» */
	sourceLine: (items: readonly string[]) => `${items.length > 1 ? 'Kilder' : 'Kilde'}: ${items.join('; ')}`,
	sourceItem: (publisher: string, title: string, year: string | number | undefined) =>
		`${publisher}${title ? ` — ${title}` : ''}${year ? ` (${year})` : ''}`,
	licenceLine: (licences: readonly string[]) => `Lisens: ${licences.join('; ')}`,
	/** «< 1», «1 til < 2», «≥ 5», eller den ene verdien når det ikke er intervaller. */
	binRange: (from: string | null, to: string | null, only: string) =>
		from === null && to !== null
			? `< ${to}`
			: to === null && from !== null
				? `≥ ${from}`
				: from !== null && to !== null
					? `${from} til < ${to}`
					: only,
	exportFailed: {
		noChart: 'Denne figuren har ikke noe diagram å eksportere.',
		noMeta: 'Denne figuren oppgir ikke tittel og kilde, så den kan ikke eksporteres.',
		image: (reason: string) => `Bildet kunne ikke tegnes (${reason}).`,
		notLoaded: 'SVG-filen kunne ikke lastes som bilde',
		noSize: 'bildet har ingen størrelse',
		canvas: 'Denne nettleseren kunne ikke lage en PNG av figuren (ingen canvas).',
		blob: 'Denne nettleseren kunne ikke kode PNG-filen.'
	}
};
