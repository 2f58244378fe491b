import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setDossierStatus } from '../../../electron/core/services/dossiers';
import { makePages } from '../../support/makePages';
import { anonymous, auditOf, detail, expectInvariants, importPages, layout, newDossier, openStation, pageIds, type Station } from '../../support/station';

const CODE = 'H55.242-260310-010001';
const OTHER = 'H55.242-260310-010002';
let srcDir: string;
let files: string[];
let s: Station;

beforeAll(async () => {
  srcDir = mkdtempSync(join(tmpdir(), 'ss-organize-src-'));
  files = await makePages(srcDir, 7);
});
afterAll(() => rmSync(srcDir, { recursive: true, force: true }));
beforeEach(async () => {
  s = await openStation();
  await newDossier(s, CODE);
});
afterEach(async () => s.close());

const name = (i: number): string => `trang-00${i}.jpg`;
const pageFiles = (): number => readdirSync(s.core.store.paths.pagesDir, { recursive: true }).filter((f) => String(f).endsWith('.jpg')).length;

describe('pages.move', () => {
  it('swaps the first and last page of a document; positions stay 1..n and each move is audited', async () => {
    const doc = await importPages(s, CODE, files.slice(0, 4), 1);
    const [first, , , last] = await pageIds(s, CODE, doc);
    expect(await s.call('pages.move', { pageId: first, documentId: doc, position: 4 })).toEqual({ ok: true });
    await expectInvariants(s, 4);
    expect((await layout(s, CODE))[doc]).toEqual([name(2), name(3), name(4), name(1)]);
    await s.call('pages.move', { pageId: last, documentId: doc, position: 1 });
    expect((await layout(s, CODE))[doc]).toEqual([name(4), name(2), name(3), name(1)]);
    const positions = (await detail(s, CODE)).documents[0]?.pages.map((p) => p.position);
    expect(positions).toEqual([1, 2, 3, 4]);
    const moves = await auditOf(s, 'page.move');
    expect(moves.map((e) => [e.data.fromPosition, e.data.toPosition])).toEqual([[1, 4], [3, 1]]); // the old last page sat at 3 after the first move
    expect(moves[0]?.data).toMatchObject({ dossierCode: CODE, fromDocumentId: doc, toDocumentId: doc });
    expect(s.changed.filter((c) => c === CODE).length).toBeGreaterThanOrEqual(2);
    await expectInvariants(s, 4);
  });

  it('moves a page into another document of the same dossier; a position past the end appends', async () => {
    const a = await importPages(s, CODE, files.slice(0, 3), 1);
    const b = await importPages(s, CODE, files.slice(3, 5), 2);
    const [, a2, a3] = await pageIds(s, CODE, a);
    await s.call('pages.move', { pageId: a2, documentId: b, position: 2 });
    await expectInvariants(s, 5);
    expect(await layout(s, CODE)).toEqual({ [a]: [name(1), name(3)], [b]: [name(4), name(2), name(5)] });
    await s.call('pages.move', { pageId: a3, documentId: b, position: 99 });
    expect(await layout(s, CODE)).toEqual({ [a]: [name(1)], [b]: [name(4), name(2), name(5), name(3)] });
    const moved = (await detail(s, CODE)).documents.find((d) => d.id === b)?.pages.at(-1);
    expect(moved).toMatchObject({ id: a3, documentId: b, position: 4 });
    await expectInvariants(s, 5);
  });

  it('keeps a trashed page in its slot, so restoring it after a move still lands without a clash', async () => {
    const doc = await importPages(s, CODE, files.slice(0, 4), 1);
    const [p1, p2, , p4] = await pageIds(s, CODE, doc);
    await s.call('pages.remove', { pageId: p2, reason: 'Quét nhầm' });
    await s.call('pages.move', { pageId: p4, documentId: doc, position: 1 });
    await s.call('pages.move', { pageId: p1, documentId: doc, position: 99 });
    await expectInvariants(s, 4);
    expect((await layout(s, CODE))[doc]).toEqual([name(4), name(3), name(1)]);
    const [item] = await s.call<Array<{ id: string }>>('trash.list', {});
    await s.call('trash.restore', { trashId: item?.id });
    expect((await layout(s, CODE))[doc]).toEqual([name(4), name(2), name(3), name(1)]);
    await expectInvariants(s, 4);
  });
});

describe('pages.exclude / pages.include', () => {
  it('takes a page out of the output and back in without touching the page or its file', async () => {
    const doc = await importPages(s, CODE, files.slice(0, 3), 1);
    const [, p2] = await pageIds(s, CODE, doc);
    const filesBefore = pageFiles();
    expect(await s.call('pages.exclude', { pageId: p2, reason: 'blank' })).toEqual({ ok: true });
    const excluded = (await detail(s, CODE)).documents[0]?.pages;
    expect(excluded?.map((p) => [p.sourceName, p.excluded])).toEqual([[name(1), null], [name(2), 'blank'], [name(3), null]]);
    await s.call('pages.exclude', { pageId: p2, reason: 'separator' });
    await s.call('pages.exclude', { pageId: p2, reason: 'separator' }); // no change, no audit entry
    await s.call('pages.include', { pageId: p2 });
    await s.call('pages.include', { pageId: p2 });
    const after = (await detail(s, CODE)).documents[0]?.pages;
    expect(after?.map((p) => p.excluded)).toEqual([null, null, null]);
    expect(after?.map((p) => p.sourceName)).toEqual([name(1), name(2), name(3)]);
    const entries = await auditOf(s, 'page.exclude', 'page.include');
    expect(entries.map((e) => [e.action, e.data.from, e.data.to])).toEqual([
      ['page.exclude', null, 'blank'], ['page.exclude', 'blank', 'separator'], ['page.include', 'separator', null],
    ]);
    expect(pageFiles()).toBe(filesBefore);
    await expectInvariants(s, 3);
  });
});

describe('hostile and refused calls', () => {
  it('refuses other dossiers, unknown ids, trashed pages, present-only targets, cancelled dossiers and anonymous callers', async () => {
    const doc = await importPages(s, CODE, files.slice(0, 3), 1);
    await newDossier(s, OTHER);
    const foreignDoc = await importPages(s, OTHER, files.slice(3, 5), 1);
    const [p1, p2, p3] = await pageIds(s, CODE, doc);
    const [foreignPage] = await pageIds(s, OTHER, foreignDoc);
    const before = { mine: await layout(s, CODE), theirs: await layout(s, OTHER) };

    const cross = await s.fail('pages.move', { pageId: p1, documentId: foreignDoc, position: 1 });
    expect(cross).toMatchObject({ code: 'validation/input', details: { reason: 'cross-dossier', fromCode: CODE, toCode: OTHER } });
    expect(cross.message).toMatch(/hồ sơ khác/);
    expect(await s.fail('pages.move', { pageId: foreignPage, documentId: doc, position: 1 })).toMatchObject({ code: 'validation/input', details: { reason: 'cross-dossier' } });
    expect((await s.fail('pages.move', { pageId: 'khong-co', documentId: doc, position: 1 })).code).toBe('store/not-found');
    expect((await s.fail('pages.move', { pageId: p1, documentId: 'khong-co', position: 1 })).code).toBe('store/not-found');
    expect((await s.fail('pages.exclude', { pageId: 'khong-co', reason: 'blank' })).code).toBe('store/not-found');
    expect((await s.fail('pages.include', { pageId: 'khong-co' })).code).toBe('store/not-found');
    expect((await s.fail('pages.move', { pageId: p1, documentId: doc, position: 0 })).code).toBe('ipc/invalid-input');
    expect((await s.fail('pages.exclude', { pageId: p1, reason: 'ugly' })).code).toBe('ipc/invalid-input');
    expect((await s.fail('pages.move', { pageId: p1, documentId: doc, position: 2 }, anonymous)).code).toBe('auth/not-signed-in');

    const shown = await s.call<{ id: string }>('documents.create', { dossierCode: CODE, componentIndex: 3, name: 'CCCD (xuất trình)', category: 'd', presentOnly: true });
    const refused = await s.fail('pages.move', { pageId: p2, documentId: shown.id, position: 1 });
    expect(refused.code).toBe('import/not-digitizable');
    expect((await auditOf(s, 'page.refused')).map((e) => e.data)).toEqual([expect.objectContaining({ reason: 'present-only', operation: 'page.move', rule: 'VN-DG-02' })]);

    await s.call('pages.remove', { pageId: p3, reason: 'Trang thừa' });
    expect((await s.fail('pages.move', { pageId: p3, documentId: doc, position: 1 })).code).toBe('store/conflict');
    expect((await s.fail('pages.exclude', { pageId: p3, reason: 'blank' })).code).toBe('store/conflict');

    setDossierStatus(s.core.store, CODE, 'cancelled', 'user:quan-tri');
    const cancelled = await s.fail('pages.move', { pageId: p2, documentId: doc, position: 1 });
    expect(cancelled).toMatchObject({ code: 'store/conflict', message: expect.stringMatching(/đã bị hủy/) });
    expect((await s.fail('pages.exclude', { pageId: p2, reason: 'blank' })).code).toBe('store/conflict');

    const { [shown.id]: emptyShown, ...mineNow } = await layout(s, CODE);
    expect(emptyShown).toEqual([]);
    expect(mineNow).toEqual({ [doc]: [name(1), name(2)] }); // only the trashed page left the view
    expect(before.mine[doc]).toEqual([name(1), name(2), name(3)]);
    expect(await layout(s, OTHER)).toEqual(before.theirs);
    expect(await auditOf(s, 'page.move', 'page.exclude', 'page.include')).toEqual([]);
    await expectInvariants(s, 5);
  });
});
