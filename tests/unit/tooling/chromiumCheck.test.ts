import { describe, expect, it } from 'vitest';
import { chromiumCheck } from '../../../scripts/run-e2e.mjs';

describe('chromiumCheck (npm test without a browser)', () => {
	it('says how to install Chromium and how to skip, when none of the candidates exists', () => {
		const r = chromiumCheck(['/nonexistent/chromium', '/also/missing']);
		expect(r.ok).toBe(false);
		expect(r.msg).toContain('/nonexistent/chromium, /also/missing');
		expect(r.msg).toContain('apt-get install -y chromium');
		expect(r.msg).toContain('CHROMIUM_PATH');
		expect(r.msg).toContain('SKIP_E2E=1 npm test');
	});

	it('returns the first candidate that exists', () => {
		expect(chromiumCheck(['/nonexistent/chromium', process.execPath])).toEqual({ ok: true, path: process.execPath });
	});
});
