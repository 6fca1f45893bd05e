/**
 * Bytes of a curated CSV to text. Pure; shared by `npm run data:check` and the app's build-time loader, so both refuse
 * the same files. UTF-8 only, decoded with `fatal: true` (an invalid byte is an error, never a silent U+FFFD).
 * A UTF-8 byte-order mark is accepted and dropped. UTF-16/UTF-32 (with or without a byte-order mark) and NUL bytes
 * are refused with the line where they start.
 */
import type { CsvProblem } from './problems.ts';

export type Decoded = { text: string; problem?: undefined } | { text?: undefined; problem: CsvProblem };

const SAVE_AS = 'save the file as UTF-8 (without NUL characters)';

export function decodeCsvBytes(bytes: Uint8Array, file: string): Decoded {
	const fail = (line: number, reason: string): Decoded => ({ problem: { file, line, reason } });
	if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
		return fail(1, `the file is UTF-16 or UTF-32 (byte-order mark ${hex(bytes[0]!)} ${hex(bytes[1]!)}): ${SAVE_AS}`);
	}
	if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) {
		return fail(1, `the file is UTF-32 (byte-order mark 00 00 FE FF): ${SAVE_AS}`);
	}
	const nul = bytes.indexOf(0);
	if (nul >= 0) {
		return fail(lineAt(bytes, nul), `NUL byte (00) at byte ${nul}: the file looks like UTF-16 or binary, not UTF-8 text; ${SAVE_AS}`);
	}
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		const at = firstInvalidByte(bytes);
		const line = lineAt(bytes, at);
		const column = at - (bytes.lastIndexOf(0x0a, at - 1) + 1) + 1;
		return fail(line, `invalid UTF-8 (byte ${hex(bytes[at] ?? 0)} at column ${column}; perhaps Latin-1 or Windows-1252): ${SAVE_AS}`);
	}
}

function hex(b: number): string {
	return b.toString(16).toUpperCase().padStart(2, '0');
}

/** 1-based line of byte `index` (counting LF bytes before it). */
function lineAt(bytes: Uint8Array, index: number): number {
	let line = 1;
	for (let i = 0; i < index && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
	return line;
}

/**
 * Index of the byte where a fatal UTF-8 decoder first fails. LF (0x0A) never occurs inside a multi-byte UTF-8
 * sequence, so lines can be decoded one by one; within the failing line, a streaming decoder fed byte by byte throws
 * at the offending byte (a sequence cut short by the end of the line throws at the flush).
 */
/** The lead byte of an unfinished multi-byte sequence just before `i`, if any (the decoder notices it only at `i`). */
function sequenceStart(b: Uint8Array, i: number): number {
	for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
		if (b[j]! >= 0xc0) return j;
		if (b[j]! < 0x80) break;
	}
	return i;
}

function firstInvalidByte(bytes: Uint8Array): number {
	let start = 0;
	while (start <= bytes.length) {
		let end = bytes.indexOf(0x0a, start);
		if (end < 0) end = bytes.length;
		const lineBytes = bytes.subarray(start, end);
		try {
			new TextDecoder('utf-8', { fatal: true }).decode(lineBytes);
		} catch {
			const d = new TextDecoder('utf-8', { fatal: true });
			for (let i = 0; i < lineBytes.length; i++) {
				try {
					d.decode(lineBytes.subarray(i, i + 1), { stream: true });
				} catch {
					return start + sequenceStart(lineBytes, i);
				}
			}
			return start + sequenceStart(lineBytes, lineBytes.length);
		}
		start = end + 1;
	}
	return 0;
}
