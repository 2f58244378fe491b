import type { ScanProfileT } from '../../shared/contract/scanModels';
import { isAppError } from '../../shared/errors/AppError';
import { planSeparation, type PageCodes, type PageSeparationInput, type SeparationRule } from '../codes';
import { splitDocument } from '../services/documentOrganize';
import { excludePage } from '../services/pageOrganize';
import type { Store } from '../store/Store';

interface SeparationPageRow { id: string; blank: number; excluded: string | null }
interface CodeRow { format: string; value: string; separator: number }

/** The profile's separation mode as a plan rule; null when pages are not separated automatically. */
export function ruleFor(separation: ScanProfileT['separation']): SeparationRule | null {
  switch (separation.mode) {
    case 'patch-code': return { kind: 'separator-sheet' };
    case 'barcode-value': return { kind: 'barcode' };
    case 'blank-page': return { kind: 'blank-page' };
    case 'fixed-count': return separation.pageCount ? { kind: 'fixed-count', pages: separation.pageCount } : null;
    default: return null;
  }
}

function pageCodes(store: Store, page: SeparationPageRow): PageCodes {
  const rows = store.db.prepare('SELECT format, value, separator FROM page_codes WHERE page_id = ? ORDER BY seq').all(page.id) as CodeRow[];
  const patch = rows.find((r) => r.format === 'patch')?.value ?? null;
  const sheet = rows.find((r) => r.separator === 1 && r.format !== 'patch');
  return {
    codes: rows.filter((r) => r.format !== 'patch').map((r) => ({ format: r.format, text: r.value, box: { x: 0, y: 0, width: 0, height: 0 } })),
    patch: patch as PageCodes['patch'],
    separator: page.excluded === 'separator' ? { via: sheet ? 'sheet-qr' : 'patch' } : null,
  };
}

/**
 * Splits a freshly processed document into the documents its pages say (separator sheets, barcodes, blank pages,
 * fixed counts — the desk profile's rule). Splits go through the audited split service; pages a rule removes are
 * taken out of the output (kept, restorable). Returns the ids of the documents the pages now belong to.
 */
export function applySeparation(store: Store, documentId: string, rule: SeparationRule, actor: string): string[] {
  const pages = store.db.prepare(`SELECT id, blank, excluded FROM pages WHERE document_id = ? AND trash_id IS NULL ORDER BY position`)
    .all(documentId) as SeparationPageRow[];
  const inputs: PageSeparationInput[] = pages.map((p, index) => ({ index, blank: p.blank === 1, codes: pageCodes(store, p) }));
  const plan = planSeparation(inputs, rule);
  for (const removed of plan.removed) {
    const page = pages[removed.index];
    if (page && page.excluded === null) excludePage(store, page.id, removed.reason, actor);
  }
  const documents = [documentId];
  for (const doc of plan.documents.slice(1)) {
    const first = pages[doc.pages[0] ?? -1];
    if (!first) continue;
    try {
      documents.push(splitDocument(store, first.id, actor).document.id);
    } catch (err) {
      // Already the first page of its document (an earlier run split here): nothing to do.
      if (!isAppError(err)) throw err;
    }
  }
  return documents;
}
