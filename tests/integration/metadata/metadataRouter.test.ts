import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../../electron/core/services/audit';
import type { DocumentMetadataT } from '../../../electron/shared/contract/pipelineModels';
import { addPageWithText, newTestDossier, startHarness, valueOf, type Harness } from '../search/coreHarness';
import { GIAY_KHAI_SINH, QD_UBND_XA } from '../../unit/metadata/samples';

const CODE = 'H55.242-260310-010001';
const ID = '074080001234';
let h: Harness;
beforeEach(async () => { h = await startHarness(); });
afterEach(async () => { await h.close(); });

async function md(method: 'get' | 'confirm' | 'extract', documentId: string): Promise<DocumentMetadataT> {
  return valueOf<DocumentMetadataT>(await h.call('metadata', method, { documentId }));
}
async function save(documentId: string, fields: Array<{ field: string; value: string }>): Promise<DocumentMetadataT> {
  return valueOf<DocumentMetadataT>(await h.call('metadata', 'save', { documentId, fields: fields as never }));
}
const entry = (m: DocumentMetadataT, field: string) => m.fields.find((f) => f.field === field);
const values = (m: DocumentMetadataT) => Object.fromEntries(m.fields.map((f) => [f.field, f.value]));

/** A decision split over two pages, plus a trashed and an excluded page whose text must not count. */
async function decisionDocument(): Promise<{ documentId: string; pageIds: string[] }> {
  const d = newTestDossier(h, CODE);
  const [head, tail] = [QD_UBND_XA.slice(0, QD_UBND_XA.indexOf('Căn cứ')), QD_UBND_XA.slice(QD_UBND_XA.indexOf('Căn cứ'))];
  const p1 = await addPageWithText(h, d.id, head);
  const p2 = await addPageWithText(h, d.id, tail);
  const p3 = await addPageWithText(h, d.id, 'Giấy phép có hiệu lực đến ngày 15 tháng 3 năm 2027.');
  const p4 = await addPageWithText(h, d.id, 'Tờ phân cách. CCCD số 001099012345');
  valueOf(await h.call('pages', 'remove', { pageId: p3.pageId, reason: 'Trang của hồ sơ khác' }));
  h.core.store.db.prepare("UPDATE pages SET excluded = 'separator' WHERE id = ?").run(p4.pageId);
  return { documentId: p1.documentId, pageIds: [p1.pageId, p2.pageId, p3.pageId, p4.pageId] };
}

describe('metadata through the router', () => {
  it('extracts fields from the live, included pages in order, as unconfirmed OCR values', async () => {
    const { documentId } = await decisionDocument();
    expect(await md('get', documentId)).toEqual({ documentId, fields: [], confirmed: true });
    h.events.length = 0;
    const m = await md('extract', documentId);
    expect(values(m)).toEqual({
      maDinhDanh: ID, tenGiayTo: 'QUYẾT ĐỊNH', soKyHieu: '123/QĐ-UBND', ngayCap: '2026-03-15',
      coQuanCap: 'ỦY BAN NHÂN DÂN XÃ AN BÌNH', trichYeu: 'Về việc cấp Giấy phép xây dựng nhà ở riêng lẻ cho hộ ông Trần Văn Bình',
    });
    expect(m.fields.map((f) => f.field)).toEqual(['maDinhDanh', 'tenGiayTo', 'soKyHieu', 'ngayCap', 'coQuanCap', 'trichYeu']);
    expect(m.fields.every((f) => f.source === 'ocr' && f.ocrValue === f.value && f.confirmedBy === null)).toBe(true);
    expect(m.confirmed).toBe(false);
    expect(h.events).toContainEqual({ name: 'dossier.changed', payload: { code: CODE } });

    const audit = listAudit(h.core.store.db, 5).find((e) => e.action === 'metadata.extract')!;
    expect(audit.data).toMatchObject({ dossierCode: CODE, pages: 2 });
    expect(JSON.stringify(audit.data)).not.toMatch(/\d{12}|QUYẾT|UBND|074\*/);
  });

  it('records sources: a corrected OCR value, a manual value, a value typed back, removal', async () => {
    const { documentId } = await decisionDocument();
    await md('extract', documentId);
    let m = await save(documentId, [
      { field: 'soKyHieu', value: '124/QĐ-UBND' },
      { field: 'phamViHieuLuc', value: 'Xã An Bình' },
      { field: 'ngayCap', value: '16/03/2026' },
    ]);
    expect(entry(m, 'soKyHieu')).toMatchObject({ value: '124/QĐ-UBND', source: 'ocr_corrected', ocrValue: '123/QĐ-UBND' });
    expect(entry(m, 'phamViHieuLuc')).toMatchObject({ value: 'Xã An Bình', source: 'manual', ocrValue: null });
    expect(entry(m, 'ngayCap')).toMatchObject({ value: '2026-03-16', source: 'ocr_corrected', ocrValue: '2026-03-15' });

    m = await save(documentId, [{ field: 'soKyHieu', value: '123/QĐ-UBND' }, { field: 'phamViHieuLuc', value: '' }, { field: 'trichYeu', value: '' }]);
    expect(entry(m, 'soKyHieu')).toMatchObject({ source: 'ocr' });
    expect(entry(m, 'phamViHieuLuc')).toBeUndefined();
    expect(entry(m, 'trichYeu')).toMatchObject({ value: '', source: 'ocr_corrected' });

    const saves = listAudit(h.core.store.db, 10).filter((e) => e.action === 'metadata.save');
    expect(saves[0]!.data).toEqual({ dossierCode: CODE, changes: [
      { field: 'soKyHieu', from: 'ocr_corrected', to: 'ocr' },
      { field: 'phamViHieuLuc', from: 'manual', to: null },
      { field: 'trichYeu', from: 'ocr', to: 'ocr_corrected' },
    ] });
    expect(JSON.stringify(saves.map((e) => e.data))).not.toMatch(/QĐ|An Bình|2026-03/);
  });

  it('refuses invalid dates and IDs, naming the field in Vietnamese and never echoing the ID', async () => {
    const { documentId } = await decisionDocument();
    const bad = async (field: string, value: string) => h.call('metadata', 'save', { documentId, fields: [{ field, value }] as never });
    const date = await bad('thoiHanHieuLuc', '31/02/2027');
    expect(date).toMatchObject({ ok: false, error: { code: 'metadata/invalid-field', details: { field: 'thoiHanHieuLuc' } } });
    expect(!date.ok && date.error.message).toMatch(/^Thời hạn hiệu lực: ngày không hợp lệ/);
    const id = await bad('maDinhDanh', '999080001234');
    expect(id).toMatchObject({ ok: false, error: { code: 'metadata/invalid-field', details: { field: 'maDinhDanh', label: 'Số định danh' } } });
    expect(JSON.stringify(id)).not.toContain('999080001234');
    expect(values(await save(documentId, [{ field: 'maDinhDanh', value: '0740 8000 1234' }, { field: 'thoiHanHieuLuc', value: 'ngày 1 tháng 6 năm 2027' }])))
      .toEqual({ maDinhDanh: ID, thoiHanHieuLuc: '2027-06-01' });
    // Nothing of a refused batch is written.
    expect(await bad('ngayCap', 'hôm qua')).toMatchObject({ ok: false });
    expect(entry(await md('get', documentId), 'ngayCap')).toBeUndefined();
  });

  it('confirms every field; a later edit needs confirming again', async () => {
    const { documentId } = await decisionDocument();
    await md('extract', documentId);
    const m = await md('confirm', documentId);
    expect(m.confirmed).toBe(true);
    expect(m.fields.every((f) => f.confirmedBy === 'user:clerk' && f.confirmedAt !== null)).toBe(true);
    expect(listAudit(h.core.store.db, 1)[0]).toMatchObject({ action: 'metadata.confirm', data: { dossierCode: CODE, ocrSourced: 6 } });

    const edited = await save(documentId, [{ field: 'coQuanCap', value: 'UBND xã An Bình' }]);
    expect(edited.confirmed).toBe(false);
    expect(entry(edited, 'coQuanCap')).toMatchObject({ source: 'ocr_corrected', confirmedBy: null });
    expect(entry(edited, 'soKyHieu')!.confirmedBy).toBe('user:clerk');
    expect((await save(documentId, [{ field: 'phamViHieuLuc', value: 'Toàn xã' }])).confirmed).toBe(false);
  });

  it('re-extraction keeps manual, corrected and confirmed values and drops stale unconfirmed OCR ones', async () => {
    const { documentId, pageIds } = await decisionDocument();
    await md('extract', documentId);
    await save(documentId, [{ field: 'soKyHieu', value: '124/QĐ-UBND' }, { field: 'phamViHieuLuc', value: 'Xã An Bình' }]);
    h.core.store.db.prepare("UPDATE document_metadata SET confirmed_by = 'user:x', confirmed_at = 'x' WHERE field = 'ngayCap'").run();
    // The clerk trashes the first page: the header fields are no longer in the text.
    valueOf(await h.call('pages', 'remove', { pageId: pageIds[0]!, reason: 'Trang trùng' }));
    const m = await md('extract', documentId);
    expect(values(m)).toEqual({ maDinhDanh: ID, soKyHieu: '124/QĐ-UBND', ngayCap: '2026-03-15', phamViHieuLuc: 'Xã An Bình' });
    const audit = listAudit(h.core.store.db, 1)[0]!;
    expect(audit).toMatchObject({ action: 'metadata.extract', data: { pages: 1 } });
    expect((audit.data['changes'] as Array<{ change: string }>).every((c) => c.change === 'removed')).toBe(true);
    const again = listAudit(h.core.store.db, 1)[0]!.seq;
    await md('extract', documentId);
    expect(listAudit(h.core.store.db, 1)[0]!.seq).toBe(again); // nothing changed: nothing audited
  });

  it('refuses anonymous callers and unknown documents', async () => {
    const { documentId } = await decisionDocument();
    expect(await h.call('metadata', 'get', { documentId }, h.anonymous)).toMatchObject({ ok: false, error: { code: 'auth/not-signed-in' } });
    expect(await h.call('metadata', 'confirm', { documentId: 'nope' })).toMatchObject({ ok: false, error: { code: 'store/not-found' } });
  });
});

describe('finishing a dossier (VN-DG-08)', () => {
  it('is refused while a live document has unconfirmed OCR metadata, and allowed once confirmed', async () => {
    const d = newTestDossier(h, CODE);
    const decision = await addPageWithText(h, d.id, QD_UBND_XA);
    const birth = await addPageWithText(h, d.id, GIAY_KHAI_SINH, null);
    const manualOnly = { documentId: valueOf<{ id: string }>(await h.call('documents', 'create', { dossierCode: CODE, name: 'Tờ khai', category: 'd' })).id };
    await md('extract', decision.documentId);
    await md('extract', birth.documentId);
    await save(manualOnly.documentId, [{ field: 'tenGiayTo', value: 'Tờ khai' }]);

    const r = await h.call('dossiers', 'finish', { code: CODE });
    expect(r).toMatchObject({ ok: false, error: { code: 'metadata/unconfirmed' } });
    const details = !r.ok ? (r.error.details as { documents: Array<{ documentId: string; name: string }> }) : null;
    expect(details?.documents.map((x) => x.documentId)).toEqual([decision.documentId, birth.documentId]);
    expect(!r.ok && r.error.message).toContain('Giấy tờ khác');

    await md('confirm', decision.documentId);
    const still = await h.call('dossiers', 'finish', { code: CODE });
    expect(!still.ok && (still.error.details as { documents: unknown[] }).documents).toHaveLength(1);

    // A trashed document does not hold the dossier back.
    const db = h.core.store.db;
    db.prepare(`INSERT INTO trash (id, kind, entity_id, label, reason, deleted_by, deleted_at) VALUES ('t1', 'document', ?, 'x', 'x', 'user:clerk', 'x')`).run(birth.documentId);
    db.prepare("UPDATE documents SET trash_id = 't1' WHERE id = ?").run(birth.documentId);
    expect(valueOf<{ status: string }>(await h.call('dossiers', 'finish', { code: CODE })).status).toBe('digitized');
  });

  it('checks page counts first', async () => {
    const d = newTestDossier(h, CODE);
    const p = await addPageWithText(h, d.id, QD_UBND_XA);
    await md('extract', p.documentId);
    valueOf(await h.call('documents', 'setExpectedPages', { documentId: p.documentId, expectedPages: 2 }));
    expect(await h.call('dossiers', 'finish', { code: CODE })).toMatchObject({ ok: false, error: { code: 'dossier/page-count-mismatch' } });
  });
});
