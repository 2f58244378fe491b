import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendAudit, auditHash, listAudit, verifyAudit } from '../../../electron/core/services/audit';
import { canonicalJson } from '../../../electron/core/services/canonicalJson';
import { setDossierStatus } from '../../../electron/core/services/dossiers';
import { errorOf, makeStore, newDossier, type TestStore } from './helpers';

let t: TestStore;
beforeEach(() => {
  t = makeStore();
  newDossier(t.store);
  setDossierStatus(t.store, 'H55.242-260310-010001', 'digitizing', 'user:clerk');
  appendAudit(t.store.db, { actor: 'user:clerk', action: 'test.note', entity: 'note', entityId: null, data: { n: 1 } });
});
afterEach(() => t.cleanup());

/** A second connection, as an attacker with file access would use. */
function tamper(sql: string[]): void {
  const evil = new Database(t.store.paths.dbFile);
  evil.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
  for (const s of sql) evil.exec(s);
  evil.close();
}

describe('audit log', () => {
  it('chains entries: hash = sha256(prev_hash + canonical JSON), first prev_hash is the genesis', () => {
    const entries = listAudit(t.store.db, 100).reverse();
    expect(entries[0]?.prevHash).toBe('0'.repeat(64));
    for (let i = 1; i < entries.length; i++) expect(entries[i]?.prevHash).toBe(entries[i - 1]?.hash);
    const e = entries[entries.length - 1]!;
    const body = canonicalJson({ seq: e.seq, at: e.at, actor: e.actor, action: e.action, entity: e.entity, entityId: e.entityId, data: e.data });
    expect(e.hash).toBe(createHash('sha256').update(e.prevHash + body).digest('hex'));
    expect(verifyAudit(t.store.db)).toEqual({ ok: true, entries: entries.length, brokenAtSeq: null, reason: null });
  });

  it('is append-only: triggers refuse UPDATE and DELETE', () => {
    expect(errorOf(() => t.store.db.prepare(`UPDATE audit_log SET actor = 'x' WHERE seq = 1`).run())?.message).toMatch(/append-only/);
    expect(errorOf(() => t.store.db.prepare('DELETE FROM audit_log WHERE seq = 1').run())?.message).toMatch(/append-only/);
  });

  it('masks 12-digit personal IDs in any audit data', () => {
    const e = appendAudit(t.store.db, { actor: 'a', action: 'x', entity: 'y', entityId: null, data: { note: 'CCCD 079305000123 đã kiểm tra', nested: ['001099012345'] } });
    expect(e.data).toEqual({ note: 'CCCD 079*******23 đã kiểm tra', nested: ['001*******45'] });
  });

  it('detects a row edited behind the triggers (data changed, hash left)', () => {
    t.store.close();
    tamper([`UPDATE audit_log SET data_json = '{"code":"H55.242-260310-010001","from":"received","to":"uploaded"}' WHERE action = 'dossier.status'`]);
    const db = new Database(t.dir + '/station.db', { readonly: true });
    const seq = db.prepare(`SELECT seq FROM audit_log WHERE action = 'dossier.status'`).pluck().get() as number;
    const r = verifyAudit(db);
    db.close();
    expect(r.ok).toBe(false);
    expect(r.brokenAtSeq).toBe(seq);
    expect(r.reason).toMatch(/đã bị sửa/);
    t.reopen();
  });

  it('detects a row whose own hash was recomputed (the next row no longer links)', () => {
    const target = listAudit(t.store.db, 100).find((e) => e.action === 'dossier.status')!;
    const forged = { ...target, actor: 'user:someone-else' };
    const newHash = auditHash(target.prevHash, forged);
    t.store.close();
    tamper([`UPDATE audit_log SET actor = 'user:someone-else', hash = '${newHash}' WHERE seq = ${target.seq}`]);
    t.reopen();
    const r = verifyAudit(t.store.db);
    expect(r).toMatchObject({ ok: false, brokenAtSeq: target.seq + 1, entries: target.seq });
    expect(r.reason).toMatch(/không nối/);
  });

  it('detects a deleted row (gap in the sequence)', () => {
    t.store.close();
    tamper(['DELETE FROM audit_log WHERE seq = 2']);
    t.reopen();
    const r = verifyAudit(t.store.db);
    expect(r).toMatchObject({ ok: false, brokenAtSeq: 2 });
    expect(r.reason).toMatch(/Thiếu bản ghi/);
  });
});
