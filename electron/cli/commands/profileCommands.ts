import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { ProfileBundleT, ScanProfileT } from '../../shared/contract/scanModels';
import { AppError } from '../../shared/errors/AppError';
import { writeFileAtomic } from '../../core/fsutil/durable';
import { parseProfileBundle } from '../../core/services/profileBundle';
import { printResult } from '../output';
import { runCommand } from '../runCommand';

function describeProfile(p: ScanProfileT): string {
  const where = p.device ? `${p.device.driver}:${p.device.id}` : 'máy chọn khi quét';
  const locked = p.lockedFields.length > 0 ? `  khóa: ${p.lockedFields.join(', ')}` : '';
  return `${p.isDefault ? '*' : ' '} ${p.name}  [${where}; ${p.source}${p.duplex ? ', 2 mặt' : ''}; ${p.dpi} dpi; ${p.colorMode}; ${p.paperSize}]${locked}`;
}

/** Reads a bundle file; JSON and schema problems come back as Vietnamese `validation/input` errors with paths. */
async function readBundleFile(file: string): Promise<ProfileBundleT> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new AppError('validation/input', `Không đọc được tệp ${file}. Hãy kiểm tra đường dẫn.`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text) as unknown;
  } catch {
    throw new AppError('validation/input', `Tệp ${file} không phải JSON hợp lệ.`);
  }
  // Checked here too (the router would refuse it as well) for the Vietnamese, per-path messages.
  return parseProfileBundle(raw);
}

/** `station profile list|export|import` and `station diagnostics` (issue 4: IT set-up and support). */
export function registerProfileCommands(program: Command): void {
  const profile = program.command('profile').description('Cấu hình quét (scan profiles) cho bàn một cửa');
  profile.command('list')
    .description('Liệt kê cấu hình quét (* = mặc định)')
    .action(async (_o: unknown, cmd: Command) => runCommand(cmd, async (s, mode) => {
      const list = await s.call('profiles', 'list', {});
      printResult(mode, list, () => (list.length ? list.map(describeProfile).join('\n') : 'Chưa có cấu hình quét nào.'));
    }));
  profile.command('export <file>')
    .description('Ghi mọi cấu hình quét ra tệp JSON (để cài cho bàn khác)')
    .action(async (file: string, _o: unknown, cmd: Command) => runCommand(cmd, async (s, mode) => {
      const bundle = await s.call('profiles', 'exportAll', {});
      const path = resolve(file);
      await writeFileAtomic(path, `${JSON.stringify(bundle, null, 2)}\n`, { target: 'tệp cấu hình quét' });
      printResult(mode, { path, profiles: bundle.profiles.length }, () => `Đã xuất ${bundle.profiles.length} cấu hình quét: ${path}`);
    }));
  profile.command('import <file>')
    .description('Nhập cấu hình quét từ tệp JSON (cập nhật theo tên)')
    .option('--replace', 'xóa các cấu hình không có trong tệp (bản sao vẫn nằm trong nhật ký kiểm tra)')
    .action(async (file: string, o: { replace?: boolean }, cmd: Command) => runCommand(cmd, async (s, mode) => {
      const bundle = await readBundleFile(resolve(file));
      const r = await s.call('profiles', 'importAll', { bundle, replace: Boolean(o.replace) });
      printResult(mode, r, () => `Đã nhập ${r.imported} cấu hình quét${o.replace ? ' (thay thế toàn bộ)' : ''}.`);
    }));
  program.command('diagnostics')
    .description('Ghi gói chẩn đoán (phiên bản, thiết bị, lỗi gần đây; không có dữ liệu cá nhân) vào outbox')
    .action(async (_o: unknown, cmd: Command) => runCommand(cmd, async (s, mode) => {
      const r = await s.call('devices', 'diagnostics', {});
      printResult(mode, r, () => r.path);
    }));
}
