import { describe, expect, it } from 'vitest';
import type { SaneConstraint, SaneNativeError, SaneOptionDescriptor, SaneStatusName } from '../../../../native/sane/types';
import { capsFromOptions } from '../../../../electron/core/scan/drivers/sane/saneCaps';
import { saneError } from '../../../../electron/core/scan/drivers/sane/saneErrors';
import { pickMode, pickSource, snapToConstraint } from '../../../../electron/core/scan/drivers/sane/saneOptionMatch';

function opt(name: string, constraint: SaneConstraint, extra: Partial<SaneOptionDescriptor> = {}): SaneOptionDescriptor {
  return {
    index: 1, name, title: name, description: '', type: constraint?.kind === 'stringList' ? 'string' : 'int', unit: 'none', size: 4, cap: 5,
    active: true, settable: true, advanced: false, constraint, value: null, ...extra,
  };
}
const strings = (values: string[]): SaneConstraint => ({ kind: 'stringList', values });

function nativeError(status: SaneStatusName, where = 'sane_read'): SaneNativeError {
  return Object.assign(new Error(`${where}: x`), { saneStatus: status, saneCode: 0, saneText: 'x' });
}

describe('SANE caps heuristics (scanning.md §1.1)', () => {
  it('maps vendor source names to flatbed / feeder / duplex', () => {
    const caps = capsFromOptions([opt('source', strings(['Flatbed', 'ADF Front', 'ADF Duplex']))]);
    expect(caps.sources).toEqual(['flatbed', 'feeder']);
    expect(caps.duplex).toBe(true);
    expect(capsFromOptions([opt('Source', strings(['Automatic Document Feeder']))]).sources).toEqual(['feeder']);
    expect(capsFromOptions([]).sources).toEqual(['flatbed']);
  });

  it('takes duplex from an adf-mode or duplex option too', () => {
    expect(capsFromOptions([opt('source', strings(['Flatbed', 'ADF'])), opt('adf-mode', strings(['Simplex', 'Duplex']))]).duplex).toBe(true);
    expect(capsFromOptions([opt('duplex', null, { type: 'bool' })]).duplex).toBe(true);
    expect(capsFromOptions([opt('source', strings(['Flatbed', 'Automatic Document Feeder']))]).duplex).toBe(false);
  });

  it('offers usual resolutions inside a range (quantised) or the word list as is', () => {
    expect(capsFromOptions([opt('resolution', { kind: 'range', min: 100, max: 600, quant: 1 })]).resolutions).toEqual([100, 150, 200, 240, 300, 400, 600]);
    expect(capsFromOptions([opt('resolution', { kind: 'range', min: 50, max: 300, quant: 50 })]).resolutions).toEqual([100, 150, 200, 250, 300]);
    expect(capsFromOptions([opt('resolution', { kind: 'wordList', values: [600, 150, 300] })]).resolutions).toEqual([150, 300, 600]);
  });

  it('maps Color / Gray / Lineart (Binary) to colour modes', () => {
    expect(capsFromOptions([opt('mode', strings(['Lineart', 'Gray', 'Color']))]).colorModes).toEqual(['color', 'gray', 'bw']);
    expect(capsFromOptions([opt('mode', strings(['Binary', 'Grayscale']))]).colorModes).toEqual(['gray', 'bw']);
  });

  it('reads the maximum area from br-x/br-y in mm, and lists simple driver options', () => {
    const caps = capsFromOptions([
      opt('br-x', { kind: 'range', min: 0, max: 215.9, quant: 0 }, { unit: 'mm', type: 'fixed' }),
      opt('br-y', { kind: 'range', min: 0, max: 355.6, quant: 0 }, { unit: 'mm', type: 'fixed' }),
      opt('test-picture', strings(['Grid']), { value: 'Grid', title: 'Select the test picture' }),
      opt('gamma-table', null, { value: [1, 2, 3] }),
    ]);
    expect(caps.maxAreaMm).toEqual({ width: 215.9, height: 355.6 });
    expect(caps.driverOptions).toEqual([{ name: 'test-picture', title: 'Select the test picture', value: 'Grid' }]);
  });

  it('picks source and mode strings, snapping numbers to constraints', () => {
    expect(pickSource(['Flatbed', 'ADF Front', 'ADF Duplex'], 'feeder', false)).toBe('ADF Front');
    expect(pickSource(['Flatbed', 'ADF Front', 'ADF Duplex'], 'feeder', true)).toBe('ADF Duplex');
    expect(pickSource(['ADF'], 'flatbed', false)).toBeUndefined();
    expect(pickMode(['Color', 'Gray', 'Lineart'], 'gray')).toBe('Gray');
    expect(pickMode(['Color Lineart', 'Lineart'], 'bw')).toBe('Lineart');
    expect(snapToConstraint(opt('r', { kind: 'wordList', values: [150, 300, 600] }), 250)).toBe(300);
    expect(snapToConstraint(opt('r', { kind: 'range', min: 50, max: 1200, quant: 25 }), 212)).toBe(200);
    expect(snapToConstraint(opt('x', { kind: 'range', min: 0, max: 215.9, quant: 0 }), 297)).toBe(215.9);
  });
});

describe('saneErrors: the one SANE status → AppError map', () => {
  const ctx = { deviceName: 'Canon DR-C225', pagesScanned: 4 };
  it.each([
    ['SANE_STATUS_JAMMED', 'device/paper-jam', true],
    ['SANE_STATUS_NO_DOCS', 'device/feeder-empty', true],
    ['SANE_STATUS_COVER_OPEN', 'device/cover-open', true],
    ['SANE_STATUS_DEVICE_BUSY', 'device/busy', true],
    ['SANE_STATUS_WARMING_UP', 'device/warming-up', true],
    ['SANE_STATUS_IO_ERROR', 'device/communication', false],
    ['SANE_STATUS_ACCESS_DENIED', 'device/communication', false],
    ['SANE_STATUS_NO_MEM', 'device/communication', false],
    ['SANE_STATUS_INVAL', 'device/communication', false],
    ['SANE_STATUS_UNSUPPORTED', 'device/communication', false],
    ['SANE_STATUS_EOF', 'device/communication', false],
    ['SANE_STATUS_CANCELLED', 'job/cancelled', false],
    ['SANE_STATUS_UNKNOWN', 'device/communication', false],
  ] as const)('%s → %s', (status, code, retryable) => {
    const err = saneError(nativeError(status), ctx);
    expect(err).toMatchObject({ code, retryable, details: { pagesScanned: 4, saneStatus: status } });
    expect(err.message.length).toBeGreaterThan(10);
  });

  it('treats INVAL from sane_open as a vanished device, and wraps foreign errors', () => {
    expect(saneError(nativeError('SANE_STATUS_INVAL', 'sane_open'), ctx).code).toBe('device/not-found');
    expect(saneError(new TypeError('boom'), ctx)).toMatchObject({ code: 'device/communication', details: { pagesScanned: 4 } });
  });
});
