import { resolve } from 'node:path';
import { z } from 'zod';
import { DriverId, type DriverIdT, type PageT } from '../../shared/contract/models';
import { AppError } from '../../shared/errors/AppError';
import type { CliSession } from '../CliSession';

/** `station digitize` options after checking; files XOR device. */
export interface DigitizeOptions {
  device: { driver: DriverIdT; id: string } | null;
  out: string;
  profile?: string;
  dossier?: string;
  source?: 'flatbed' | 'feeder';
  dpi?: number;
  colorMode?: 'color' | 'gray' | 'bw';
  duplex?: boolean;
  ocr: 'tesseract.js' | 'tesseract-cli' | 'none';
}

const bad = (message: string) => new AppError('validation/input', message);

function parseDevice(spec: string): { driver: DriverIdT; id: string } | AppError {
  const at = spec.indexOf(':');
  const driver = DriverId.safeParse(spec.slice(0, at));
  if (at <= 0 || !driver.success || at === spec.length - 1) return bad(`--device phải có dạng DRIVER:ID (ví dụ sane:test:0), không phải "${spec}". Xem \`station devices\`.`);
  return { driver: driver.data, id: spec.slice(at + 1) };
}

const Flags = z.object({
  out: z.string().min(1),
  profile: z.string().min(1).optional(),
  dossier: z.string().min(1).optional(),
  source: z.enum(['flatbed', 'feeder'], { message: '--source chỉ nhận flatbed hoặc feeder.' }).optional(),
  dpi: z.coerce.number({ message: '--dpi phải là số.' }).int('--dpi phải là số nguyên.').min(75, '--dpi từ 75 đến 1200.').max(1200, '--dpi từ 75 đến 1200.').optional(),
  mode: z.enum(['color', 'gray', 'bw'], { message: '--mode chỉ nhận color, gray hoặc bw.' }).optional(),
  duplex: z.boolean().optional(),
  ocr: z.enum(['tesseract.js', 'tesseract-cli', 'none'], { message: '--ocr chỉ nhận tesseract.js, tesseract-cli hoặc none.' }).default('tesseract.js'),
});
const SCAN_ONLY = ['profile', 'source', 'dpi', 'mode', 'duplex'] as const;

/** Checks the flags before any core is opened, so a typo costs nothing. */
export function parseDigitizeOptions(files: string[], raw: Record<string, unknown>): DigitizeOptions | AppError {
  const device = typeof raw['device'] === 'string' ? parseDevice(raw['device']) : null;
  if (device instanceof AppError) return device;
  if ((device === null) === (files.length === 0)) return bad('Hãy đưa vào hoặc danh sách tệp, hoặc --device (không cả hai).');
  const parsed = Flags.safeParse(raw);
  if (!parsed.success) return bad(parsed.error.issues[0]?.message ?? 'Tham số không hợp lệ.');
  const f = parsed.data;
  if (device === null && SCAN_ONLY.some((k) => f[k] !== undefined)) return bad('--profile, --source, --dpi, --mode và --duplex chỉ dùng khi quét (--device).');
  const { mode, out, duplex, ...rest } = f;
  return { device, out: resolve(out), ...rest, ...(mode ? { colorMode: mode } : {}), ...(duplex ? { duplex: true } : {}) } as DigitizeOptions;
}

async function profileId(s: CliSession, name: string | undefined): Promise<string | undefined> {
  if (name === undefined) return undefined;
  const found = (await s.call('profiles', 'list', {})).find((p) => p.name === name);
  if (!found) throw new AppError('store/not-found', `Không có cấu hình quét tên "${name}" trên trạm này.`);
  return found.id;
}

async function scanFromDevice(s: CliSession, code: string, o: DigitizeOptions & { device: NonNullable<DigitizeOptions['device']> }): Promise<void> {
  const device = (await s.call('devices', 'list', { driver: o.device.driver })).find((d) => d.id === o.device.id);
  if (!device) throw new AppError('device/not-found', `Không thấy máy quét ${o.device.driver}:${o.device.id}. Kiểm tra cáp/nguồn hoặc xem \`station devices\`.`);
  const pid = await profileId(s, o.profile);
  const overrides = {
    device: { driver: device.driver, id: device.id, name: device.name },
    ...(o.source ? { source: o.source } : {}), ...(o.dpi ? { dpi: o.dpi } : {}), ...(o.colorMode ? { colorMode: o.colorMode } : {}), ...(o.duplex ? { duplex: true } : {}),
  };
  const { jobId } = await s.call('scan', 'start', { dossierCode: code, overrides, ...(pid ? { profileId: pid } : {}) });
  await s.waitForJob(jobId);
}

/** Imports the files or scans from the device into the dossier; returns the pages added, in order. */
export async function acquire(s: CliSession, code: string, files: string[], o: DigitizeOptions): Promise<{ pages: PageT[]; rejected: Array<{ path: string; message: string }> }> {
  const added: PageT[] = [];
  const off = s.core.events.on((name, payload) => {
    const p = payload as { dossierCode?: string; page?: PageT };
    if (name === 'scan.pageAdded' && p.dossierCode === code && p.page) added.push(p.page);
  });
  try {
    if (o.device) {
      await scanFromDevice(s, code, { ...o, device: o.device });
      return { pages: added, rejected: [] };
    }
    const job = await s.waitForJob((await s.call('imports', 'start', { dossierCode: code, paths: files })).jobId);
    const r = job.result as { rejected: Array<{ path: string; message: string }> };
    return { pages: added, rejected: r.rejected.map((x) => ({ path: x.path, message: x.message })) };
  } finally {
    off();
  }
}
