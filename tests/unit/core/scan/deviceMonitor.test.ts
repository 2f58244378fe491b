import { describe, expect, it } from 'vitest';
import { createEventBus } from '../../../../electron/core/events/EventBus';
import type { ScanBridge } from '../../../../electron/core/scan/bridge/ScanBridge';
import { DeviceMonitor } from '../../../../electron/core/scan/DeviceMonitor';
import type { ScanDevice } from '../../../../electron/core/scan/ScanCaps';
import { AppError } from '../../../../electron/shared/errors/AppError';
import type { DriverIdT } from '../../../../electron/shared/contract/models';

/** Only the listing side of a bridge: what each driver answers on the next poll (devices or an error). */
function listingBridge(answers: Partial<Record<DriverIdT, ScanDevice[] | AppError>>): ScanBridge {
  return {
    listDevices: async (driver) => {
      const a = answers[driver];
      if (a instanceof AppError) throw a;
      if (!a) throw new AppError('driver/not-supported', 'không hỗ trợ');
      return a;
    },
    getCaps: () => Promise.reject(new Error('not used')),
    scan: () => { throw new Error('not used'); },
  };
}

describe('DeviceMonitor (diffing)', () => {
  it('keeps a failing driver\'s devices (no false "detached"), reports the error once, and skips unsupported drivers', async () => {
    const answers: Partial<Record<DriverIdT, ScanDevice[] | AppError>> = {
      sane: [{ driver: 'sane', id: 'a', name: 'A' }], escl: [{ driver: 'escl', id: 'u', name: 'U' }],
    };
    const events = createEventBus();
    const changes: unknown[] = [];
    events.on((name, p) => { if (name === 'device.changed') changes.push(p); });
    const errors: string[] = [];
    const monitor = new DeviceMonitor({ scan: listingBridge(answers), events, onDriverError: (d, e) => errors.push(`${d}:${e.code}`) });
    await monitor.pollOnce();
    answers.sane = new AppError('device/communication', 'lỗi');
    await monitor.pollOnce();
    await monitor.pollOnce();
    expect(changes).toEqual([]);
    expect(errors).toEqual(['sane:device/communication']);
    answers.sane = [];
    answers.escl = [{ driver: 'escl', id: 'u', name: 'U' }, { driver: 'escl', id: 'v', name: 'V' }];
    await monitor.pollOnce();
    expect(changes).toEqual([{ driver: 'escl', kind: 'attached' }, { driver: 'sane', kind: 'detached' }]);
  });
});
