import { afterEach, describe, expect, it } from 'vitest';
import { ensureComponentDocument } from '../../../electron/core/services/documents';
import { getDossierDetail } from '../../../electron/core/services/dossiers';
import { finishDossier, setExpectedPages } from '../../../electron/core/services/pageCounts';
import { commitPage } from '../../../electron/core/services/pages';
import { listAudit } from '../../../electron/core/services/audit';
import { errorOf, fakeImage, makeStore, newDossier, type TestStore } from './helpers';

let t: TestStore;
afterEach(() => t.cleanup());
const CODE = 'H55.242-260310-010001';

describe('page-count reconciliation (VN-DG-05)', () => {
  it('refuses to finish while a document has fewer pages than counted, then finishes when they match', async () => {
    t = makeStore();
    const dossier = newDossier(t.store, CODE);
    const doc = ensureComponentDocument(t.store, dossier.id, 1, 'user:clerk');
    expect(setExpectedPages(t.store, doc.id, 2, 'user:clerk').expectedPages).toBe(2);
    const add = (n: number) => commitPage(t.store, { documentId: doc.id, bytes: fakeImage(n), ext: 'jpg', width: 1654, height: 2339, dpi: 200, colorMode: 'color', blank: false, sourceName: `p${n}.jpg` }, 'user:clerk');
    await add(1);

    const err = errorOf(() => finishDossier(t.store, CODE, 'user:clerk'));
    expect(err?.code).toBe('dossier/page-count-mismatch');
    expect(err?.message).toContain('có 1 trang, cần 2');
    expect(getDossierDetail(t.store, CODE).dossier.status).toBe('digitizing');

    await add(2);
    expect(finishDossier(t.store, CODE, 'user:clerk').status).toBe('digitized');
    expect(listAudit(t.store.db, 50).map((e) => e.action)).toEqual(expect.arrayContaining(['document.expected-pages', 'dossier.status']));
  });
});
