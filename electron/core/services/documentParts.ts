import type { Store } from '../store/Store';

/** Naming and sheet counts of the parts of a split document. */

const PART_SUFFIX = /\s*\(phần (\d+)\)$/u;

/**
 * "Giấy khai sinh" split → "Giấy khai sinh (phần 2)"; splitting again (either part) → "(phần 3)": the next number
 * after every live document of the dossier with the same base name, so two parts never share a name.
 */
export function nextPartName(store: Store, dossierId: string, name: string): string {
  const base = name.replace(PART_SUFFIX, '');
  const names = store.db.prepare('SELECT name FROM documents WHERE dossier_id = ? AND trash_id IS NULL').pluck().all(dossierId) as string[];
  let highest = 1;
  for (const other of names) {
    if (other.replace(PART_SUFFIX, '') !== base) continue;
    highest = Math.max(highest, Number(PART_SUFFIX.exec(other)?.[1] ?? 1));
  }
  return `${base} (phần ${highest + 1})`;
}

/**
 * The sheet counts the clerk entered (VN-DG-05 a) follow the split when they matched the pages before it;
 * otherwise the original keeps its count (the mismatch still shows) and the new part has none yet.
 */
export function splitExpectedPages(expected: number | null, keptLive: number, movedLive: number): { kept: number | null; moved: number | null } {
  if (expected !== null && expected === keptLive + movedLive) return { kept: keptLive, moved: movedLive };
  return { kept: expected, moved: null };
}
