import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configureLogging, createLogger, type LoggingConfig } from '../../../../electron/core/logging/createLogger';
import { clearLogBuffer, ERROR_CAPACITY, LOG_CAPACITY, recentErrors, recentLogLines } from '../../../../electron/core/logging/logBuffer';
import { RingBuffer } from '../../../../electron/core/logging/RingBuffer';
import { AppError } from '../../../../electron/shared/errors/AppError';

let saved: LoggingConfig;
beforeEach(() => { clearLogBuffer(); saved = configureLogging({ minLevel: 'info', console: false }); });
afterEach(() => { configureLogging(saved); clearLogBuffer(); });

describe('RingBuffer', () => {
  it('keeps the newest items up to its capacity, oldest first', () => {
    const r = new RingBuffer<number>(3);
    for (let i = 1; i <= 7; i++) r.push(i);
    expect(r.toArray()).toEqual([5, 6, 7]);
    expect(r.toArray(2)).toEqual([6, 7]);
    expect(r.size).toBe(3);
    expect(() => new RingBuffer(0)).toThrow(RangeError);
  });
});

describe('createLogger', () => {
  it('bounds the shared buffer at 500 lines and keeps errors in their own ring', () => {
    const a = createLogger('A');
    const b = createLogger('B');
    a.error('lỗi cũ', new AppError('device/paper-jam', 'Kẹt giấy.'));
    for (let i = 0; i < LOG_CAPACITY + 100; i++) (i % 2 ? a : b).info(`dòng ${i}`);
    const lines = recentLogLines();
    expect(lines).toHaveLength(LOG_CAPACITY);
    expect(lines[lines.length - 1]?.message).toBe(`dòng ${LOG_CAPACITY + 99}`);
    expect(lines.some((l) => l.scope === 'A') && lines.some((l) => l.scope === 'B')).toBe(true);
    expect(recentErrors()).toEqual([expect.objectContaining({ scope: 'A', level: 'error', code: 'device/paper-jam', message: 'lỗi cũ [device/paper-jam] Kẹt giấy.' })]);
    for (let i = 0; i < ERROR_CAPACITY + 5; i++) a.error(`e${i}`);
    expect(recentErrors()).toHaveLength(ERROR_CAPACITY);
  });

  it('scrubs messages, data and error text before they enter the buffer', () => {
    const log = createLogger('ScanController');
    log.info('hồ sơ', { fullName: 'Nguyễn Văn Ánh', personalId: '001099012345', phone: '0912345678' });
    log.error('lưu thất bại', new Error('UNIQUE failed: 001099012345'));
    const text = JSON.stringify(recentLogLines());
    expect(text).not.toContain('001099012345');
    expect(text).not.toContain('Nguyễn Văn Ánh');
    expect(text).not.toContain('0912345678');
    expect(recentErrors()[0]?.message).toMatch(/^lưu thất bại Error: UNIQUE failed: 001\*{7}45 @ at /);
  });

  it('honours the level threshold and the optional console sink', () => {
    const spy = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const logSpy = vi.spyOn(console, 'log').mockImplementation(() => {});
    const log = createLogger('X');
    log.debug('ẩn');
    expect(recentLogLines()).toEqual([]);
    configureLogging({ minLevel: 'debug', console: true });
    log.debug('hiện');
    log.warn('cảnh báo 0912345678');
    expect(recentLogLines().map((l) => l.level)).toEqual(['debug', 'warn']);
    expect(spy).toHaveBeenCalledWith(expect.stringMatching(/WARN \[X\] cảnh báo \[SĐT\]$/));
    spy.mockRestore();
    logSpy.mockRestore();
  });
});
