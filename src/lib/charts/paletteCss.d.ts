/** Generated from src/lib/charts/palette.ts by the plugin in vite.config.ts. */
declare module 'virtual:palette.css' {}
