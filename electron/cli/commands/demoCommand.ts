import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { isAppError } from '../../shared/errors/AppError';
import type { CliSession } from '../CliSession';
import { printResult } from '../output';
import { runCommand } from '../runCommand';

/** A fixed, valid legacy-format code so re-running the demo reuses the same dossier (and shows de-duplication). */
export const DEMO_DOSSIER_CODE = '000.00.01.H29-260310-0420';

function samplesDir(): string {
  const candidates = [resolve('assets/samples'), join(__dirname_(), '..', '..', '..', 'assets', 'samples')];
  const found = candidates.find((d) => existsSync(d));
  if (!found) throw new Error('assets/samples not found');
  return found;
}

function __dirname_(): string {
  return typeof __dirname === 'string' ? __dirname : new URL('.', import.meta.url).pathname;
}

async function ensureDemoDossier(s: CliSession): Promise<void> {
  try {
    await s.call('dossiers', 'create', {
      code: DEMO_DOSSIER_CODE, procedureCode: '1.001193', kind: 'reception',
      applicant: { fullName: 'Nguyễn Văn An', personalId: '001099012345', address: 'Thôn Đông, xã Thử Nghiệm', phone: '0912345678' },
    });
  } catch (err) {
    if (!isAppError(err, 'store/conflict')) throw err;
  }
}

/**
 * The README's main job: bundled sample pages of a Vietnamese dossier become a stored dossier (SQLite, page files)
 * and a PDF in the outbox, through the same core, device host and jobs the desktop app uses.
 */
export function registerDemoCommand(program: Command): void {
  program.command('demo')
    .description('Chạy thử: nhập bộ ảnh mẫu thành hồ sơ, làm sạch + OCR tiếng Việt, xuất PDF/A vào outbox')
    .action(async (_o: unknown, cmd: Command) => runCommand(cmd, async (s, mode) => {
      await ensureDemoDossier(s);
      const dir = samplesDir();
      const files = readdirSync(dir).filter((f) => /\.(jpe?g|png|tiff?|pdf)$/i.test(f)).sort().map((f) => join(dir, f));
      const imported = await s.waitForJob((await s.call('imports', 'start', { dossierCode: DEMO_DOSSIER_CODE, paths: files })).jobId);
      // Clean-up and Vietnamese OCR of every page before the searchable PDF/A is assembled.
      await s.core.pipeline?.whenIdle();
      const pipeline = await s.call('pipeline', 'status', { dossierCode: DEMO_DOSSIER_CODE });
      const exported = await s.waitForJob((await s.call('exports', 'start', { dossierCode: DEMO_DOSSIER_CODE })).jobId);
      const audit = await s.call('audit', 'verify', {});
      const info = await s.call('app', 'info', {});
      const out = { dossierCode: DEMO_DOSSIER_CODE, dataDir: info.dataDir, database: join(info.dataDir, 'station.db'), import: imported.result, pipeline: { total: pipeline.total, done: pipeline.done, failed: pipeline.failed, excluded: pipeline.pages.filter((p) => p.excluded).length }, export: exported.result, audit };
      const r = imported.result as { imported: number; duplicates: number };
      const e = exported.result as { path: string; pages: number; bytes: number };
      printResult(mode, out, () => [
        `Hồ sơ ${DEMO_DOSSIER_CODE}: nhập ${r.imported} trang mới, ${r.duplicates} trang trùng (bỏ qua).`,
        `Dữ liệu trạm: ${info.dataDir}`,
        `Làm sạch + OCR: ${pipeline.done}/${pipeline.total} trang xong, ${pipeline.failed} lỗi, ${out.pipeline.excluded} trang tách riêng (trắng/phân cách).`,
        `PDF/A có lớp chữ (${e.pages} trang, ${Math.round(e.bytes / 1024)} KB): ${e.path}`,
        `Nhật ký: ${audit.ok ? `toàn vẹn (${audit.entries} bản ghi)` : `BỊ SỬA ĐỔI tại #${audit.brokenAtSeq}`}`,
      ].join('\n'));
    }, { core: { pipeline: {} } }));
}
