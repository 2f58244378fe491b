import { AppError } from '../../shared/errors/AppError';
import type { DeviceT } from '../../shared/contract/models';
import type { CoreDeps } from '../handlers/CoreDeps';

/** One page from a device with a profile's settings, not stored (issue 4, being built). */
export async function runTestScan(_deps: CoreDeps, _input: { device: Pick<DeviceT, 'driver' | 'id' | 'name'>; profileId?: string }): Promise<{ dataUrl: string; width: number; height: number; dpi: number; colorMode: 'color' | 'gray' | 'bw'; elapsedMs: number }> {
  throw new AppError('driver/not-supported', 'Chức năng này đang được xây dựng.');
}
