/** Generated from data/i18n/nb/vocabulary.csv by the plugin in vite.config.ts (field -> value -> Norwegian label). */
declare module 'virtual:vocabulary-nb' {
	const labels: Record<string, Record<string, string>>;
	export default labels;
}
