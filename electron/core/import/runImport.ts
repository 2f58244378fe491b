import type { PageT } from '../../shared/contract/models';
import type { WireError } from '../../shared/errors/AppError';
import type { EventBus } from '../events/EventBus';
import type { JobContext } from '../jobs/JobContext';
import type { ScanBridge } from '../scan/bridge/ScanBridge';
import { FOLDER_DEVICE } from '../scan/drivers/folder/FolderScanDriver';
import { expandPaths } from '../scan/drivers/folder/expandPaths';
import { ensureComponentDocument } from '../services/documents';
import { requireDossierRow, setDossierStatus } from '../services/dossiers';
import { storeDeliveredPage } from './storeDeliveredPage';
import type { Store } from '../store/Store';

export interface ImportRequest {
  dossierCode: string;
  paths: string[];
  componentIndex?: number;
}

export interface ImportResult extends Record<string, unknown> {
  documentId: string;
  imported: number;
  duplicates: number;
  rejected: Array<{ path: string; code: string; message: string; quarantinedTo: string | null }>;
}

export interface ImportDeps {
  store: Store;
  events: EventBus;
  scan: ScanBridge;
  /** Called after each page is stored and acknowledged (the CLI prints it; tests count it). */
  onPageStored?: (page: PageT, duplicate: boolean) => void;
}

/**
 * Imports files into a dossier component. Each page is written to the store (file fsynced, then its row
 * committed) before it is acknowledged to the device host, so a crash at any point loses no acknowledged page,
 * and a re-run skips pages already stored (same SHA-256 in the same dossier).
 */
export async function runImport(deps: ImportDeps, req: ImportRequest, actor: string, ctx: JobContext): Promise<ImportResult> {
  const { store, events } = deps;
  const dossier = requireDossierRow(store, req.dossierCode);
  const document = ensureComponentDocument(store, dossier.id, req.componentIndex ?? null, actor);
  const total = (await expandPaths(req.paths)).length;
  const result: ImportResult = { documentId: document.id, imported: 0, duplicates: 0, rejected: [] };
  const seenSources = new Set<string>();
  const report = (note: string) => ctx.progress({ done: Math.min(seenSources.size + result.rejected.length, total), total, note });
  report('Đang đọc tệp…');
  const onRejected = (r: { path: string; error: WireError; quarantinedTo: string | null }) => {
    result.rejected.push({ path: r.path, code: r.error.code, message: r.error.message, quarantinedTo: r.quarantinedTo });
    report(r.error.message);
  };
  const pages = deps.scan.scan({ device: FOLDER_DEVICE, paths: req.paths, quarantine: { dir: store.paths.quarantineDir, mode: 'copy' } }, ctx.signal, { fileRejected: onRejected });
  for await (const raw of pages) {
    const { page, duplicate } = await storeDeliveredPage(deps, { dossierCode: req.dossierCode, documentId: document.id }, raw, actor);
    if (duplicate) result.duplicates++;
    else result.imported++;
    seenSources.add(raw.sourceName);
    deps.onPageStored?.(page, duplicate);
    report(`${raw.sourceName} — trang ${raw.pageIndexInSource + 1}`);
  }
  if (result.imported > 0 && dossier.status === 'received') setDossierStatus(store, req.dossierCode, 'digitizing', actor);
  events.emit('dossier.changed', { code: req.dossierCode });
  return result;
}
