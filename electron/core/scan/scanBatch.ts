import { randomUUID } from 'node:crypto';
import type { ScanRequestT } from '../../shared/contract/scanModels';
import { AppError } from '../../shared/errors/AppError';
import { ensureComponentDocument, requireDocument } from '../services/documents';
import { requireDossierRow } from '../services/dossiers';
import { requirePageRow } from '../services/pageRows';
import type { Store } from '../store/Store';
import type { ScanDevice } from './ScanCaps';
import type { DriverOptions } from './ScanOptions';
import type { ScanSettings } from './resolveScanSettings';

/**
 * One batch of paper the clerk feeds into one dossier component. A jam or an empty feeder ends a job, not the
 * batch: `scan.resume` starts a new job on the same batch, so its pages continue in the same place and order.
 */
export interface ScanBatch {
  readonly id: string;
  readonly request: ScanRequestT;
  readonly settings: ScanSettings & { device: ScanDevice };
  readonly dossierCode: string;
  readonly documentId: string;
  /** Rescan-and-insert: every page of the batch goes before this page, so the batch stays in scan order. */
  readonly insertBefore: string | null;
  /** Test/IT-only options for the driver (never from the renderer); a resume may replace them. */
  driverOptions: DriverOptions | null;
  /** Pages stored by all jobs of the batch so far. */
  pages: number;
  /** Images of a note capture already stored: 0, 1 ("with note") or 2. */
  noteCaptures: number;
  /** The batch's newest job; only it may be resumed. */
  lastJobId: string | null;
}

function targetDocument(store: Store, req: ScanRequestT, dossierId: string, actor: string): { documentId: string; insertBefore: string | null } {
  if (!req.insertBeforePageId) {
    return { documentId: ensureComponentDocument(store, dossierId, req.componentIndex ?? null, actor).id, insertBefore: null };
  }
  const page = requirePageRow(store, req.insertBeforePageId);
  if (page.dossier_id !== dossierId || page.trash_id !== null) {
    throw new AppError('validation/input', `Trang cần chèn trước không thuộc hồ sơ ${req.dossierCode} hoặc đã bị xóa. Hãy tải lại hồ sơ rồi chọn lại trang.`, {
      details: { pageId: req.insertBeforePageId },
    });
  }
  return { documentId: page.document_id, insertBefore: page.id };
}

/** Checks the target and opens a batch; nothing is written except the component's document when it is new. */
export function openBatch(store: Store, req: ScanRequestT, settings: ScanSettings, actor: string, driverOptions: DriverOptions | null): ScanBatch {
  const dossier = requireDossierRow(store, req.dossierCode);
  if (!settings.device) {
    throw new AppError('validation/input', 'Chưa chọn máy quét. Hãy chọn máy quét (hoặc đặt máy quét trong cấu hình quét) rồi quét lại.');
  }
  const { documentId, insertBefore } = targetDocument(store, req, dossier.id, actor);
  return {
    id: randomUUID(), request: req, settings: { ...settings, device: settings.device }, dossierCode: dossier.code, documentId, insertBefore,
    driverOptions, pages: 0, noteCaptures: 0, lastJobId: null,
  };
}

/** How many images this job should take at most: what a note capture still needs, or what maxPages leaves. */
export function imagesWanted(batch: ScanBatch): number | null {
  if (batch.request.noteCapture) return 2 - batch.noteCaptures;
  return batch.request.maxPages === undefined ? null : Math.max(0, batch.request.maxPages - batch.pages);
}

/**
 * Progress total: maxPages when the clerk set one (counted over the batch), else the sheets counted for the
 * document (VN-DG-05 a; counted over the document's live pages), else unknown.
 */
export function progressBasis(store: Store, batch: ScanBatch): { total: number | undefined; offset: number } {
  if (batch.request.noteCapture) return { total: 2, offset: 0 };
  if (batch.request.maxPages !== undefined) return { total: batch.request.maxPages, offset: 0 };
  const { document } = requireDocument(store, batch.documentId);
  if (document.expected_pages === null) return { total: undefined, offset: 0 };
  const live = store.db.prepare('SELECT COUNT(*) FROM pages WHERE document_id = ? AND trash_id IS NULL').pluck().get(document.id) as number;
  return { total: document.expected_pages, offset: live - batch.pages };
}
