import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { startBridgeServer } from '../../core/bridge/startBridgeServer';
import { createCore } from '../../core/createCore';
import { globalOptions } from '../runCommand';

/**
 * `npm run ui`: the real core behind the loopback bridge (127.0.0.1 only, random token), serving the built
 * renderer, so the desktop UI can be used in any browser on this machine.
 */
export function registerUiCommand(program: Command): void {
  program.command('ui')
    .description('Mở giao diện trong trình duyệt (127.0.0.1) với lõi thật')
    .option('--port <n>', 'cổng (mặc định: ngẫu nhiên)', '0')
    .action(async (o: { port: string }, cmd: Command) => {
      const { dataDir } = globalOptions(cmd);
      const staticDir = resolve('dist/renderer');
      if (!existsSync(staticDir)) {
        process.stderr.write('Chưa có bản dựng giao diện. Chạy: npx vite build\n');
        process.exitCode = 1;
        return;
      }
      const core = await createCore({ dataDir, watchHotFolder: true, monitorDevices: true, pipeline: {} });
      const server = await startBridgeServer({ router: core.router, events: core.events, staticDir, port: Number(o.port) });
      process.stdout.write(`Trạm Số hóa đang chạy. Mở trong trình duyệt:\n${server.openUrl}\n(Ctrl+C để dừng; dữ liệu: ${dataDir})\n`);
      const stop = async () => { await server.close(); await core.close(); process.exit(0); };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
    });
}
