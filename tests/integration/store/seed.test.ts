import { afterEach, describe, expect, it } from 'vitest';
import catalog from '../../../assets/procedures.json';
import { ProcedureCatalog } from '../../../electron/core/store/seedProcedures';
import { getProcedure, listProcedures, procedureCatalogVersion } from '../../../electron/core/services/procedures';
import { listAudit } from '../../../electron/core/services/audit';
import { errorOf, makeStore, type TestStore } from './helpers';

let t: TestStore;
afterEach(() => t?.cleanup());

describe('procedure catalog (assets/procedures.json)', () => {
  it('validates against the contract schema and holds at least 12 procedures with unique national codes', () => {
    const parsed = ProcedureCatalog.parse(catalog);
    expect(parsed.procedures.length).toBeGreaterThanOrEqual(12);
    const codes = parsed.procedures.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^\d\.\d{6}$/);
    expect(codes).toEqual(expect.arrayContaining(['2.000815', '2.000908', '2.000884', '1.001193', '1.000894', '1.000656', '1.004873']));
    for (const p of parsed.procedures) expect(p.source.length).toBeGreaterThan(20);
  });

  it('carries the TT 226/2016 copy-certification fees for 2.000815 (VN-CT-11)', () => {
    t = makeStore();
    const p = getProcedure(t.store, '2.000815');
    expect(p.fees.map((f) => f.amountVnd)).toEqual([2000, 1000, 200000]);
    expect(p.processingDays).toBe(0);
    expect(getProcedure(t.store, '2.000884').fees[0]?.amountVnd).toBe(10000);
  });
});

describe('seeding', () => {
  it('seeds on open, is idempotent on reopen and audits only real changes', () => {
    t = makeStore();
    const n = listProcedures(t.store).length;
    expect(n).toBe(catalog.procedures.length);
    expect(procedureCatalogVersion(t.store)).toBe(catalog.version);
    t.reopen();
    expect(listProcedures(t.store)).toHaveLength(n);
    expect(listAudit(t.store.db, 100).filter((e) => e.action === 'procedures.seed')).toHaveLength(1);
  });

  it('updates rows when a new catalog version is shipped', () => {
    t = makeStore();
    const next = structuredClone(catalog);
    next.version = `${catalog.version}-next`;
    next.procedures[0]!.name = 'Tên thủ tục đã sửa';
    t.reopen({ procedureCatalog: next });
    expect(getProcedure(t.store, next.procedures[0]!.code).name).toBe('Tên thủ tục đã sửa');
    expect(procedureCatalogVersion(t.store)).toBe(next.version);
    expect(listAudit(t.store.db, 100).filter((e) => e.action === 'procedures.seed')).toHaveLength(2);
  });

  it('refuses an invalid catalog with store/migration-failed', () => {
    t = makeStore();
    const bad = { version: 'x', procedures: [{ ...catalog.procedures[0], code: '2000815' }] };
    const err = errorOf(() => t.reopen({ procedureCatalog: bad }));
    expect(err?.code).toBe('store/migration-failed');
    t.reopen(); // leave an open store for cleanup
  });

  it('searches the catalog by code, name or field without accents', () => {
    t = makeStore();
    expect(listProcedures(t.store, 'khai sinh').map((p) => p.code)).toContain('1.001193');
    expect(listProcedures(t.store, 'chung thuc chu ky').map((p) => p.code)).toContain('2.000884');
    expect(listProcedures(t.store, '2.000908').map((p) => p.code)).toEqual(['2.000908']);
    expect(errorOf(() => getProcedure(t.store, '9.999999'))?.code).toBe('store/not-found');
  });
});
