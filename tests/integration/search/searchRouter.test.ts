import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removePageText } from '../../../electron/core/search';
import type { SearchHitT } from '../../../electron/shared/contract/pipelineModels';
import { addPageWithText, newTestDossier, startHarness, valueOf, writePageText, type Harness } from './coreHarness';

const DECISION = [
  'ỦY BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'XÃ AN BÌNH                 Độc lập - Tự do - Hạnh phúc',
  'Số: 123/QĐ-UBND            An Bình, ngày 15 tháng 3 năm 2026',
  '',
  'QUYẾT ĐỊNH',
  'Về việc cấp Giấy phép xây dựng nhà ở riêng lẻ cho hộ ông Trần Văn Bình',
  '',
  'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ AN BÌNH',
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
  'Điều 1. Cấp Giấy phép xây dựng cho hộ ông Trần Văn Bình tại thửa đất số 217, tờ bản đồ số 12.',
].join('\n');

const BIRTH = [
  'TRÍCH LỤC KHAI SINH',
  'Họ, chữ đệm, tên: NGUYỄN THỊ BÌNH AN',
  'Nơi đăng ký khai sinh: Ủy ban nhân dân xã Đông Hòa. Đăng ký ngày 10 tháng 01 năm 2026.',
].join('\n');

let h: Harness;
beforeEach(async () => { h = await startHarness(); });
afterEach(async () => { await h.close(); });

async function search(q: string, limit?: number): Promise<SearchHitT[]> {
  return valueOf<SearchHitT[]>(await h.call('search', 'query', limit === undefined ? { q } : { q, limit }));
}

describe('search.query through the router', () => {
  it('finds text without accents, in any case, and returns a snippet with the original diacritics', async () => {
    const d1 = newTestDossier(h, 'H55.242-260310-010001');
    const d2 = newTestDossier(h, 'H55.242-260310-010002', 'Nguyễn Thị Bình An');
    const decision = await addPageWithText(h, d1.id, DECISION);
    const birth = await addPageWithText(h, d2.id, BIRTH, null);

    const hits = await search('quyet dinh');
    expect(hits).toEqual([expect.objectContaining({ dossierCode: d1.code, pageId: decision.pageId, documentId: decision.documentId, position: 1 })]);
    expect(hits[0]!.snippet).toContain('QUYẾT ĐỊNH');
    expect(hits[0]!.documentName.length).toBeGreaterThan(0);

    expect((await search('dang ky')).map((x) => x.pageId)).toEqual([birth.pageId]);
    expect((await search('dang ky'))[0]!.snippet).toContain('đăng ký');
    expect((await search('DĂNG')).map((x) => x.pageId)).toEqual([birth.pageId]);
    expect((await search('Đông Hòa')).map((x) => x.documentName)).toEqual(['Giấy tờ khác']);
  });

  it('matches word prefixes, requires every word and searches across dossiers', async () => {
    const d1 = newTestDossier(h, 'H55.242-260310-010001');
    const d2 = newTestDossier(h, 'H55.242-260310-010002');
    await addPageWithText(h, d1.id, DECISION);
    await addPageWithText(h, d2.id, BIRTH);
    expect((await search('giay phep xay')).map((x) => x.dossierCode)).toEqual([d1.code]);
    expect((await search('bình')).map((x) => x.dossierCode).sort()).toEqual([d1.code, d2.code]);
    expect(await search('bình khai')).toHaveLength(1);
    expect(await search('binh zzz')).toEqual([]);
    expect(await search('123/QĐ-UBND')).toHaveLength(1);
    expect(await search('bin', 1)).toHaveLength(1);
  });

  it('ranks the page that says it most first (bm25)', async () => {
    const d = newTestDossier(h, 'H55.242-260310-010001');
    const once = await addPageWithText(h, d.id, `Trang một nói về hộ tịch một lần. ${'Văn bản khác. '.repeat(20)}`);
    const often = await addPageWithText(h, d.id, 'Hộ tịch: đăng ký hộ tịch, trích lục hộ tịch, sổ hộ tịch.');
    expect((await search('ho tich')).map((x) => x.pageId)).toEqual([often.pageId, once.pageId]);
  });

  it('treats hostile input as plain words', async () => {
    const d = newTestDossier(h, 'H55.242-260310-010001');
    await addPageWithText(h, d.id, `${DECISION}\nNEAR OR AND NOT: các từ khóa`);
    for (const q of ['"', '*', '-', '"quyết', 'quyết"', 'NEAR(', 'NEAR(quyet dinh, 2)', 'OR', 'quyet OR', '-dinh', 'folded:quyet', '^quyet', 'quyet*', '(', ')', 'a AND', "'; DROP TABLE pages; --", '\u0000']) {
      const r = await h.call('search', 'query', { q });
      if (!r.ok) expect(r.error.code, q).toBe('search/invalid-query');
    }
    expect(await search('NEAR(quyet dinh, 2)')).toHaveLength(1);
    expect(await search('-dinh')).toHaveLength(1);
    expect(await search('OR')).toHaveLength(1);
    expect(await search("'; DROP TABLE pages; --")).toEqual([]);
    const r = await h.call('search', 'query', { q: '" * - ^' });
    expect(r).toMatchObject({ ok: false, error: { code: 'search/invalid-query' } });
    expect(!r.ok && r.error.message).toMatch(/không dấu/);
  });

  it('skips excluded pages and trashed pages, documents and dossiers', async () => {
    const d = newTestDossier(h, 'H55.242-260310-010001');
    const other = newTestDossier(h, 'H55.242-260310-010002');
    const excluded = await addPageWithText(h, d.id, 'Tờ phân cách hộ tịch');
    const trashed = await addPageWithText(h, d.id, 'Trang hộ tịch bị xóa');
    const inTrashedDoc = await addPageWithText(h, d.id, 'Hộ tịch trong giấy tờ bị xóa', null);
    const inTrashedDossier = await addPageWithText(h, other.id, 'Hộ tịch trong hồ sơ bị xóa');
    const live = await addPageWithText(h, d.id, 'Trang hộ tịch còn lại');
    expect(await search('ho tich')).toHaveLength(5);

    const db = h.core.store.db;
    db.prepare("UPDATE pages SET excluded = 'separator' WHERE id = ?").run(excluded.pageId);
    expect(valueOf(await h.call('pages', 'remove', { pageId: trashed.pageId, reason: 'Quét nhầm' }))).toMatchObject({ kind: 'page' });
    const trash = (kind: string, id: string) => {
      db.prepare(`INSERT INTO trash (id, kind, entity_id, label, reason, deleted_by, deleted_at) VALUES (?, ?, ?, 'x', 'x', 'user:clerk', ?)`).run(`t-${id}`, kind, id, new Date().toISOString());
      db.prepare(`UPDATE ${kind === 'document' ? 'documents' : 'dossiers'} SET trash_id = ? WHERE id = ?`).run(`t-${id}`, id);
    };
    trash('document', inTrashedDoc.documentId);
    trash('dossier', other.id);
    const left = (await search('ho tich')).map((x) => x.pageId);
    expect(left).toEqual([live.pageId]);
    expect(left).not.toContain(inTrashedDossier.pageId);

    db.prepare('UPDATE pages SET excluded = NULL WHERE id = ?').run(excluded.pageId);
    expect((await search('ho tich')).map((x) => x.pageId).sort()).toEqual([excluded.pageId, live.pageId].sort());
  });

  it('replaces a page\'s text on re-index and forgets it on removal', async () => {
    const d = newTestDossier(h, 'H55.242-260310-010001');
    const p = await addPageWithText(h, d.id, 'Giấy khai sinh bản chính');
    writePageText(h, p.pageId, d.id, 'Giấy chứng nhận kết hôn');
    expect(await search('khai sinh')).toEqual([]);
    expect(await search('ket hon')).toHaveLength(1);
    expect(h.core.store.db.prepare('SELECT COUNT(*) FROM page_text_fts').pluck().get()).toBe(1);
    removePageText(h.core.store, p.pageId);
    expect(await search('ket hon')).toEqual([]);
    removePageText(h.core.store, p.pageId);
  });

  it('cuts the snippet from the folded index copy when a page has no page_text row', async () => {
    const d = newTestDossier(h, 'H55.242-260310-010001');
    const p = await addPageWithText(h, d.id, 'Giấy chứng nhận kết hôn');
    h.core.store.db.prepare('DELETE FROM page_text WHERE page_id = ?').run(p.pageId);
    expect((await search('ket hon'))[0]?.snippet).toBe('giay chung nhan ket hon');
  });

  it('refuses callers who are not signed in', async () => {
    expect(await h.call('search', 'query', { q: 'x' }, h.anonymous)).toMatchObject({ ok: false, error: { code: 'auth/not-signed-in' } });
  });
});
