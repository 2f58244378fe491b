import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../shared/errors/AppError';
import { writeFileAtomic } from '../../core/fsutil/durable';
import type { CliSession } from '../CliSession';
import { EXIT, printError, printResult } from '../output';
import { globalOptions, runCommand } from '../runCommand';
import { acquire, parseDigitizeOptions, type DigitizeOptions } from './digitizeAcquire';
import { countFlags, digitizedPages, digitizeSummary, type DigitizeReport } from './digitizeReport';

export type { DigitizeReport } from './digitizeReport';

/** The scratch dossier of a run without --dossier; it lives only in a temporary data folder. */
export const SCRATCH_DOSSIER_CODE = '000.00.00.H00-260101-0001';

const HELP = `
Không có --dossier: trang được đưa vào một hồ sơ nháp trong thư mục dữ liệu TẠM (xóa khi xong); kho dữ liệu
của trạm không bị đụng tới. Dùng để CNTT thử máy quét hoặc chuyển ảnh thành PDF.
Có --dossier: trang được lưu vào hồ sơ đó trong kho của trạm (có nhật ký, như khi quét ở quầy), rồi PDF của
CẢ hồ sơ được xuất ra --out.

Ví dụ:
  station digitize a.jpg b.pdf --out ra.pdf
  station digitize --device sane:test:0 --source feeder --dpi 200 --mode gray --out ra.pdf --json
  station digitize --device sane:test:0 --dossier 000.00.01.H29-260310-0420 --profile "Một cửa" --out ra.pdf`;

async function ensureScratchDossier(s: CliSession): Promise<void> {
  await s.call('dossiers', 'create', {
    code: SCRATCH_DOSSIER_CODE, procedureCode: '1.001193', kind: 'reception',
    applicant: { fullName: 'Bản nháp', personalId: '001099012345', address: '', phone: '' },
  });
}

/** Exports the dossier's PDF into a temporary folder, then writes it durably to --out. */
async function exportTo(s: CliSession, code: string, out: string): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'station-out-'));
  try {
    const job = await s.waitForJob((await s.call('exports', 'start', { dossierCode: code, outDir: dir })).jobId);
    const bytes = await readFile((job.result as { path: string }).path);
    await mkdir(dirname(out), { recursive: true });
    await writeFileAtomic(out, bytes);
    return bytes.byteLength;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function digitize(s: CliSession, files: string[], o: DigitizeOptions, scratch: boolean): Promise<DigitizeReport> {
  const t0 = performance.now();
  const code = o.dossier ?? SCRATCH_DOSSIER_CODE;
  if (scratch) await ensureScratchDossier(s);
  const got = await acquire(s, code, files, o);
  const t1 = performance.now();
  await s.core.pipeline?.whenIdle();
  const t2 = performance.now();
  const bytes = await exportTo(s, code, o.out);
  const t3 = performance.now();
  const status = await s.call('pipeline', 'status', { dossierCode: code });
  const items = digitizedPages(got.pages, status.pages);
  const inPdf = items.filter((p) => p.excluded === null).length;
  return {
    dossierCode: code, scratch, out: o.out, pages: { count: items.length, inPdf, items }, bytes, bytesPerPage: inPdf ? Math.round(bytes / inPdf) : 0,
    timings: { acquireMs: Math.round(t1 - t0), processMs: Math.round(t2 - t1), exportMs: Math.round(t3 - t2), totalMs: Math.round(t3 - t0) },
    flags: countFlags(items), rejected: got.rejected,
  };
}

export function registerDigitizeCommand(program: Command): void {
  program.command('digitize [files...]')
    .description('Nhập tệp hoặc quét từ máy quét rồi xuất PDF (một lệnh, cho CNTT và script)')
    .option('--device <driver:id>', 'quét từ máy quét này (xem `station devices`), thay cho tệp')
    .requiredOption('--out <file.pdf>', 'tệp PDF cần ghi')
    .option('--profile <name>', 'tên cấu hình quét (mặc định: cấu hình mặc định của trạm)')
    .option('--dossier <code>', 'lưu vào hồ sơ này của trạm (không có: hồ sơ nháp trong thư mục tạm)')
    .option('--source <source>', 'flatbed | feeder')
    .option('--dpi <n>', 'độ phân giải')
    .option('--mode <mode>', 'color | gray | bw')
    .option('--duplex', 'quét hai mặt')
    .option('--ocr <engine>', 'tesseract.js (mặc định) | tesseract-cli (nhanh hơn nếu đã cài tesseract) | none', 'tesseract.js')
    .addHelpText('after', HELP)
    .action(async (files: string[], raw: Record<string, unknown>, cmd: Command) => {
      const o = parseDigitizeOptions(files, raw);
      if (o instanceof AppError) return printError(globalOptions(cmd), o);
      const scratchDir = o.dossier ? null : await mkdtemp(join(tmpdir(), 'station-digitize-'));
      try {
        await runCommand(cmd, async (s, mode) => {
          const r = await digitize(s, files.map((f) => resolve(f)), o, scratchDir !== null);
          printResult(mode, r, () => digitizeSummary(r));
          if (r.rejected.length > 0) process.exitCode = EXIT.partial;
        }, { ...(scratchDir ? { dataDir: scratchDir } : {}), core: { pipeline: { ocr: o.ocr } } });
      } finally {
        if (scratchDir) await rm(scratchDir, { recursive: true, force: true });
      }
    });
}
