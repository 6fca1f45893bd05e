/* Runs in the <head> of every /embed/ page before it paints: applies dark=true|false and controls=false from the
   address at once (no flash of the wrong theme). Same rules as src/lib/embed/params.ts; the page applies them again
   when it starts. */
(function () {
	try {
		var p = new URLSearchParams(location.search), r = document.documentElement;
		var d = (p.get('dark') || '').trim().toLowerCase(), c = (p.get('controls') || '').trim().toLowerCase();
		if (d === 'true') r.setAttribute('data-theme', 'dark');
		else if (d === 'false') r.setAttribute('data-theme', 'light');
		if (c === 'false' || c === '0') r.setAttribute('data-controls', 'false');
	} catch (e) {}
})();
