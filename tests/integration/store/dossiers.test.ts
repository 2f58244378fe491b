import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../../electron/core/services/audit';
import { createDocument, ensureComponentDocument } from '../../../electron/core/services/documents';
import { createDossier, getDossierDetail, listDossiers, setDossierStatus } from '../../../electron/core/services/dossiers';
import { errorOf, makeStore, newDossier, PERSONAL_ID, type TestStore } from './helpers';

let t: TestStore;
beforeEach(() => { t = makeStore(); });
afterEach(() => t.cleanup());

describe('createDossier', () => {
  it('creates a received dossier and audits it with the personal ID masked', () => {
    const d = newDossier(t.store);
    expect(d).toMatchObject({ code: 'H55.242-260310-010001', procedureCode: '2.000815', status: 'received', kind: 'certification' });
    expect(d.applicant.personalId).toBe(PERSONAL_ID);
    const entry = listAudit(t.store.db, 10).find((e) => e.action === 'dossier.create');
    expect(entry?.entityId).toBe(d.id);
    expect(entry?.data.personalId).toBe('001*******45');
    expect(JSON.stringify(listAudit(t.store.db, 100))).not.toContain(PERSONAL_ID);
  });

  it('refuses a duplicate code with store/conflict and an unknown procedure with validation/procedure-code', () => {
    newDossier(t.store);
    expect(errorOf(() => newDossier(t.store))?.code).toBe('store/conflict');
    expect(errorOf(() => newDossier(t.store, '000.00.01.H29-260310-0420', '9.999999'))?.code).toBe('validation/procedure-code');
    expect(errorOf(() => newDossier(t.store, 'HS-1'))?.code).toBe('validation/dossier-code');
  });

  it('computes the due time in working days, skipping the weekend', () => {
    // 1.004873: 3 working days. Received Thursday 2026-03-12 09:00 (VN) → due Tuesday 2026-03-17.
    t.clock.now = new Date('2026-03-12T02:00:00.000Z');
    const d = newDossier(t.store, 'H55.242-260312-010001', '1.004873');
    expect(d.receivedAt).toBe('2026-03-12T02:00:00.000Z');
    expect(d.dueAt).toBe('2026-03-17T02:00:00.000Z');
    // An explicit due time wins; a same-day procedure is due when received.
    const e = createDossier(t.store, {
      code: 'H55.242-260312-010002', procedureCode: '1.004873', kind: 'reception', receivedAt: '2026-03-12T09:00:00+07:00', dueAt: '2026-03-20T10:00:00+07:00',
      applicant: { fullName: 'Lê Thị B', personalId: PERSONAL_ID, address: '', phone: '' },
    }, 'user:clerk');
    expect(e.dueAt).toBe('2026-03-20T03:00:00.000Z');
    expect(newDossier(t.store, 'H55.242-260312-010003', '2.000815').dueAt).toBe('2026-03-12T02:00:00.000Z');
  });
});

describe('listDossiers', () => {
  beforeEach(() => {
    t.clock.now = new Date('2026-03-10T02:00:00.000Z');
    newDossier(t.store, 'H55.242-260310-010001', '2.000815', 'Nguyễn Văn Ánh');
    t.clock.now = new Date('2026-03-11T02:00:00.000Z');
    newDossier(t.store, 'H55.242-260311-010001', '1.001193', 'Trần Thị Đào');
    t.clock.now = new Date('2026-03-12T02:00:00.000Z');
    newDossier(t.store, 'H55.242-260312-010001', '1.000894', 'Phạm Minh Đức');
  });

  it('lists newest first with procedure name and counts, paged with a total', () => {
    const all = listDossiers(t.store, { limit: 2, offset: 0 });
    expect(all.total).toBe(3);
    expect(all.items.map((d) => d.code)).toEqual(['H55.242-260312-010001', 'H55.242-260311-010001']);
    expect(all.items[0]).toMatchObject({ procedureName: 'Đăng ký kết hôn', documentCount: 0, pageCount: 0 });
    expect(listDossiers(t.store, { limit: 2, offset: 2 }).items.map((d) => d.code)).toEqual(['H55.242-260310-010001']);
  });

  it('searches code, applicant name and procedure name, ignoring case and diacritics', () => {
    const codes = (q: string): string[] => listDossiers(t.store, { query: q, limit: 50, offset: 0 }).items.map((d) => d.code);
    expect(codes('tran thi dao')).toEqual(['H55.242-260311-010001']);
    expect(codes('ĐÀO')).toEqual(['H55.242-260311-010001']);
    expect(codes('duc')).toEqual(['H55.242-260312-010001']);
    expect(codes('khai sinh')).toEqual(['H55.242-260311-010001']);
    expect(codes('260310')).toEqual(['H55.242-260310-010001']);
    expect(codes('100%_')).toEqual([]);
  });

  it('filters by status', () => {
    setDossierStatus(t.store, 'H55.242-260311-010001', 'digitized', 'user:clerk');
    const r = listDossiers(t.store, { status: 'digitized', limit: 50, offset: 0 });
    expect(r.items.map((d) => d.code)).toEqual(['H55.242-260311-010001']);
    expect(r.total).toBe(1);
  });
});

describe('documents and detail', () => {
  it('ensureComponentDocument creates from the catalog once, and a "Giấy tờ khác" document for null', () => {
    const d = newDossier(t.store);
    const c1 = ensureComponentDocument(t.store, d.id, 1, 'user:clerk');
    expect(c1).toMatchObject({ componentIndex: 1, category: 'd', presentOnly: false, position: 1 });
    expect(c1.name).toMatch(/^Bản chính giấy tờ/);
    expect(ensureComponentDocument(t.store, d.id, 1, 'user:clerk').id).toBe(c1.id);
    const c2 = ensureComponentDocument(t.store, d.id, 2, 'user:clerk');
    expect(c2.presentOnly).toBe(true);
    const other = ensureComponentDocument(t.store, d.id, null, 'user:clerk');
    expect(other).toMatchObject({ name: 'Giấy tờ khác', category: 'd', componentIndex: null, position: 3 });
    expect(ensureComponentDocument(t.store, d.id, null, 'user:clerk').id).toBe(other.id);
    expect(errorOf(() => ensureComponentDocument(t.store, d.id, 9, 'user:clerk'))?.code).toBe('validation/input');
  });

  it('createDocument appends a document and getDossierDetail returns it in order', () => {
    newDossier(t.store);
    createDocument(t.store, { dossierCode: 'H55.242-260310-010001', componentIndex: null, name: 'Kết quả', category: 'result', presentOnly: false, classified: false, expectedPages: 2 }, 'user:clerk');
    createDocument(t.store, { dossierCode: 'H55.242-260310-010001', componentIndex: 1, name: 'Bản chính CCCD', category: 'd', presentOnly: false, classified: false, expectedPages: null }, 'user:clerk');
    const detail = getDossierDetail(t.store, 'H55.242-260310-010001');
    expect(detail.documents.map((x) => [x.name, x.position, x.pages.length])).toEqual([['Kết quả', 1, 0], ['Bản chính CCCD', 2, 0]]);
    expect(detail.dossier.documentCount).toBe(2);
    expect(errorOf(() => getDossierDetail(t.store, 'H55.242-260310-019999'))?.code).toBe('store/not-found');
  });

  it('setDossierStatus audits the change and keeps a cancelled dossier cancelled', () => {
    newDossier(t.store);
    setDossierStatus(t.store, 'H55.242-260310-010001', 'cancelled', 'user:clerk');
    expect(listAudit(t.store.db, 1)[0]).toMatchObject({ action: 'dossier.status', data: { from: 'received', to: 'cancelled' } });
    expect(errorOf(() => setDossierStatus(t.store, 'H55.242-260310-010001', 'digitizing', 'user:clerk'))?.code).toBe('store/conflict');
  });
});
