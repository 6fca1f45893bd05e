/* Runs in the <head> of every /embed/ page before it paints: applies dark=true|false and controls=false from the
   address at once (no flash of the wrong theme), and lang=en|nb: an embed asked for in the other language goes to that
   language's address (/embed/… <-> /nb/embed/…, same query) before anything is drawn. Same rules as
   src/lib/embed/params.ts (parseEmbedParams, langRedirect); the page applies the theme again when it starts. */
(function () {
	try {
		var p = new URLSearchParams(location.search), r = document.documentElement;
		var d = (p.get('dark') || '').trim().toLowerCase(), c = (p.get('controls') || '').trim().toLowerCase();
		var l = (p.get('lang') || '').trim().toLowerCase();
		if (l === 'en' || l === 'nb') {
			// The base path is where this script is served from: <base>/embed-theme.js.
			var s = document.currentScript, b = s ? String(s.src).replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '') : '';
			b = b.replace(/[?#].*$/, '').replace(/\/embed-theme\.js$/, '');
			var path = location.pathname, rest = path.indexOf(b) === 0 ? path.slice(b.length) || '/' : path;
			var isNb = rest === '/nb' || rest.indexOf('/nb/') === 0;
			if (l === 'nb' && !isNb) rest = '/nb' + rest;
			else if (l === 'en' && isNb) rest = rest.slice(3) || '/';
			else rest = '';
			if (rest) {
				r.style.visibility = 'hidden';
				location.replace(b + rest + location.search + location.hash);
				return;
			}
		}
		if (d === 'true') r.setAttribute('data-theme', 'dark');
		else if (d === 'false') r.setAttribute('data-theme', 'light');
		if (c === 'false' || c === '0') r.setAttribute('data-controls', 'false');
	} catch (e) {}
})();
