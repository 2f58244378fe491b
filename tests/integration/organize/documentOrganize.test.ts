import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentT } from '../../../electron/shared/contract/models';
import { makePages } from '../../support/makePages';
import { auditOf, detail, expectInvariants, importPages, layout, newDossier, openStation, pageIds, type Station } from '../../support/station';

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
async function documentsInOrder(code: string): Promise<Array<Pick<DocumentT, 'id' | 'name' | 'position' | 'expectedPages' | 'componentIndex' | 'category'>>> {
  return (await detail(s, code)).documents.map(({ id, name: n, position, expectedPages, componentIndex, category }) => ({ id, name: n, position, expectedPages, componentIndex, category }));
}

describe('documents.split and documents.merge', () => {
  it('splits a document into a new part placed right after it, then merging it back restores the original', async () => {
    const a = await importPages(s, CODE, files.slice(0, 5), 1);
    const b = await importPages(s, CODE, files.slice(5, 7), 2);
    await s.call('documents.setExpectedPages', { documentId: a, expectedPages: 5 });
    const original = await layout(s, CODE);
    const [, , p3] = await pageIds(s, CODE, a);
    const filesBefore = pageFiles();

    const part = await s.call<DocumentT>('documents.split', { pageId: p3 });
    await expectInvariants(s, 7);
    const [docA, docPart, docB] = await documentsInOrder(CODE);
    expect(docA).toMatchObject({ id: a, position: 1, expectedPages: 2 });
    expect(docPart).toMatchObject({ id: part.id, position: 2, expectedPages: 3, componentIndex: docA?.componentIndex, category: docA?.category });
    expect(docPart?.name).toBe(`${docA?.name} (phần 2)`);
    expect(docB).toMatchObject({ id: b, position: 3 }); // later documents moved down one
    expect(await layout(s, CODE)).toEqual({ [a]: [name(1), name(2)], [part.id]: [name(3), name(4), name(5)], [b]: [name(6), name(7)] });
    expect((await detail(s, CODE)).documents[1]?.pages.map((p) => p.position)).toEqual([1, 2, 3]);

    const merged = await s.call<DocumentT>('documents.merge', { documentId: part.id, intoDocumentId: a });
    expect(merged).toMatchObject({ id: a, expectedPages: 5 });
    expect(await layout(s, CODE)).toEqual(original);
    await expectInvariants(s, 7);
    const trash = await s.call<Array<{ kind: string; entityId: string; label: string; reason: string }>>('trash.list', {});
    expect(trash).toEqual([expect.objectContaining({ kind: 'document', entityId: part.id, label: `${CODE} – ${docPart?.name}` })]);
    expect(trash[0]?.reason).toContain(docA?.name);

    const entries = await auditOf(s, 'document.split', 'document.merge');
    expect(entries.map((e) => [e.action, e.data.movedPages])).toEqual([['document.split', 3], ['document.merge', 3]]);
    expect(entries[1]?.data).toMatchObject({ dossierCode: CODE, fromDocumentId: part.id, intoDocumentId: a, firstPosition: 3 });
    expect(pageFiles()).toBe(filesBefore);
    expect(s.changed.filter((c) => c === CODE).length).toBeGreaterThanOrEqual(2);

    // The emptied part is recoverable: restoring it brings back an empty document at its old place.
    await s.call('trash.restore', { trashId: (await s.call<Array<{ id: string }>>('trash.list', {}))[0]?.id });
    expect((await layout(s, CODE))[part.id]).toEqual([]);
    await expectInvariants(s, 7);
  });

  it('names further parts (phần 3), carries trashed pages with their part, and keeps a mismatched sheet count', async () => {
    const a = await importPages(s, CODE, files.slice(0, 6), 1);
    await s.call('documents.setExpectedPages', { documentId: a, expectedPages: 9 }); // clerk's count does not match
    const [, , p3, p4, p5] = await pageIds(s, CODE, a);
    await s.call('pages.remove', { pageId: p4, reason: 'Trang mờ' });
    const second = await s.call<DocumentT>('documents.split', { pageId: p3 });
    const third = await s.call<DocumentT>('documents.split', { pageId: p5 });
    expect([second.name.endsWith('(phần 2)'), third.name.endsWith('(phần 3)')]).toEqual([true, true]);
    expect((await documentsInOrder(CODE)).map((d) => [d.id, d.position, d.expectedPages])).toEqual([[a, 1, 9], [second.id, 2, null], [third.id, 3, null]]);
    expect(await layout(s, CODE)).toEqual({ [a]: [name(1), name(2)], [second.id]: [name(3)], [third.id]: [name(5), name(6)] });
    await expectInvariants(s, 6);
    const [item] = await s.call<Array<{ id: string }>>('trash.list', {});
    await s.call('trash.restore', { trashId: item?.id }); // the trashed page went with the part it belongs to
    expect((await layout(s, CODE))[second.id]).toEqual([name(3), name(4)]);
    await s.call('documents.merge', { documentId: third.id, intoDocumentId: second.id });
    await s.call('documents.merge', { documentId: second.id, intoDocumentId: a });
    expect((await layout(s, CODE))[a]).toEqual([1, 2, 3, 4, 5, 6].map(name));
    await expectInvariants(s, 6);
  });

  it('refuses a split at the first page, self-merges, other dossiers, present-only targets and unknown ids', async () => {
    const a = await importPages(s, CODE, files.slice(0, 3), 1);
    const b = await importPages(s, CODE, files.slice(3, 4), 2);
    await newDossier(s, OTHER);
    const foreign = await importPages(s, OTHER, files.slice(4, 6), 1);
    const [p1, p2] = await pageIds(s, CODE, a);
    const before = { mine: await layout(s, CODE), theirs: await layout(s, OTHER) };

    expect(await s.fail('documents.split', { pageId: p1 })).toMatchObject({ code: 'validation/input', message: expect.stringMatching(/trang đầu/) });
    await s.call('pages.remove', { pageId: p1, reason: 'Quét nhầm' });
    expect((await s.fail('documents.split', { pageId: p2 })).code).toBe('validation/input'); // only a trashed page before it
    expect((await s.fail('documents.split', { pageId: p1 })).code).toBe('store/conflict');
    expect((await s.fail('documents.split', { pageId: 'khong-co' })).code).toBe('store/not-found');
    expect((await s.fail('documents.merge', { documentId: a, intoDocumentId: a })).code).toBe('validation/input');
    const cross = await s.fail('documents.merge', { documentId: foreign, intoDocumentId: a });
    expect(cross).toMatchObject({ code: 'validation/input', details: { reason: 'cross-dossier', fromCode: OTHER, toCode: CODE } });
    expect((await s.fail('documents.merge', { documentId: a, intoDocumentId: foreign })).details).toMatchObject({ reason: 'cross-dossier' });
    expect((await s.fail('documents.merge', { documentId: 'khong-co', intoDocumentId: a })).code).toBe('store/not-found');
    expect((await s.fail('documents.merge', { documentId: b, intoDocumentId: 'khong-co' })).code).toBe('store/not-found');
    const shown = await s.call<{ id: string }>('documents.create', { dossierCode: CODE, componentIndex: 3, name: 'CCCD (xuất trình)', category: 'd', presentOnly: true });
    expect((await s.fail('documents.merge', { documentId: b, intoDocumentId: shown.id })).code).toBe('import/not-digitizable');
    expect((await auditOf(s, 'page.refused')).map((e) => e.data.operation)).toEqual(['document.merge']);

    await s.call('documents.merge', { documentId: b, intoDocumentId: a });
    expect((await s.fail('documents.merge', { documentId: b, intoDocumentId: a })).code).toBe('store/not-found'); // already in the trash

    expect(await layout(s, OTHER)).toEqual(before.theirs);
    expect((await layout(s, CODE))[a]).toEqual([name(2), name(3), name(4)]);
    expect(before.mine[a]).toEqual([name(1), name(2), name(3)]);
    expect((await auditOf(s, 'document.split', 'document.merge')).map((e) => e.action)).toEqual(['document.merge']);
    await expectInvariants(s, 6);
  });
});
