// Every page is prerendered to plain HTML: the site works from any static host with no server.
export const prerender = true;
export const trailingSlash = 'never';
