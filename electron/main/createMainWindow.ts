import { BrowserWindow } from 'electron';

export interface MainWindowPaths {
  /** Absolute path of dist/renderer/index.html. */
  rendererIndex: string;
  /** Absolute path of dist/preload/index.cjs. */
  preload: string;
}

/** The one application window: isolated, sandboxed, no Node in the renderer. */
export async function createMainWindow(paths: MainWindowPaths): Promise<BrowserWindow> {
  const win = new BrowserWindow({
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    title: 'Trạm Số hóa',
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: {
      preload: paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  await win.loadFile(paths.rendererIndex);
  return win;
}
