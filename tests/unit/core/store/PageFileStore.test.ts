import { createHash } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PageFileStore, type PageFs } from '../../../../electron/core/store/PageFileStore';
import { toIoError } from '../../../../electron/core/fsutil/ioErrors';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'ss-files-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const bytes = new TextEncoder().encode('page image bytes');
const sha = createHash('sha256').update(bytes).digest('hex');
const make = (fs?: PageFs): PageFileStore => new PageFileStore(dir, join(dir, 'pages'), join(dir, 'quarantine'), fs);

function failingOn(step: 'writeFile' | 'sync' | 'rename', code: string): PageFs {
  const fail = (): never => { throw Object.assign(new Error(`${code}: simulated`), { code }); };
  return {
    ...(fsp as unknown as PageFs),
    async open(path, flags) {
      const fh = await fsp.open(path, flags);
      return {
        writeFile: step === 'writeFile' ? async () => fail() : (d: Uint8Array) => fh.writeFile(d),
        sync: step === 'sync' ? async () => fail() : () => fh.sync(),
        close: () => fh.close(),
      };
    },
    rename: step === 'rename' ? async () => fail() : (a: string, b: string) => fsp.rename(a, b),
  };
}

describe('PageFileStore', () => {
  it('writes under pages/<ab>/<sha256>.<ext> and reads back', async () => {
    const files = make();
    const w = await files.write(bytes, 'png');
    expect(w).toMatchObject({ sha256: sha, reused: false, relPath: `pages/${sha.slice(0, 2)}/${sha}.png` });
    expect(readFileSync(w.absPath)).toEqual(Buffer.from(bytes));
    expect(Buffer.from(await files.readPage(sha, 'png'))).toEqual(Buffer.from(bytes));
  });

  it('reuses an identical existing file and quarantines a damaged one before rewriting', async () => {
    const files = make();
    expect((await files.write(bytes, 'jpg')).reused).toBe(false);
    expect((await files.write(bytes, 'jpg')).reused).toBe(true);
    const path = files.pathFor(sha, 'jpg');
    writeFileSync(path, 'bit rot');
    expect(await files.verifyPageFile(sha, 'jpg')).toMatchObject({ ok: false });
    expect((await files.write(bytes, 'jpg')).reused).toBe(false);
    expect(await files.verifyPageFile(sha, 'jpg')).toEqual({ ok: true, actual: sha });
    expect(readdirSync(join(dir, 'quarantine'))).toHaveLength(1);
  });

  it('reports a missing file as store/not-found and as not verified', async () => {
    const files = make();
    await expect(files.readPage(sha, 'jpg')).rejects.toMatchObject({ code: 'store/not-found' });
    expect(await files.verifyPageFile(sha, 'jpg')).toEqual({ ok: false, actual: null });
  });

  it('maps ENOSPC during write or fsync to store/disk-full and removes the temp file', async () => {
    for (const step of ['writeFile', 'sync'] as const) {
      const err = await make(failingOn(step, 'ENOSPC')).write(bytes, 'jpg').catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'store/disk-full', retryable: true });
      expect((err as Error).message).toMatch(/giải phóng dung lượng ổ đĩa/);
    }
    mkdirSync(join(dir, 'pages', sha.slice(0, 2)), { recursive: true });
    expect(readdirSync(join(dir, 'pages', sha.slice(0, 2)))).toEqual([]);
  });

  it('maps other IO errors to store/io', async () => {
    const err = await make(failingOn('rename', 'EIO')).write(bytes, 'jpg').catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'store/io', details: { errno: 'EIO' } });
    expect(toIoError(Object.assign(new Error('q'), { code: 'EDQUOT' }), 'ghi').code).toBe('store/disk-full');
  });

  it('rejects a malformed hash instead of building a path from it', () => {
    expect(() => make().pathFor('../../etc/passwd', 'jpg')).toThrow(/không hợp lệ/);
  });
});
