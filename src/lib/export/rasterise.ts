/**
 * SVG document → PNG, in the browser, with no library: the SVG as a Blob URL in an `<img>`, drawn on a canvas at
 * `scale`× its size, encoded with `canvas.toBlob`. Every failure rejects with a message that says which step failed
 * (never a silent blank image).
 */
import { frameText } from '../strings/frame.ts';
import type { Lang } from '../strings/lang.ts';

export interface RasteriseOptions {
	/** Pixel ratio: the PNG is width×scale by height×scale pixels (default 2). */
	scale?: number;
	/** Background painted under the image (default white: a PNG on a dark slide should not turn transparent). */
	background?: string;
	/** Language of the failure messages (default English). */
	lang?: Lang;
}

export async function rasterise(
	svg: string,
	width: number,
	height: number,
	opts: RasteriseOptions = {}
): Promise<Blob> {
	const scale = opts.scale ?? 2;
	const failed = frameText[opts.lang ?? 'en'].exportFailed;
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const img = new Image();
		img.decoding = 'async';
		await new Promise<void>((ok, fail) => {
			img.onload = () => ok();
			img.onerror = () => fail(new Error(failed.image(failed.notLoaded)));
			img.src = url;
		});
		if (!img.naturalWidth && !img.width) throw new Error(failed.image(failed.noSize));
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error(failed.canvas);
		ctx.fillStyle = opts.background ?? '#ffffff';
		ctx.fillRect(0, 0, canvas.width, canvas.height);
		ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((ok, fail) =>
			canvas.toBlob((b) => (b && b.size > 0 ? ok(b) : fail(new Error(failed.blob))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}
