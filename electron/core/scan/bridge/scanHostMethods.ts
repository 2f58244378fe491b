import { mkdir } from 'node:fs/promises';
import { z } from 'zod';
import { AppError } from '../../../shared/errors/AppError';
import { DriverId } from '../../../shared/contract/models';
import type { HostCallContext, HostMethod } from '../../host/serveHost';
import { testHooksEnabled } from '../../host/testHostMethods';
import type { DriverRegistry } from '../drivers/driverRegistry';
import type { ScanOptions } from '../ScanOptions';
import { validateScanOptions } from '../validateScanOptions';
import { newRunId, stagePage } from './stagedPage';

const Device = z.object({ driver: DriverId, id: z.string(), name: z.string() });
const ScanOptionsWire = z.object({
  device: Device,
  paths: z.array(z.string()).optional(),
  quarantine: z.object({ dir: z.string().min(1), mode: z.enum(['move', 'copy']) }).optional(),
  source: z.enum(['flatbed', 'feeder']).optional(),
  dpi: z.number().positive().optional(),
  colorMode: z.enum(['color', 'gray', 'bw']).optional(),
  duplex: z.boolean().optional(),
  driverOptions: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});
/** Per-call settings of the host's `scan`: where to stage pages, and test-only fault injection. */
export const ScanCallConfig = z.object({
  stagingDir: z.string().min(1),
  testHooks: z.object({ crashAfterPages: z.number().int().min(0).optional() }).optional(),
});
export type ScanCallConfigT = z.infer<typeof ScanCallConfig>;

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new AppError('validation/input', `Tham số gửi tới tiến trình thiết bị không hợp lệ: ${r.error.issues[0]?.message ?? ''}`);
  return r.data;
}


async function scan(registry: DriverRegistry, args: unknown[], ctx: HostCallContext): Promise<{ pages: number }> {
  const opts: ScanOptions = parse(ScanOptionsWire, args[0]);
  const config = parse(ScanCallConfig, args[1]);
  const driver = await registry.load(opts.device.driver);
  const caps = opts.device.driver === 'folder' ? undefined : await driver.getCaps(opts.device, ctx.signal);
  const valid = validateScanOptions(opts, caps);
  await mkdir(config.stagingDir, { recursive: true });
  const runId = newRunId();
  // Fault injection only under tests: a host that kills itself after N delivered pages (crash mid-scan).
  const crashAfter = testHooksEnabled() ? config.testHooks?.crashAfterPages : undefined;
  let n = 0;
  const events = {
    pageStarted: () => { void ctx.emit('pageStarted', null); },
    pageProgress: (fraction: number) => { void ctx.emit('pageProgress', fraction); },
    fileRejected: (rejection: unknown) => { void ctx.emit('fileRejected', rejection); },
  };
  for await (const page of driver.scan(valid, ctx.signal, events)) {
    // The page is on disk before the parent hears of it: a crash after this point cannot lose it.
    const staged = await stagePage(config.stagingDir, runId, ++n, page);
    await ctx.emit('page', staged);
    if (crashAfter !== undefined && n >= crashAfter) process.kill(process.pid, 'SIGKILL');
  }
  return { pages: n };
}

/** The scanning methods a device host serves: `listDevices`, `getCaps`, `scan` (streams `page` events). */
export function createScanHostMethods(registry: DriverRegistry): Record<string, HostMethod> {
  return {
    listDevices: async (args, ctx) => {
      const driver = await registry.load(parse(DriverId, args[0]));
      const out: unknown[] = [];
      for await (const d of driver.listDevices(parse(z.object({ timeoutMs: z.number().optional() }), args[1] ?? {}), ctx.signal)) out.push(d);
      return out;
    },
    getCaps: async (args, ctx) => {
      const device = parse(Device, args[0]);
      return (await registry.load(device.driver)).getCaps(device, ctx.signal);
    },
    scan: (args, ctx) => scan(registry, args, ctx),
    ping: async () => ({ pid: process.pid }),
  };
}
