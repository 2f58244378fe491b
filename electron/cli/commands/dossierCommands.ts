import type { Command } from 'commander';
import { maskPersonalId } from '../../shared/domain/personalId';
import type { DossierSummaryT } from '../../shared/contract/models';
import { printResult } from '../output';
import { runCommand } from '../runCommand';

function summaryLine(d: DossierSummaryT): string {
  return `${d.code}  ${d.status.padEnd(10)}  ${d.pageCount} trang  ${d.applicant.fullName} (${maskPersonalId(d.applicant.personalId)})  ${d.procedureName ?? d.procedureCode}`;
}

export function registerDossierCommands(program: Command): void {
  const dossier = program.command('dossier').description('Hồ sơ: tạo, liệt kê, xem (dossiers: new, list, show)');
  dossier.command('new')
    .description('Tạo hồ sơ mới với mã lấy từ hệ thống TTHC')
    .requiredOption('--code <code>', 'mã hồ sơ (dossier code)')
    .requiredOption('--procedure <code>', 'mã TTHC, ví dụ 2.000815')
    .requiredOption('--name <fullName>', 'họ tên người nộp')
    .requiredOption('--personal-id <id>', 'số định danh cá nhân (12 số)')
    .option('--address <text>', 'địa chỉ', '')
    .option('--phone <phone>', 'số điện thoại', '')
    .option('--kind <kind>', 'reception | result | certification', 'reception')
    .action(async (o: Record<string, string>, cmd: Command) => runCommand(cmd, async (s, mode) => {
      const created = await s.call('dossiers', 'create', {
        code: o.code!, procedureCode: o.procedure!, kind: o.kind as 'reception',
        applicant: { fullName: o.name!, personalId: o.personalId!, address: o.address ?? '', phone: o.phone ?? '' },
      });
      printResult(mode, created, () => `Đã tạo hồ sơ ${created.code} (hạn trả: ${created.dueAt ?? '—'})`);
    }));
  dossier.command('list')
    .description('Liệt kê hồ sơ')
    .option('--query <text>', 'tìm theo mã, tên người nộp, tên thủ tục (không dấu cũng được)')
    .option('--limit <n>', 'số hồ sơ tối đa', '100')
    .action(async (o: { query?: string; limit: string }, cmd: Command) => runCommand(cmd, async (s, mode) => {
      const list = await s.call('dossiers', 'list', { ...(o.query ? { query: o.query } : {}), limit: Number(o.limit) });
      printResult(mode, list, () => (list.items.length ? list.items.map(summaryLine).join('\n') : 'Chưa có hồ sơ nào.') + `\n(${list.total} hồ sơ)`);
    }));
  dossier.command('show <code>')
    .description('Xem một hồ sơ, các thành phần và trang')
    .action(async (code: string, _o: unknown, cmd: Command) => runCommand(cmd, async (s, mode) => {
      const d = await s.call('dossiers', 'get', { code });
      printResult(mode, d, () => [
        summaryLine(d.dossier),
        ...d.documents.map((doc) => `  [${doc.category}] ${doc.name}: ${doc.pages.length} trang${doc.expectedPages ? ` / cần ${doc.expectedPages}` : ''}`),
      ].join('\n'));
    }));
}
