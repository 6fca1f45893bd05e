/* Drug Policy Explorer embed loader: resizes <iframe data-dpe-embed> to the height its embed posts
   ({type:"dpe:embed-height",height}). Only messages from one of those iframes' own windows, and from the origin of
   the iframe's src, are used. ES5, no dependencies; safe to include more than once. See README, "Embedding". */
(function (w, d) {
	if (!w || w.__dpeEmbed) return;
	w.__dpeEmbed = 1;
	var SEL = 'iframe[data-dpe-embed]';
	function frames() {
		return d.querySelectorAll ? d.querySelectorAll(SEL) : [];
	}
	function originOf(src) {
		var m = /^(https?:\/\/[^/?#]+)/i.exec(src || '');
		return m ? m[1].toLowerCase() : '';
	}
	w.addEventListener('message', function (e) {
		var m = e.data, h, f, i;
		if (!m || typeof m !== 'object') return;
		try {
			if (m.type !== 'dpe:embed-height') return;
			h = m.height;
		} catch (x) {
			return;
		}
		// NaN and Infinity fail these tests too.
		if (typeof h !== 'number' || !(h >= 1 && h <= 20000)) return;
		f = frames();
		for (i = 0; i < f.length; i++) {
			if (f[i].contentWindow === e.source && e.source) {
				if (originOf(f[i].src) !== String(e.origin).toLowerCase()) return;
				f[i].style.height = Math.ceil(h) + 'px';
				return;
			}
		}
	}, false);
	// Ask embeds that loaded before this script to post their height again.
	function ping() {
		var f = frames(), i;
		for (i = 0; i < f.length; i++) {
			try {
				f[i].contentWindow.postMessage({ type: 'dpe:embed-ping' }, '*');
			} catch (x) {}
		}
	}
	if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', ping, false);
	else ping();
})(typeof window !== 'undefined' ? window : null, typeof document !== 'undefined' ? document : null);
