import { z } from 'zod';
import { ColorMode, DeviceRef, DossierCode, Id } from './models';

/** Scanning models (issue 4): capabilities, profiles, scan requests. std only. */

export const ScanSource = z.enum(['flatbed', 'feeder', 'file']);
export const PaperSize = z.enum(['A4', 'A5', 'A3', 'Letter', 'Legal', 'auto']);
/** Paper sizes in millimetres (portrait). `auto` lets the device or auto-crop decide. */
export const PAPER_SIZES_MM: Record<Exclude<z.infer<typeof PaperSize>, 'auto'>, { width: number; height: number }> = {
  A4: { width: 210, height: 297 }, A5: { width: 148, height: 210 }, A3: { width: 297, height: 420 },
  Letter: { width: 215.9, height: 279.4 }, Legal: { width: 215.9, height: 355.6 },
};

/** A driver-specific option shown read-only to IT staff (e.g. SANE `test-picture`, eSCL `Intent`). */
export const DriverOption = z.object({ name: z.string(), title: z.string(), value: z.union([z.string(), z.number(), z.boolean()]).nullable() });

export const DeviceCaps = z.object({
  sources: z.array(ScanSource),
  resolutions: z.array(z.number().int()),
  colorModes: z.array(ColorMode),
  duplex: z.boolean(),
  /** Largest scan area in millimetres, when the driver knows it. */
  maxAreaMm: z.object({ width: z.number(), height: z.number() }).nullable().default(null),
  driverOptions: z.array(DriverOption).default([]),
});

export const ProfileField = z.enum(['device', 'source', 'duplex', 'dpi', 'colorMode', 'paperSize', 'blankHandling', 'deskew', 'separation', 'outputProfile']);
export const Separation = z.object({
  mode: z.enum(['none', 'blank-page', 'patch-code', 'barcode-value', 'fixed-count']),
  /** Pages per document for `fixed-count`. */
  pageCount: z.number().int().min(1).max(1000).nullable().default(null),
});

export const ScanProfileInput = z.object({
  id: Id.optional(),
  name: z.string().trim().min(1, 'Đặt tên cho cấu hình quét.').max(100),
  /** Null: the clerk picks the device at scan time. */
  device: DeviceRef.nullable().default(null),
  source: ScanSource.default('feeder'),
  duplex: z.boolean().default(false),
  dpi: z.number().int().min(75).max(1200).default(300),
  colorMode: ColorMode.default('color'),
  paperSize: PaperSize.default('A4'),
  /** Blank pages are flagged for the clerk (never deleted), or kept unflagged. */
  blankHandling: z.enum(['flag', 'keep']).default('flag'),
  deskew: z.boolean().default(true),
  separation: Separation.default({ mode: 'none', pageCount: null }),
  outputProfile: z.enum(['color-mrc', 'jpeg', 'bw-g4']).default('color-mrc'),
  /** Fields a desk clerk may not change at scan time (set by IT staff). */
  lockedFields: z.array(ProfileField).default([]),
  /** The desk's default profile. */
  isDefault: z.boolean().default(false),
});
export const ScanProfile = ScanProfileInput.required({ id: true }).extend({ updatedAt: z.string() });

/** A profile file rolled out to desks by IT: versioned, validated on import. */
export const ProfileBundle = z.object({
  format: z.literal('tram-so-hoa/scan-profiles'),
  version: z.literal(1),
  exportedAt: z.string(),
  profiles: z.array(ScanProfileInput),
});

export const ScanOverrides = z.object({
  device: DeviceRef.optional(),
  source: ScanSource.optional(),
  duplex: z.boolean().optional(),
  dpi: z.number().int().min(75).max(1200).optional(),
  colorMode: ColorMode.optional(),
});

export const ScanRequest = z.object({
  dossierCode: DossierCode,
  componentIndex: z.number().int().min(1).optional(),
  /** Profile to use; the desk default when omitted. */
  profileId: Id.optional(),
  overrides: ScanOverrides.default({}),
  /** "Rescan this page and insert here": new pages go before this page of the same document. */
  insertBeforePageId: Id.optional(),
  /** VN-DG-05 d: the page carries a sticky note; capture it twice (with, then without the note). */
  noteCapture: z.boolean().default(false),
  /** Stop after this many images (a flatbed is always 1 per side). */
  maxPages: z.number().int().min(1).max(2000).optional(),
});

export const TestScanResult = z.object({
  dataUrl: z.string(), width: z.number().int(), height: z.number().int(), dpi: z.number().int(), colorMode: ColorMode, elapsedMs: z.number(),
});

export const DiagnosticsResult = z.object({ path: z.string(), bytes: z.number().int() });

export type DeviceCapsT = z.infer<typeof DeviceCaps>;
export type ScanProfileT = z.infer<typeof ScanProfile>;
export type ScanProfileInputT = z.input<typeof ScanProfileInput>;
export type ProfileFieldT = z.infer<typeof ProfileField>;
export type ScanRequestT = z.output<typeof ScanRequest>;
export type ProfileBundleT = z.infer<typeof ProfileBundle>;
