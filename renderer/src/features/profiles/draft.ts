import type { z } from 'zod';
import { ProfileField, ScanProfileInput, type ScanProfileT } from '../../../../electron/shared/contract/scanModels';

/** The editor's working copy: every field present (the parsed shape of ScanProfileInput). */
export type ProfileDraft = z.output<typeof ScanProfileInput>;
export type LockableField = ProfileDraft['lockedFields'][number];

export const LOCKABLE_FIELDS: readonly LockableField[] = ProfileField.options;
export const PAPER_SIZES: ReadonlyArray<ProfileDraft['paperSize']> = ['A4', 'A5', 'A3', 'Letter', 'Legal', 'auto'];
export const SEPARATIONS: ReadonlyArray<ProfileDraft['separation']['mode']> = ['none', 'blank-page', 'patch-code', 'barcode-value', 'fixed-count'];
export const OUTPUTS: ReadonlyArray<ProfileDraft['outputProfile']> = ['color-mrc', 'jpeg', 'bw-g4'];
export const COMMON_DPI: readonly number[] = [100, 150, 200, 300, 400, 600];

export function emptyDraft(): ProfileDraft {
  return {
    name: '', device: null, source: 'feeder', duplex: false, dpi: 300, colorMode: 'color', paperSize: 'A4',
    blankHandling: 'flag', deskew: true, separation: { mode: 'none', pageCount: null }, outputProfile: 'color-mrc',
    lockedFields: [], isDefault: false,
  };
}

/** A saved profile as a draft (the `updatedAt` stamp is the core's, not editable). */
export function toDraft(p: ScanProfileT): ProfileDraft {
  const { updatedAt: _updatedAt, ...rest } = p;
  return { ...rest, separation: { ...rest.separation }, lockedFields: [...rest.lockedFields] };
}

/** Local checks (same zod schema as the core): field path → first Vietnamese message. */
export function localIssues(draft: ProfileDraft): Readonly<Record<string, string>> {
  const parsed = ScanProfileInput.safeParse(draft);
  const out: Record<string, string> = {};
  if (!parsed.success) for (const issue of parsed.error.issues) out[issue.path.map(String).join('.')] ??= issue.message;
  return out;
}
