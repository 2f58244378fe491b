import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { filePinStore } from '../../../electron/core/scan/drivers/escl/filePinStore';

const dir = mkdtempSync(join(tmpdir(), 'escl-pins-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const FP = 'AB:'.repeat(31) + 'CD';

describe('filePinStore', () => {
  it('starts empty without a file, writes atomically (no temp file left) and reads the pins back', () => {
    const file = join(dir, 'a.json');
    const store = filePinStore(file);
    expect(store.get('http://x/eSCL')).toBeNull();
    store.set('http://x/eSCL', FP);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ 'http://x/eSCL': FP });
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
    expect(filePinStore(file).get('http://x/eSCL')).toBe(FP);
    expect(filePinStore(file).get('__proto__')).toBeNull();
  });

  it.each([['not json {'], ['[1,2]'], ['{"a": 5}']])('treats a corrupt file (%s) as empty, keeps a .corrupt copy, never throws', (text) => {
    const file = join(dir, `corrupt-${text.length}.json`);
    writeFileSync(file, text);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const store = filePinStore(file);
    expect(store.get('a')).toBeNull();
    expect(readFileSync(`${file}.corrupt`, 'utf8')).toBe(text);
    store.set('a', FP);
    expect(filePinStore(file).get('a')).toBe(FP);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('keeps a pin in memory when the file cannot be written', () => {
    const file = join(dir, 'missing-dir', 'pins.json');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const store = filePinStore(file);
    expect(() => store.set('a', FP)).not.toThrow();
    expect(store.get('a')).toBe(FP);
    expect(existsSync(file)).toBe(false);
    warn.mockRestore();
  });
});
