import type { Command } from 'commander';
import { EXIT, printResult } from '../output';
import { runCommand } from '../runCommand';
import { readSecret } from '../readSecret';

export function registerAdminCommands(program: Command): void {
  // `station devices` (with capabilities) lives in devicesCommand.ts.
  const audit = program.command('audit').description('Nhật ký kiểm tra (audit log)');
  audit.command('verify')
    .description('Kiểm tra chuỗi băm của nhật ký: phát hiện sửa đổi trái phép')
    .action(async (_o: unknown, cmd: Command) => runCommand(cmd, async (s, mode) => {
      const r = await s.call('audit', 'verify', {});
      printResult(mode, r, () => (r.ok ? `Nhật ký toàn vẹn: ${r.entries} bản ghi.` : `NHẬT KÝ BỊ SỬA ĐỔI tại bản ghi #${r.brokenAtSeq}: ${r.reason}`));
      if (!r.ok) process.exitCode = EXIT.failed;
    }));
  const user = program.command('user').description('Tài khoản người dùng');
  user.command('add')
    .description('Thêm tài khoản; mật khẩu đọc từ stdin hoặc hỏi trên terminal (không bao giờ qua tham số)')
    .requiredOption('--username <name>', 'tên đăng nhập')
    .requiredOption('--full-name <name>', 'họ và tên')
    .option('--role <role>', 'staff | certifier | admin', 'staff')
    .action(async (o: { username: string; fullName: string; role: string }, cmd: Command) => runCommand(cmd, async (s, mode) => {
      const password = await readSecret('Mật khẩu: ');
      const created = await s.call('users', 'create', { username: o.username, fullName: o.fullName, role: o.role as 'staff', password });
      printResult(mode, created, () => `Đã tạo tài khoản ${created.username} (${created.role}).`);
    }));
}
