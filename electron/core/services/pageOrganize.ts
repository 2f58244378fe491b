import type { PageT } from '../../shared/contract/models';
import type { Store } from '../store/Store';
import { appendAudit } from './audit';
import { requireDocument } from './documents';
import { notDigitizableRefusal, requireEditable, requireLivePage, requireSameDossier, unwrapRefusable, type Refusable } from './organizeGuards';
import { requirePageRow } from './pageRows';
import { maxPosition, PAGES_OF_DOCUMENT, PARKED, shiftPositions } from './positions';
import { pageFromRow } from './rows';

/**
 * Reordering pages and taking them out of / back into the output. Positions are the stored `Page.position`
 * values (1-based, contiguous per document, trashed pages included); each operation is one transaction with its
 * audit entry. Nothing here deletes a row or a file.
 */

export interface PageMoveInput {
  pageId: string;
  /** The page's own document (reorder) or another document of the same dossier. */
  documentId: string;
  /** 1-based; a position past the end puts the page last. */
  position: number;
}

/** The changed page and the dossier it belongs to (the handler announces `dossier.changed` with the code). */
export interface PageChange {
  dossierCode: string;
  page: PageT;
}

/**
 * Moves a live page to `position` in `documentId`: the pages after its old place close the gap, the pages from
 * the new place on move down by one. Refused across dossiers, into a present-only or classified document
 * (VN-DG-02, audited), for a trashed page and in a cancelled dossier.
 */
export function movePage(store: Store, input: PageMoveInput, actor: string): PageChange {
  const result = store.db.transaction((): Refusable<PageChange> => {
    const { page, document: from, dossier } = requireLivePage(store, input.pageId);
    requireEditable(dossier);
    const { document: to, dossier: toDossier } = requireDocument(store, input.documentId);
    requireSameDossier(dossier, toDossier, 'move');
    const sameDocument = to.id === from.id;
    const refused = sameDocument ? null : notDigitizableRefusal(store, to, dossier, actor, 'page.move');
    if (refused) return { refused };
    const last = maxPosition(store, PAGES_OF_DOCUMENT, to.id) + (sameDocument ? 0 : 1);
    const position = Math.min(input.position, last);
    if (sameDocument && position === page.position) return { ok: { dossierCode: dossier.code, page: pageFromRow(page) } };
    store.db.prepare('UPDATE pages SET position = ? WHERE id = ?').run(PARKED, page.id);
    shiftPositions(store, PAGES_OF_DOCUMENT, from.id, page.position + 1, -1);
    shiftPositions(store, PAGES_OF_DOCUMENT, to.id, position, 1);
    store.db.prepare('UPDATE pages SET document_id = ?, position = ? WHERE id = ?').run(to.id, position, page.id);
    appendAudit(store.db, {
      actor, action: 'page.move', entity: 'page', entityId: page.id, at: store.now().toISOString(),
      data: { dossierCode: dossier.code, fromDocumentId: from.id, fromPosition: page.position, toDocumentId: to.id, toPosition: position, sha256: page.sha256 },
    });
    return { ok: { dossierCode: dossier.code, page: pageFromRow(requirePageRow(store, page.id)) } };
  })();
  return unwrapRefusable(result);
}

/** Takes a page out of the output as a blank page or a separator sheet; the row and the file stay. */
export function excludePage(store: Store, pageId: string, reason: NonNullable<PageT['excluded']>, actor: string): PageChange {
  return setExcluded(store, pageId, reason, actor);
}

/** Puts an excluded page back into the output. */
export function includePage(store: Store, pageId: string, actor: string): PageChange {
  return setExcluded(store, pageId, null, actor);
}

function setExcluded(store: Store, pageId: string, excluded: PageT['excluded'], actor: string): PageChange {
  return store.db.transaction((): PageChange => {
    const { page, dossier } = requireLivePage(store, pageId);
    requireEditable(dossier);
    const before = page.excluded ?? null;
    if (before === excluded) return { dossierCode: dossier.code, page: pageFromRow(page) };
    store.db.prepare('UPDATE pages SET excluded = ? WHERE id = ?').run(excluded, page.id);
    appendAudit(store.db, {
      actor, action: excluded ? 'page.exclude' : 'page.include', entity: 'page', entityId: page.id, at: store.now().toISOString(),
      data: { dossierCode: dossier.code, documentId: page.document_id, position: page.position, from: before, to: excluded },
    });
    return { dossierCode: dossier.code, page: pageFromRow({ ...page, excluded }) };
  })();
}
