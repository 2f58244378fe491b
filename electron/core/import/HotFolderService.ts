import { basename } from 'node:path';
import { AppError, isAppError } from '../../shared/errors/AppError';
import type { EventBus } from '../events/EventBus';
import type { ScanBridge } from '../scan/bridge/ScanBridge';
import { HotFolderWatcher } from '../scan/drivers/folder/HotFolderWatcher';
import { ensureComponentDocument } from '../services/documents';
import { requireDossierRow } from '../services/dossiers';
import type { Store } from '../store/Store';
import { HOT_FOLDER_NAMING_HINT_VI, hotFolderTarget } from './hotFolderTarget';
import { storeDeliveredPage } from './storeDeliveredPage';

const ACTOR = 'system:hot-folder';

export interface HotFolderDeps { store: Store; events: EventBus; scan: ScanBridge; pollIntervalMs?: number }

/**
 * Imports what multifunction printers drop into the configured hot folder. Files are routed by name
 * (hotFolderTarget); a file that names no known dossier stays where it is and is reported once, never lost.
 */
export class HotFolderService {
  private watcher: HotFolderWatcher | null = null;
  private dir: string | null = null;

  constructor(private readonly deps: HotFolderDeps) {}

  /** Starts, restarts or stops watching so that it matches the `hotFolder` setting. */
  async apply(dir: string | null): Promise<void> {
    if (dir === this.dir) return;
    await this.watcher?.stop();
    this.watcher = null;
    this.dir = dir;
    if (!dir) return;
    this.watcher = new HotFolderWatcher({
      dir, bridge: this.deps.scan,
      ...(this.deps.pollIntervalMs ? { pollIntervalMs: this.deps.pollIntervalMs } : {}),
      onPage: (page, file) => this.storePage(page, file),
      onFileProcessed: (file, _to, pages) => this.report(file, 'imported', pages, `Đã nhập ${pages} trang.`),
      onFileRejected: (r) => this.report(r.path, 'rejected', 0, r.error.message),
      onError: (err, file) => { if (file) this.report(file, 'waiting', 0, isAppError(err) ? err.message : 'Không nhập được tệp; trạm sẽ thử lại khi tệp thay đổi.'); },
    });
    this.watcher.start();
  }

  /** For tests and diagnostics: one poll now. */
  pollOnce(): Promise<void> {
    return this.watcher?.pollOnce() ?? Promise.resolve();
  }

  stop(): Promise<void> {
    return this.apply(null);
  }

  private async storePage(page: Parameters<typeof storeDeliveredPage>[2], file: string): Promise<void> {
    const target = hotFolderTarget(file);
    if (!target) throw new AppError('import/no-dossier', `Tệp ${basename(file)} không mang mã hồ sơ. ${HOT_FOLDER_NAMING_HINT_VI}`);
    const dossier = requireDossierRow(this.deps.store, target.dossierCode);
    const document = ensureComponentDocument(this.deps.store, dossier.id, target.componentIndex, ACTOR);
    await storeDeliveredPage(this.deps, { dossierCode: target.dossierCode, documentId: document.id }, page, ACTOR);
  }

  private report(file: string, outcome: 'imported' | 'rejected' | 'waiting', pages: number, message: string): void {
    const target = hotFolderTarget(file);
    this.deps.events.emit('hotFolder.reported', { file: basename(file), outcome, dossierCode: target?.dossierCode ?? null, pages, message });
    if (outcome === 'imported' && target) this.deps.events.emit('dossier.changed', { code: target.dossierCode });
  }
}
