/**
 * Norwegian bokmål words of the data and sources page (/data): the same keys and functions as dataPageEn.ts (TypeScript checks it), terms as
 * in docs/glossary-nb.md.
 */
import type { DataPageStrings } from './dataPage.ts';

export const dataPageNb: DataPageStrings = {
	title: 'Data og kilder',
	intro: {
		before:
			'Hvert tall på dette nettstedet kommer fra ett av disse datasettene. Verdiene vises slik de er publisert; de få vi regner ut selv (rater fra antall og folketall, andeler), er merket',
		derived: 'beregnet',
		after:
			'med formelen. Manglende verdier vises som manglende, aldri som null og aldri fylt inn. Alle tabellene kan lastes ned som CSV.'
	},
	tables: 'Tabeller:',
	files: {
		sources: 'viser datasettene;',
		policySources:
			'viser rapportene, lovene, rettsavgjørelsene og artiklene bak hvert faktum om narkotikapolitikk (adressen til originalen, og kopien vi leste der bare en kopi kunne leses).',
		policyCells:
			'sier om hvert faktum om narkotikapolitikk bygger på en primærkilde lest direkte, og siterer setningen vi bygger på.'
	},
	indicators: (n) => `Indikatorer (${n})`,
	allSources: (n) => `Alle kilder (${n})`,
	topicHeading: { hiv: 'Hiv blant personer som injiserer narkotika' },
	places: (n, shown) => (n === 1 ? `${shown} sted` : `${shown} steder`),
	values: (n, shown) => (n === 1 ? `${shown} verdi` : `${shown} verdier`),
	field: {
		unit: 'Enhet',
		definition: 'Definisjon',
		derived: 'Beregnet',
		coverage: 'Dekning',
		source: 'Kilde',
		download: 'Last ned'
	},
	citeAs: 'Siter som:',
	refreshFrom: 'Oppdater fra:'
};
