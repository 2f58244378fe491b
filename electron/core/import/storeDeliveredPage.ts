import type { PageT } from '../../shared/contract/models';
import type { EventBus } from '../events/EventBus';
import type { DeliveredPage } from '../scan/bridge/ScanBridge';
import { commitPage } from '../services/pages';
import type { Store } from '../store/Store';

/**
 * Stores one delivered page, then acknowledges it: the page file is fsynced and its row committed before the
 * device host may drop its staged copy. Shared by explicit imports, the hot folder and (later) scanning.
 */
export async function storeDeliveredPage(
  deps: { store: Store; events: EventBus },
  target: { dossierCode: string; documentId: string },
  page: DeliveredPage,
  actor: string,
): Promise<{ page: PageT; duplicate: boolean }> {
  const stored = await commitPage(deps.store, {
    documentId: target.documentId, bytes: page.bytes, ext: page.format === 'jpeg' ? 'jpg' : 'png',
    width: page.width, height: page.height, dpi: page.dpi, colorMode: page.colorMode, blank: false, sourceName: page.sourceName,
  }, actor);
  await page.ack();
  if (!stored.duplicate) deps.events.emit('scan.pageAdded', { dossierCode: target.dossierCode, page: stored.page });
  return stored;
}
