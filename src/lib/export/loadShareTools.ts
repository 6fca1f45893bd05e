/**
 * The share menu's working parts (shareTools.ts), fetched the first time a menu needs them and kept; a failed fetch
 * is forgotten, so opening the menu again tries again (the menu says that it failed: ShareMenu.svelte).
 */
type ShareTools = typeof import('./shareTools.ts');

let loading: Promise<ShareTools> | null = null;

export function loadShareTools(): Promise<ShareTools> {
	loading ??= import('./shareTools.ts').catch((e: unknown) => {
		loading = null;
		throw e;
	});
	return loading;
}
