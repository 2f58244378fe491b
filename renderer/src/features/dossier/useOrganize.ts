import { useCallback, useState } from 'react';
import type { DossierDetailT } from '../../../../electron/shared/contract/models';
import type { PageProcessingT } from '../../../../electron/shared/contract/pipelineModels';
import { station } from '../../bridge';
import type { MessageKey, Params } from '../../i18n/Messages';
import type { GridPage } from './gridRows';
import { nextDocument, placeNear, stepMove, type MoveTarget } from './pageMoves';
import type { DropSpot } from './usePageDrag';

type Docs = DossierDetailT['documents'];
export type PendingAction =
  | { kind: 'split'; item: GridPage }
  | { kind: 'merge'; doc: Docs[number]; next: Docs[number] };

export interface Organize {
  /** The last refused call, shown in place under the toolbar. */
  error: unknown;
  /** Why a key did nothing (first page cannot be split, no next document), in Vietnamese. */
  note: { key: MessageKey; params?: Params } | null;
  busy: boolean;
  pending: PendingAction | null;
  rotate(degrees: 90 | 270): void;
  step(direction: -1 | 1): void;
  drop(pageId: string, spot: DropSpot): void;
  askSplit(): void;
  askMerge(): void;
  confirm(): void;
  cancel(): void;
}

interface OrganizeOptions {
  /** Every live page, set-aside ones included (positions count them). */
  documents: Docs;
  flat: readonly GridPage[];
  selected: GridPage | null;
  onChanged(): void;
  onProcessed(p: PageProcessingT): void;
}

/** Rotate, reorder (keys and drag and drop), split and merge, each one call to the core followed by a reload. */
export function useOrganize({ documents, flat, selected, onChanged, onProcessed }: OrganizeOptions): Organize {
  const [error, setError] = useState<unknown>(null);
  const [note, setNote] = useState<Organize['note']>(null);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<PendingAction | null>(null);
  // Positions are computed from the loaded pages, so the next action waits until the reload after this one lands.
  const [staleDocs, setStaleDocs] = useState<Docs | null>(null);
  const blocked = busy || staleDocs === documents;
  const run = useCallback(<T,>(call: () => Promise<T>, after?: (value: T) => void) => {
    if (blocked) return;
    const loaded = documents;
    setBusy(true);
    setError(null);
    setNote(null);
    call().then((value) => { after?.(value); setStaleDocs(loaded); onChanged(); }, setError).finally(() => setBusy(false));
  }, [blocked, documents, onChanged]);
  const move = useCallback((target: MoveTarget | null) => {
    if (target) run(() => station.pages.move(target));
  }, [run]);
  const rotate = useCallback((degrees: 90 | 270) => {
    if (selected) run(() => station.pages.rotate({ pageId: selected.page.id, degrees }), onProcessed);
  }, [run, selected, onProcessed]);
  const step = useCallback((direction: -1 | 1) => {
    if (selected) move(stepMove(flat, documents, selected.index, direction));
  }, [move, flat, documents, selected]);
  const drop = useCallback((pageId: string, spot: DropSpot) => {
    move(placeNear(documents, pageId, spot.documentId, spot.anchorId, spot.side));
  }, [move, documents]);
  const askSplit = useCallback(() => {
    if (!selected) return;
    if (selected.n === 1) { setNote({ key: 'organize.splitFirst' }); return; }
    setPending({ kind: 'split', item: selected });
  }, [selected]);
  const askMerge = useCallback(() => {
    if (!selected) return;
    const doc = documents.find((d) => d.id === selected.doc.id);
    const next = nextDocument(documents, selected.doc.id);
    if (!doc || !next) { setNote({ key: 'organize.noNext', params: { doc: selected.doc.name } }); return; }
    setPending({ kind: 'merge', doc, next });
  }, [selected, documents]);
  const confirm = useCallback(() => {
    const action = pending;
    setPending(null);
    if (action?.kind === 'split') run(() => station.documents.split({ pageId: action.item.page.id }));
    if (action?.kind === 'merge') run(() => station.documents.merge({ documentId: action.next.id, intoDocumentId: action.doc.id }));
  }, [pending, run]);
  const cancel = useCallback(() => setPending(null), []);
  return { error, note, busy: blocked, pending, rotate, step, drop, askSplit, askMerge, confirm, cancel };
}
