import { useMemo } from 'react';
import { station } from '../../bridge';
import { useQuery } from '../../hooks/useQuery';

const NONE: ReadonlySet<string> = new Set();

/**
 * The documents whose OCR-extracted metadata waits for the clerk's confirmation (VN-DG-08), for the grid badges
 * and the "Hoàn tất số hóa" refusal. `version` is bumped by the caller when metadata may have changed.
 */
export function useUnconfirmedDocs(documentIds: readonly string[], version: string): ReadonlySet<string> {
  const key = documentIds.join(',');
  const query = useQuery(async () => {
    const ids = key === '' ? [] : key.split(',');
    const all = await Promise.all(ids.map((documentId) => station.metadata.get({ documentId })));
    return all.filter((m) => !m.confirmed).map((m) => m.documentId);
  }, [key, version]);
  const ids = query.data;
  return useMemo(() => (ids ? new Set(ids) : NONE), [ids]);
}
