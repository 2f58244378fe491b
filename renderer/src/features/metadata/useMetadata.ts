import { useCallback, useState } from 'react';
import type { DocumentMetadataT, MetadataFieldNameT } from '../../../../electron/shared/contract/pipelineModels';
import { drop } from '../../../../electron/shared/util/drop';
import { station } from '../../bridge';
import { useQuery } from '../../hooks/useQuery';

export interface MetadataState {
  data: DocumentMetadataT | undefined;
  loadError: unknown;
  /** The last refused save/confirm/extract, shown in place. */
  error: unknown;
  busy: boolean;
  /** What the last successful action did ('saved' | 'confirmed' | 'extracted'), for the status line. */
  done: 'saved' | 'confirmed' | 'extracted' | null;
  /** Resolves true once saved (and confirmed); false when refused (the error is in `error`). */
  save(fields: Array<{ field: MetadataFieldNameT; value: string }>, thenConfirm: boolean): Promise<boolean>;
  confirm(): void;
  extract(): void;
  reload(): void;
}

/**
 * One document's VN-DG-09 metadata: metadata.get (again when `version` moves: the dossier changed, e.g. fields were
 * extracted after OCR), then save / confirm / extract, each replacing the shown data.
 */
export function useMetadata(documentId: string, version: number, onChanged: () => void): MetadataState {
  const query = useQuery(() => station.metadata.get({ documentId }), [documentId, version]);
  const key = `${documentId}@${version}`;
  const [result, setResult] = useState<{ data: DocumentMetadataT; key: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<MetadataState['done']>(null);
  const run = useCallback((call: () => Promise<DocumentMetadataT>, what: NonNullable<MetadataState['done']>) => {
    setBusy(true);
    setError(null);
    setDone(null);
    return call().then(
      (data) => { setResult({ data, key }); setDone(what); onChanged(); return true; },
      (err: unknown) => { setError(err); return false; },
    ).finally(() => setBusy(false));
  }, [key, onChanged]);
  const save = useCallback((fields: Array<{ field: MetadataFieldNameT; value: string }>, thenConfirm: boolean) => {
    return run(async () => {
      const saved = fields.length > 0 ? await station.metadata.save({ documentId, fields }) : undefined;
      return thenConfirm ? station.metadata.confirm({ documentId }) : saved ?? station.metadata.get({ documentId });
    }, thenConfirm ? 'confirmed' : 'saved');
  }, [documentId, run]);
  const confirm = useCallback(() => { drop(run(() => station.metadata.confirm({ documentId }), 'confirmed')); }, [documentId, run]);
  const extract = useCallback(() => { drop(run(() => station.metadata.extract({ documentId }), 'extracted')); }, [documentId, run]);
  // The answer of the last action is the newest state until a later load lands (no flash of the older values).
  const { reload: reloadQuery } = query;
  const reload = useCallback(() => { setResult(null); reloadQuery(); }, [reloadQuery]);
  const data = result && (result.key === key || query.loading) ? result.data : query.data;
  return { data, loadError: query.error, error, busy, done, save, confirm, extract, reload };
}
