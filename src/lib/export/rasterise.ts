/**
 * SVG document → PNG, in the browser, with no library: the SVG as a Blob URL in an `<img>`, drawn on a canvas at
 * `scale`× its size, encoded with `canvas.toBlob`. Every failure rejects with a message that says which step failed
 * (never a silent blank image).
 */
import { frameEn } from '../strings/frameEn.ts';

export interface RasteriseOptions {
	/** Pixel ratio: the PNG is width×scale by height×scale pixels (default 2). */
	scale?: number;
	/** Background painted under the image (default white: a PNG on a dark slide should not turn transparent). */
	background?: string;
}

export async function rasterise(
	svg: string,
	width: number,
	height: number,
	opts: RasteriseOptions = {}
): Promise<Blob> {
	const scale = opts.scale ?? 2;
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const img = new Image();
		img.decoding = 'async';
		await new Promise<void>((ok, fail) => {
			img.onload = () => ok();
			img.onerror = () => fail(new Error(frameEn.exportFailed.image('the SVG did not load as an image')));
			img.src = url;
		});
		if (!img.naturalWidth && !img.width) throw new Error(frameEn.exportFailed.image('the image has no size'));
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error(frameEn.exportFailed.canvas);
		ctx.fillStyle = opts.background ?? '#ffffff';
		ctx.fillRect(0, 0, canvas.width, canvas.height);
		ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((ok, fail) =>
			canvas.toBlob((b) => (b && b.size > 0 ? ok(b) : fail(new Error(frameEn.exportFailed.blob))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}
