import { z } from 'zod';
import { Id } from './models';

/** Why a page needs the clerk's eye. Blank and separator pages are also `excluded` from the output (kept on disk). */
export const PageFlag = z.enum(['blank', 'low-confidence', 'dropped-text', 'separator', 'failed']);
export const PageStatus = z.enum(['queued', 'cleaning', 'ocr', 'done', 'failed']);
export const ExcludedReason = z.enum(['blank', 'separator']);
export const Rotation = z.union([z.literal(0), z.literal(90), z.literal(180), z.literal(270)]);

/** What the page pipeline did to one page (clean-up, OCR); `null` fields are not known yet. */
export const PageProcessing = z.object({
  pageId: Id,
  status: PageStatus,
  flags: z.array(PageFlag),
  excluded: ExcludedReason.nullable(),
  outputColor: z.enum(['color', 'gray', 'bw']).nullable(),
  derived: z.object({ width: z.number().int(), height: z.number().int(), sha256: z.string() }).nullable(),
  deskewDeg: z.number().nullable(),
  rotation: Rotation.nullable(),
  inkRatio: z.number().nullable(),
  meanConfidence: z.number().nullable(),
  /** Share of the page's ink covered by recognised words (0..1): low means text was dropped. */
  coverage: z.number().nullable(),
  engine: z.string().nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  updatedAt: z.string(),
});

export const DossierPipelineStatus = z.object({
  dossierCode: z.string(),
  total: z.number().int(),
  done: z.number().int(),
  failed: z.number().int(),
  /** queued + cleaning + ocr */
  pending: z.number().int(),
  pages: z.array(PageProcessing),
});

export const BoxPx = z.object({ x0: z.number(), y0: z.number(), x1: z.number(), y1: z.number() });
/** OCR words for the text view, in derived-image pixels (`width` × `height`). */
export const PageText = z.object({
  pageId: Id,
  text: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  lowConfidenceBelow: z.number(),
  lines: z.array(z.object({ words: z.array(z.object({ text: z.string(), confidence: z.number(), bbox: BoxPx })) })),
  corrections: z.array(z.object({ from: z.string(), to: z.string() })),
});

export const SearchHit = z.object({
  dossierCode: z.string(),
  documentId: Id,
  documentName: z.string(),
  pageId: Id,
  position: z.number().int(),
  /** A short excerpt of the page text around the match (original diacritics). */
  snippet: z.string(),
});

/** VN-DG-09 minimum metadata fields (names as in the national schema). */
export const MetadataFieldName = z.enum(['maLoaiGiayTo', 'maDinhDanh', 'tenGiayTo', 'soKyHieu', 'ngayCap', 'coQuanCap', 'trichYeu', 'thoiHanHieuLuc', 'phamViHieuLuc']);
/** VN-DG-08: where a value came from. */
export const MetadataSource = z.enum(['ocr', 'manual', 'ocr_corrected']);
export const MetadataEntry = z.object({
  field: MetadataFieldName,
  value: z.string(),
  source: MetadataSource,
  ocrValue: z.string().nullable(),
  confirmedBy: z.string().nullable(),
  confirmedAt: z.string().nullable(),
});
export const DocumentMetadata = z.object({
  documentId: Id,
  fields: z.array(MetadataEntry),
  /** Every OCR-sourced value confirmed by a person (VN-DG-08); required before the dossier is finished. */
  confirmed: z.boolean(),
});
export const MetadataEdit = z.object({ field: MetadataFieldName, value: z.string().trim().max(2000) });

export type PageFlagT = z.infer<typeof PageFlag>;
export type PageStatusT = z.infer<typeof PageStatus>;
export type PageProcessingT = z.infer<typeof PageProcessing>;
export type DossierPipelineStatusT = z.infer<typeof DossierPipelineStatus>;
export type PageTextT = z.infer<typeof PageText>;
export type SearchHitT = z.infer<typeof SearchHit>;
export type MetadataFieldNameT = z.infer<typeof MetadataFieldName>;
export type MetadataEntryT = z.infer<typeof MetadataEntry>;
export type DocumentMetadataT = z.infer<typeof DocumentMetadata>;
