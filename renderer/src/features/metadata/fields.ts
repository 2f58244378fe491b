import type { DocumentMetadataT, MetadataEntryT, MetadataFieldNameT } from '../../../../electron/shared/contract/pipelineModels';

/** VN-DG-09 fields in the order a clerk reads a document: what it is, its number and date, who issued it, then codes. */
export const FIELD_ORDER: readonly MetadataFieldNameT[] = [
  'tenGiayTo', 'soKyHieu', 'ngayCap', 'coQuanCap', 'trichYeu', 'thoiHanHieuLuc', 'phamViHieuLuc', 'maLoaiGiayTo', 'maDinhDanh',
];

/** Long free text gets a text area. */
export const MULTILINE: ReadonlySet<MetadataFieldNameT> = new Set(['trichYeu']);

export type Draft = Partial<Record<MetadataFieldNameT, string>>;

export function entryOf(metadata: DocumentMetadataT | undefined, field: MetadataFieldNameT): MetadataEntryT | undefined {
  return metadata?.fields.find((f) => f.field === field);
}

/** The edits that differ from what is stored (trimmed, as the contract trims them). */
export function changedFields(metadata: DocumentMetadataT | undefined, draft: Draft): Array<{ field: MetadataFieldNameT; value: string }> {
  const out: Array<{ field: MetadataFieldNameT; value: string }> = [];
  for (const field of FIELD_ORDER) {
    const value = draft[field];
    if (value === undefined) continue;
    if (value.trim() !== (entryOf(metadata, field)?.value ?? '')) out.push({ field, value: value.trim() });
  }
  return out;
}

/** The latest confirmation among the fields (who and when), for "Xác nhận bởi …". */
export function lastConfirmation(metadata: DocumentMetadataT): { by: string; at: string } | null {
  let best: { by: string; at: string } | null = null;
  for (const f of metadata.fields) {
    if (f.confirmedBy && f.confirmedAt && (!best || f.confirmedAt > best.at)) best = { by: f.confirmedBy, at: f.confirmedAt };
  }
  return best;
}
