// Unit and e2e tests read every language's catalogue directly (coreText.nb, …): hand them the Norwegian catalogues
// that the site loads on /nb/… pages only (src/lib/strings/lang.ts, loadLang).
import { nbCatalogues } from '../../src/lib/strings/nbCatalogues.ts';
import { provideLang } from '../../src/lib/strings/lang.ts';

provideLang('nb', nbCatalogues);
