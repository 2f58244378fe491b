import * as fsp from 'node:fs/promises';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFileDurable, moveFileDurable, writeFileAtomic, type DurableFs } from '../../../../electron/core/fsutil/durable';
import { toIoError } from '../../../../electron/core/fsutil/ioErrors';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'ss-durable-')); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });
const realFs = fsp as unknown as DurableFs;

describe('fsutil/durable', () => {
  it('writes bytes and text atomically, replacing an existing file and leaving no temp file', async () => {
    const path = join(dir, 'Nguyễn Văn A.json');
    writeFileSync(path, 'old');
    await writeFileAtomic(path, '{"a":1}\n');
    expect(readFileSync(path, 'utf8')).toBe('{"a":1}\n');
    await writeFileAtomic(path, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(path)]).toEqual([1, 2, 3]);
    expect(readdirSync(dir)).toEqual(['Nguyễn Văn A.json']);
  });

  it('maps ENOSPC to store/disk-full without the path and removes the temp file', async () => {
    const fs: DurableFs = { ...realFs, rename: async () => { throw errno('ENOSPC'); } };
    const path = join(dir, 'Trần Thị B.pdf');
    const err = await writeFileAtomic(path, 'x', { fs }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'store/disk-full', retryable: true });
    expect((err as Error).message).not.toContain('Trần');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('maps other errors to store/io with the errno and the caller\'s wording', async () => {
    const fs: DurableFs = { ...realFs, rename: async () => { throw errno('EIO'); } };
    const err = await writeFileAtomic(join(dir, 'a'), 'x', { fs, target: 'tệp ảnh trang' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'store/io', details: { errno: 'EIO' } });
    expect((err as Error).message).toMatch(/^Không ghi được tệp ảnh trang trên ổ đĩa \(EIO\)/);
    expect(toIoError(errno('EDQUOT')).code).toBe('store/disk-full');
  });

  it('copies durably and moves across filesystems by copy + delete', async () => {
    const src = join(dir, 'src.jpg');
    writeFileSync(src, 'scan');
    await copyFileDurable(src, join(dir, 'copy.jpg'));
    expect(readFileSync(join(dir, 'copy.jpg'), 'utf8')).toBe('scan');
    // EXDEV only for the direct rename of the source; the temp → dest rename inside the copy still works.
    const fs: DurableFs = { ...realFs, rename: async (a, b) => { if (a === src) throw errno('EXDEV'); await fsp.rename(a, b); } };
    await moveFileDurable(src, join(dir, 'moved.jpg'), { fs });
    expect(existsSync(src)).toBe(false);
    expect(readFileSync(join(dir, 'moved.jpg'), 'utf8')).toBe('scan');
    expect(readdirSync(dir).sort()).toEqual(['copy.jpg', 'moved.jpg']);
  });

  it('reports a failed move as store/io and keeps the source', async () => {
    const src = join(dir, 'src.jpg');
    writeFileSync(src, 'scan');
    const err = await moveFileDurable(src, join(dir, 'missing-folder', 'x.jpg')).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'store/io', details: { errno: 'ENOENT' } });
    expect(existsSync(src)).toBe(true);
  });
});
