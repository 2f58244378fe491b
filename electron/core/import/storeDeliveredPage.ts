import type { PageT } from '../../shared/contract/models';
import type { EventBus } from '../events/EventBus';
import type { DeliveredPage } from '../scan/bridge/ScanBridge';
import { markCapture } from '../scan/captureMarker';
import { commitPage } from '../services/pages';
import type { Store } from '../store/Store';

/** How a scanned page is placed; imports and the hot folder pass nothing. */
export interface StorePlacement {
  /** VN-DG-05 d: which capture of a page with a sticky note this is. */
  captureNote?: PageT['captureNote'];
  /** "Rescan this page and insert here": the page goes before this page of the same document. */
  insertBefore?: string;
  /** Scanner captures carry an id in the file (see captureMarker), so identical sheets stay two pages. */
  captureId?: string;
}

/**
 * Stores one delivered page, then acknowledges it: the page file is fsynced and its row committed before the
 * device host may drop its staged copy. Shared by explicit imports, the hot folder and scanning.
 */
export async function storeDeliveredPage(
  deps: { store: Store; events: EventBus },
  target: { dossierCode: string; documentId: string },
  page: DeliveredPage,
  actor: string,
  placement: StorePlacement = {},
): Promise<{ page: PageT; duplicate: boolean }> {
  const bytes = placement.captureId ? markCapture(page.bytes, page.format, placement.captureId) : page.bytes;
  const stored = await commitPage(deps.store, {
    documentId: target.documentId, bytes, ext: page.format === 'jpeg' ? 'jpg' : 'png',
    width: page.width, height: page.height, dpi: page.dpi, colorMode: page.colorMode, blank: false, sourceName: page.sourceName,
    ...(placement.captureNote ? { captureNote: placement.captureNote } : {}),
    ...(placement.insertBefore ? { insertBefore: placement.insertBefore } : {}),
  }, actor);
  await page.ack();
  if (!stored.duplicate) deps.events.emit('scan.pageAdded', { dossierCode: target.dossierCode, page: stored.page });
  return stored;
}
