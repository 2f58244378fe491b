import { app, BrowserWindow, dialog } from 'electron';
import path from 'node:path';
import { createCore } from '../core/createCore';
import { resolveWorkerEntry } from '../core/host/workerEntry';
import { drop } from '../shared/util/drop';
import { createMainWindow, type MainWindowPaths } from './createMainWindow';
import { registerIpcMainTransport } from './ipcMainTransport';
import { hardenAllWebContents, hardenSession } from './security';
import { createFrameGuard } from './trustedFrame';
import { UtilityProcessHost } from './UtilityProcessHost';

/**
 * The Electron entry (bundled to dist/main/index.cjs): hardens the app, composes the plain-Node core, connects
 * it to ipcMain and opens the window. Everything the station does lives in the core; this file only wires.
 */
type Core = Awaited<ReturnType<typeof createCore>>;

const appRoot = app.getAppPath();
const paths: MainWindowPaths = {
  rendererIndex: path.join(appRoot, 'dist', 'renderer', 'index.html'),
  preload: path.join(appRoot, 'dist', 'preload', 'index.cjs'),
};

let core: Core | null = null;

async function start(): Promise<void> {
  hardenSession();
  core = await createCore({
    dataDir: app.getPath('userData'),
    watchHotFolder: true,
    monitorDevices: true,
    pipeline: {},
    // Drivers run in a utility process (dist/workers/deviceHost.cjs, next to dist/main): a crash restarts it.
    // `env` (read at every start) carries the manual eSCL URLs and the certificate pin file.
    createHost: (env) => new UtilityProcessHost({ entry: resolveWorkerEntry('deviceHost'), serviceName: 'Trạm Số hóa – thiết bị', env }),
    onUnexpected: (err, where) => console.error(`[core] unexpected error in ${where}`, err),
  });
  registerIpcMainTransport({
    router: core.router,
    events: core.events,
    assertTrustedFrame: createFrameGuard(paths.rendererIndex),
  });
  await openWindow();
}

async function openWindow(): Promise<void> {
  const existing = BrowserWindow.getAllWindows()[0];
  if (existing) {
    if (existing.isMinimized()) existing.restore();
    existing.focus();
    return;
  }
  await createMainWindow(paths);
}

function fail(err: unknown): void {
  console.error('[main] startup failed', err);
  dialog.showErrorBox('Trạm Số hóa không khởi động được',
    'Không mở được dữ liệu của trạm. Hãy khởi động lại máy; nếu lỗi lặp lại, gửi nhật ký cho bộ phận CNTT.');
  app.exit(1);
}

if (!app.requestSingleInstanceLock()) {
  // A second copy would open the same database: hand over to the first one and leave.
  app.quit();
} else {
  app.enableSandbox();
  hardenAllWebContents();
  app.on('second-instance', () => { if (core) drop(openWindow()); });
  app.on('activate', () => { if (core) drop(openWindow()); });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (e) => {
    if (!core) return;
    // Close the database and hosts before the process ends, then quit for real (core is null by then).
    e.preventDefault();
    const closing = core;
    core = null;
    drop(closing.close().finally(() => app.quit()));
  });
  app.whenReady().then(start).catch(fail);
}
