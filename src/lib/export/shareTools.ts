/**
 * Everything a share menu runs only when it is used: the CSV writer (PapaParse), the table rows, citations, the
 * figure's SVG/PNG export and the country page's headline export. One module, so opening a menu fetches one chunk;
 * nothing imports it statically (loadShareTools.ts does, when a menu opens), so no route loads it up front.
 */
export { lineRows, mapRows, toCsv } from './csvRows.ts';
export { citationFor } from './citation.ts';
export { exportFigure } from './exportFigure.ts';
export { shareText } from '../strings/share.ts';
export { headlineCitation, headlineCsv, headlineFigureMeta } from './headlineExport.ts';
