import { describe, expect, it } from 'vitest';
import { planSeparation } from '../../../electron/core/codes/planSeparation';
import type { FoundCode, PageCodes, PageSeparationInput, SeparationRule } from '../../../electron/core/codes/types';
import { isAppError } from '../../../electron/shared/errors/AppError';

const box = { x: 0, y: 0, width: 10, height: 10 };
const code = (text: string, format = 'QRCode'): FoundCode => ({ format, text, box });
const none: PageCodes = { codes: [], patch: null, separator: null };

type PageSpec = 'p' | 'b' | { sep: 'patch' | 'sheet-qr'; value?: string } | { code: string };

/** 'p' content page, 'b' blank page, { sep } separator sheet, { code } page with a barcode. */
function pages(...specs: PageSpec[]): PageSeparationInput[] {
  return specs.map((s, index) => {
    if (s === 'p') return { index, blank: false, codes: none };
    if (s === 'b') return { index, blank: true, codes: none };
    if ('code' in s) return { index, blank: false, codes: { codes: [code(s.code, 'Code128')], patch: null, separator: null } };
    const separator = s.value === undefined ? { via: s.sep } : { via: s.sep, value: s.value };
    const codes = s.sep === 'sheet-qr' ? [code(`TSH-SEP:${s.value ?? ''}`)] : [];
    return { index, blank: false, codes: { codes, patch: s.sep === 'patch' ? 'T' : null, separator } };
  });
}

const docs = (plan: ReturnType<typeof planSeparation>) => plan.documents.map((d) => d.pages);

function expectInvalid(fn: () => unknown): void {
  try {
    fn();
  } catch (err) {
    expect(isAppError(err, 'separation/invalid-rule')).toBe(true);
    return;
  }
  throw new Error('expected separation/invalid-rule');
}

describe('planSeparation: separator-sheet', () => {
  const rule: SeparationRule = { kind: 'separator-sheet' };

  it('splits at each separator sheet and removes it', () => {
    const plan = planSeparation(pages('p', 'p', { sep: 'patch' }, 'p', { sep: 'sheet-qr', value: 'HS-2' }, 'p', 'p'), rule);
    expect(docs(plan)).toEqual([[0, 1], [3], [5, 6]]);
    expect(plan.removed).toEqual([{ index: 2, reason: 'separator' }, { index: 4, reason: 'separator' }]);
    expect(plan.documents.map((d) => d.barcodeValue)).toEqual([undefined, undefined, 'HS-2']);
  });

  it('removes the blank back side of a duplex separator sheet, but only the one right after it', () => {
    const plan = planSeparation(pages('p', { sep: 'patch' }, 'b', 'p', 'b', 'p'), rule);
    expect(docs(plan)).toEqual([[0], [3, 4, 5]]);
    expect(plan.removed).toEqual([{ index: 1, reason: 'separator' }, { index: 2, reason: 'separator' }]);
  });

  it('keeps a printed back side (not blank) as the first page of the next document', () => {
    expect(docs(planSeparation(pages('p', { sep: 'patch' }, 'p', 'p'), rule))).toEqual([[0], [2, 3]]);
  });

  it('emits no empty document for leading, trailing or consecutive separators', () => {
    const plan = planSeparation(pages({ sep: 'patch' }, 'b', 'p', { sep: 'patch' }, { sep: 'sheet-qr', value: 'X' }, 'b', 'p', { sep: 'patch' }, 'b'), rule);
    expect(docs(plan)).toEqual([[2], [6]]);
    expect(plan.documents[1]?.barcodeValue).toBe('X');
    expect(plan.removed.map((r) => r.index)).toEqual([0, 1, 3, 4, 5, 7, 8]);
  });

  it('gives one document without separators, and nothing for no pages or separators only', () => {
    expect(docs(planSeparation(pages('p', 'b', 'p'), rule))).toEqual([[0, 1, 2]]);
    expect(planSeparation([], rule)).toEqual({ documents: [], removed: [] });
    expect(docs(planSeparation(pages({ sep: 'patch' }, { sep: 'patch' }), rule))).toEqual([]);
  });

  it('works on non-contiguous page indexes', () => {
    const input = pages('p', { sep: 'patch' }, 'p').map((p, i) => ({ ...p, index: i * 10 + 3 }));
    expect(docs(planSeparation(input, rule))).toEqual([[3], [23]]);
  });
});

describe('planSeparation: barcode', () => {
  it('starts a new document at a page with any barcode and keeps that page', () => {
    const plan = planSeparation(pages('p', { code: 'HS-1' }, 'p', { code: 'HS-2' }), { kind: 'barcode' });
    expect(docs(plan)).toEqual([[0], [1, 2], [3]]);
    expect(plan.documents.map((d) => d.barcodeValue)).toEqual([undefined, 'HS-1', 'HS-2']);
    expect(plan.removed).toEqual([]);
  });

  it('only splits on barcodes matching the pattern', () => {
    const plan = planSeparation(pages({ code: 'ABC' }, 'p', { code: 'H29-001' }, { code: 'XYZ' }), { kind: 'barcode', pattern: '^H29-\\d+$' });
    expect(docs(plan)).toEqual([[0, 1], [2, 3]]);
    expect(plan.documents[1]?.barcodeValue).toBe('H29-001');
  });

  it('does not start a document twice at the first page', () => {
    expect(docs(planSeparation(pages({ code: 'A' }, 'p'), { kind: 'barcode' }))).toEqual([[0, 1]]);
  });

  it('still removes separator sheets (their TSH-SEP code does not count as a document barcode)', () => {
    const plan = planSeparation(pages('p', { sep: 'sheet-qr', value: 'V' }, 'b', 'p', { code: 'B' }), { kind: 'barcode' });
    expect(docs(plan)).toEqual([[0], [3], [4]]);
    expect(plan.documents.map((d) => d.barcodeValue)).toEqual([undefined, 'V', 'B']);
  });

  it('rejects a pattern that is not a regular expression', () => {
    expectInvalid(() => planSeparation(pages('p'), { kind: 'barcode', pattern: '([' }));
  });
});

describe('planSeparation: blank-page', () => {
  it('splits at blank pages and removes them; runs of blanks count once', () => {
    const plan = planSeparation(pages('b', 'p', 'p', 'b', 'b', 'p', 'b'), { kind: 'blank-page' });
    expect(docs(plan)).toEqual([[1, 2], [5]]);
    expect(plan.removed).toEqual([0, 3, 4, 6].map((index) => ({ index, reason: 'blank' })));
  });

  it('reports the blank back of a separator as part of the separator', () => {
    const plan = planSeparation(pages('p', { sep: 'patch' }, 'b', 'b', 'p'), { kind: 'blank-page' });
    expect(docs(plan)).toEqual([[0], [4]]);
    expect(plan.removed).toEqual([{ index: 1, reason: 'separator' }, { index: 2, reason: 'separator' }, { index: 3, reason: 'blank' }]);
  });
});

describe('planSeparation: fixed-count', () => {
  it('cuts every N pages, the last document may be shorter', () => {
    expect(docs(planSeparation(pages('p', 'p', 'p', 'p', 'p'), { kind: 'fixed-count', pages: 2 }))).toEqual([[0, 1], [2, 3], [4]]);
    expect(docs(planSeparation(pages('p', 'b', 'p'), { kind: 'fixed-count', pages: 1 }))).toEqual([[0], [1], [2]]);
  });

  it('restarts the count after a separator sheet', () => {
    expect(docs(planSeparation(pages('p', { sep: 'patch' }, 'p', 'p', 'p'), { kind: 'fixed-count', pages: 2 }))).toEqual([[0], [2, 3], [4]]);
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects %s pages per document', (n) => {
    expectInvalid(() => planSeparation(pages('p'), { kind: 'fixed-count', pages: n }));
  });
});

describe('planSeparation: manual', () => {
  it('starts documents at the given indexes, in any order, duplicates ignored', () => {
    expect(docs(planSeparation(pages('p', 'p', 'p', 'p', 'p'), { kind: 'manual', startsAt: [3, 1, 3] }))).toEqual([[0], [1, 2], [3, 4]]);
    expect(docs(planSeparation(pages('p', 'p'), { kind: 'manual', startsAt: [0] }))).toEqual([[0, 1]]);
    expect(docs(planSeparation(pages('p', 'p'), { kind: 'manual', startsAt: [] }))).toEqual([[0, 1]]);
  });

  it('rejects indexes out of range', () => {
    expectInvalid(() => planSeparation(pages('p', 'p'), { kind: 'manual', startsAt: [2] }));
    expectInvalid(() => planSeparation(pages('p', 'p'), { kind: 'manual', startsAt: [-1] }));
    expectInvalid(() => planSeparation([], { kind: 'manual', startsAt: [0] }));
  });
});

describe('planSeparation: bad input', () => {
  it('rejects an unknown rule and unordered or duplicate page indexes', () => {
    expectInvalid(() => planSeparation(pages('p'), { kind: 'nope' } as unknown as SeparationRule));
    expectInvalid(() => planSeparation(pages('p'), undefined as unknown as SeparationRule));
    const [a, b] = pages('p', 'p');
    expectInvalid(() => planSeparation([b!, a!], { kind: 'separator-sheet' }));
    expectInvalid(() => planSeparation([a!, a!], { kind: 'separator-sheet' }));
  });
});
