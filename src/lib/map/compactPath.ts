/**
 * A d3-geo path context that writes compact SVG path data: relative moves and lines ("l3.2-1.4"), coordinates rounded
 * to 0.1 px, and points closer than `tolerance` px to the last one dropped (invisible at the map's size). Cuts the
 * prerendered geometry to about half of `geoPath().digits(1)`, with no visible difference. Rounding is done on
 * absolute positions, so errors never accumulate along a ring.
 */
export class CompactPath {
	private out = '';
	private x = 0;
	private y = 0;
	/** Start of the current subpath: after "z" the current point returns there. */
	private sx = 0;
	private sy = 0;
	/** Last command was a line, so further pairs can follow without repeating "l". */
	private inLine = false;
	private pending: [number, number] | null = null;

	constructor(private tolerance = 0.5) {}

	private fmt(v: number): string {
		const s = (Math.round(v * 10) / 10).toString();
		return s.startsWith('0.') ? s.slice(1) : s.startsWith('-0.') ? '-' + s.slice(2) : s;
	}

	private pair(dx: number, dy: number): string {
		const b = this.fmt(dy);
		return this.fmt(dx) + (b.startsWith('-') ? '' : ',') + b;
	}

	moveTo(x: number, y: number): void {
		this.flush();
		const rx = Math.round(x * 10) / 10;
		const ry = Math.round(y * 10) / 10;
		this.out +=
			(this.out ? 'm' : 'M') + (this.out ? this.pair(rx - this.x, ry - this.y) : this.fmt(rx) + ',' + this.fmt(ry));
		this.x = this.sx = rx;
		this.y = this.sy = ry;
		this.inLine = false;
	}

	lineTo(x: number, y: number): void {
		const rx = Math.round(x * 10) / 10;
		const ry = Math.round(y * 10) / 10;
		if (Math.hypot(rx - this.x, ry - this.y) < this.tolerance) {
			this.pending = [rx, ry];
			return;
		}
		this.pending = null;
		this.emit(rx, ry);
	}

	private emit(rx: number, ry: number): void {
		const p = this.pair(rx - this.x, ry - this.y);
		this.out += this.inLine ? (p.startsWith('-') ? p : ' ' + p) : 'l' + p;
		this.inLine = true;
		this.x = rx;
		this.y = ry;
	}

	private flush(): void {
		if (this.pending) {
			const [px, py] = this.pending;
			this.pending = null;
			if (px !== this.x || py !== this.y) this.emit(px, py);
		}
	}

	closePath(): void {
		this.pending = null;
		this.out += 'z';
		this.x = this.sx;
		this.y = this.sy;
		this.inLine = false;
	}

	beginPath(): void {
		/* each feature's path data is collected with result() */
	}

	arc(): void {
		/* points are not drawn as arcs on this map */
	}

	/** Path data so far (and reset). */
	result(): string {
		this.flush();
		const r = this.out;
		this.out = '';
		this.x = this.y = this.sx = this.sy = 0;
		this.inLine = false;
		return r;
	}
}
