/**
 * Save a Blob as a file in the browser: an object URL and a temporary `<a download>`, revoked after the click has
 * been handled. Browser-only (not imported by pure code).
 */
export function downloadBlob(blob: Blob, filename: string, doc: Document = document): void {
	const url = URL.createObjectURL(blob);
	const a = doc.createElement('a');
	a.href = url;
	a.download = filename;
	a.rel = 'noopener';
	a.style.display = 'none';
	doc.body.appendChild(a);
	try {
		a.click();
	} finally {
		a.remove();
		// Revoking at once can cancel the download in some browsers: give it a moment.
		setTimeout(() => URL.revokeObjectURL(url), 10_000);
	}
}

/** A CSV text as a Blob: UTF-8 with a byte-order mark, so Excel reads "–" and "é" right. */
export function csvBlob(text: string): Blob {
	return new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });
}
