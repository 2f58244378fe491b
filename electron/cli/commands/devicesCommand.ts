import type { Command } from 'commander';
import type { DeviceT } from '../../shared/contract/models';
import type { DeviceCapsT } from '../../shared/contract/scanModels';
import { AppError, toWireError, type WireError } from '../../shared/errors/AppError';
import type { CliSession } from '../CliSession';
import { printResult } from '../output';
import { runCommand } from '../runCommand';

/** One device with its capabilities, or the error reading them (one broken scanner must not hide the others). */
export interface DeviceWithCaps extends DeviceT {
  caps: DeviceCapsT | null;
  error: WireError | null;
}

export async function devicesWithCaps(s: CliSession): Promise<DeviceWithCaps[]> {
  const devices = await s.call('devices', 'list', {});
  return Promise.all(devices.map(async (d): Promise<DeviceWithCaps> => {
    try {
      const caps = await s.call('devices', 'getCaps', { device: { driver: d.driver, id: d.id, name: d.name } });
      return { ...d, caps, error: null };
    } catch (err) {
      return { ...d, caps: null, error: err instanceof AppError ? err.toWire() : toWireError(err) };
    }
  }));
}

function line(d: DeviceWithCaps): string {
  const head = `${d.driver}:${d.id}  ${d.name}`;
  if (!d.caps) return `${head}\n    ✗ ${d.error?.message ?? ''}`;
  const c = d.caps;
  const dpi = c.resolutions.length ? `${c.resolutions[0]}–${c.resolutions[c.resolutions.length - 1]} dpi` : 'dpi theo tệp';
  return `${head}\n    nguồn: ${c.sources.join(', ')}; ${dpi}; màu: ${c.colorModes.join(', ')}; hai mặt: ${c.duplex ? 'có' : 'không'}`;
}

export function registerDevicesCommand(program: Command): void {
  program.command('devices')
    .description('Liệt kê máy quét của mọi trình điều khiển, kèm khả năng quét (--json cho CNTT)')
    .action(async (_o: unknown, cmd: Command) => runCommand(cmd, async (s, mode) => {
      const list = await devicesWithCaps(s);
      printResult(mode, list, () => (list.length ? list.map(line).join('\n') : 'Không thấy máy quét nào.'));
    }));
}
