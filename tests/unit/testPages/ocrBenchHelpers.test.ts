import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { measure } from '../../bench/ocr/measure';
import { scoreTexts } from '../../bench/ocr/score';

const run = promisify(execFile);

describe('OCR bench helpers', () => {
  it('scores pages micro-averaged: total edits over total ground-truth characters', () => {
    const score = scoreTexts(['Viet Nam', 'ngày 15 tháng 3'], ['Việt Nam', 'ngày 15 tháng 3']);
    expect(score.cerPct).toBeCloseTo((100 * 1) / (8 + 15), 10);
    expect(score.perPagePct[0]).toBeCloseTo(100 / 8, 10);
    expect(score.perPagePct[1]).toBe(0);
    expect(score.diacriticBlindCerPct).toBe(0);
    expect(score.werPct).toBeCloseTo((100 * 1) / (2 + 4), 10);
  });

  it('measures wall time, CPU time and peak RSS of child processes', async () => {
    // A child that holds ~120 MB for a moment and burns some CPU.
    const script = 'const b = Buffer.alloc(120 * 2 ** 20, 1); let s = 0; const t = Date.now(); while (Date.now() - t < 400) s += b[s % b.length]; console.log(s > 0);';
    const m = await measure(() => run(process.execPath, ['-e', script]));
    expect(m.result.stdout.trim()).toBe('true');
    expect(m.wallMs).toBeGreaterThan(400);
    expect(m.cpuMs).toBeGreaterThan(300);
    expect(m.peakRssMb).toBeGreaterThan(100);
  });
});
