import { resolve } from 'node:path';
import type { Command } from 'commander';
import { EXIT, printResult } from '../output';
import { runCommand } from '../runCommand';

interface ImportJobResult { imported: number; duplicates: number; rejected: Array<{ path: string; message: string; quarantinedTo: string | null }> }

export function registerImportExportCommands(program: Command): void {
  program.command('import <files...>')
    .description('Nhập ảnh/PDF (JPEG, PNG, TIFF nhiều trang, PDF) vào hồ sơ')
    .requiredOption('--dossier <code>', 'mã hồ sơ')
    .option('--component <n>', 'số thứ tự thành phần hồ sơ của thủ tục')
    .action(async (files: string[], o: { dossier: string; component?: string }, cmd: Command) => runCommand(cmd, async (s, mode) => {
      const { jobId } = await s.call('imports', 'start', {
        dossierCode: o.dossier, paths: files.map((f) => resolve(f)), ...(o.component ? { componentIndex: Number(o.component) } : {}),
      });
      const job = await s.waitForJob(jobId);
      const r = job.result as unknown as ImportJobResult;
      printResult(mode, r, () => [
        `Đã nhập ${r.imported} trang mới, bỏ qua ${r.duplicates} trang trùng vào hồ sơ ${o.dossier}.`,
        ...r.rejected.map((x) => `  ✗ ${x.message}`),
      ].join('\n'));
      if (r.rejected.length > 0) process.exitCode = EXIT.partial;
    }));
  program.command('export')
    .description('Xuất PDF của hồ sơ vào thư mục gửi đi (outbox)')
    .requiredOption('--dossier <code>', 'mã hồ sơ')
    .option('--out <dir>', 'thư mục đích (mặc định: outbox của trạm)')
    .action(async (o: { dossier: string; out?: string }, cmd: Command) => runCommand(cmd, async (s, mode) => {
      const { jobId } = await s.call('exports', 'start', { dossierCode: o.dossier, ...(o.out ? { outDir: resolve(o.out) } : {}) });
      const job = await s.waitForJob(jobId);
      const r = job.result as { path: string; pages: number; bytes: number };
      printResult(mode, r, () => `Đã xuất ${r.pages} trang (${Math.round(r.bytes / 1024)} KB): ${r.path}`);
    }));
}
