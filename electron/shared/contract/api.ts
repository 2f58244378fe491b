import { z } from 'zod';
import * as m from './models';
import * as sm from './scanModels';
import * as pm from './pipelineModels';

/** One entry of the contract: a zod input and output schema. */
export interface MethodSpec { input: z.ZodType; output: z.ZodType }
export type ApiSpec = Record<string, Record<string, MethodSpec>>;

const none = z.object({}).strict();
const ok = z.object({ ok: z.literal(true) });
const jobStarted = z.object({ jobId: m.Id });

/**
 * The single IPC contract. Channel names (`ss:namespace.method`), the router's handler map, the preload client
 * and the renderer's `window.station` type are all derived from this object. Namespaces are nouns, methods verbs.
 */
export const api = {
  app: {
    /** Version, data folders and the rule versions in force. */
    info: { input: none, output: z.object({ version: z.string(), dataDir: z.string(), outboxDir: z.string(), hotFolder: z.string().nullable(), rules: z.record(z.string(), z.string()) }) },
  },
  auth: {
    /** Whether the station still needs its first administrator (first-run screen). */
    status: { input: none, output: z.object({ needsSetup: z.boolean(), user: m.User.nullable() }) },
    setupFirstAdmin: { input: m.UserCreate.omit({ role: true }), output: m.User },
    signIn: { input: z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(200) }), output: m.User },
    signOut: { input: none, output: ok },
  },
  users: {
    list: { input: none, output: z.array(m.User) },
    create: { input: m.UserCreate, output: m.User },
  },
  procedures: {
    list: { input: z.object({ query: z.string().max(200).optional() }), output: z.array(m.Procedure) },
    get: { input: z.object({ code: m.ProcedureCode }), output: m.Procedure },
  },
  dossiers: {
    create: { input: m.DossierCreate, output: m.Dossier },
    list: {
      input: z.object({ query: z.string().max(200).optional(), status: m.DossierStatus.optional(), limit: z.number().int().min(1).max(500).default(100), offset: z.number().int().min(0).default(0) }),
      output: z.object({ items: z.array(m.DossierSummary), total: z.number().int() }),
    },
    get: { input: z.object({ code: m.DossierCode }), output: m.DossierDetail },
    /** Marks digitization done; refused (`dossier/page-count-mismatch`) while a document's page count differs from its expected count. */
    finish: { input: z.object({ code: m.DossierCode }), output: m.Dossier },
  },
  documents: {
    create: { input: m.DocumentCreate, output: m.Document },
    /** Page-count reconciliation (VN-DG-05 a, c): the number of sheets the clerk counted. */
    setExpectedPages: { input: z.object({ documentId: m.Id, expectedPages: z.number().int().min(1).max(5000).nullable() }), output: m.Document },
    /** Splits a document before `pageId`: that page and the ones after it become a new document of the same component. */
    split: { input: z.object({ pageId: m.Id }), output: m.Document },
    /** Appends every page of `documentId` to `intoDocumentId` (same dossier); the emptied document is removed. */
    merge: { input: z.object({ documentId: m.Id, intoDocumentId: m.Id }), output: m.Document },
  },
  pages: {
    /** A small JPEG data URL (`variant: 'thumb'`, ~160 px wide) or the full page image for the viewer. */
    image: { input: z.object({ pageId: m.Id, variant: z.enum(['thumb', 'full', 'derived']).default('thumb') }), output: z.object({ dataUrl: z.string() }) },
    /** OCR text with word boxes and confidences (`pipeline/not-processed` until OCR is done). */
    text: { input: z.object({ pageId: m.Id }), output: pm.PageText },
    /** Turns the page clockwise on top of the automatic orientation and re-runs clean-up and OCR. */
    rotate: { input: z.object({ pageId: m.Id, degrees: z.union([z.literal(90), z.literal(180), z.literal(270)]) }), output: pm.PageProcessing },
    /** Moves a page to `position` (1-based) in `documentId` (same dossier); later pages shift. */
    move: { input: z.object({ pageId: m.Id, documentId: m.Id, position: z.number().int().min(1) }), output: ok },
    /** Takes a page out of the output (blank, separator) without deleting it; `include` puts it back in one click. */
    exclude: { input: z.object({ pageId: m.Id, reason: pm.ExcludedReason }), output: ok },
    include: { input: z.object({ pageId: m.Id }), output: ok },
    /** Moves a page to the recoverable trash (never a silent delete). */
    remove: { input: z.object({ pageId: m.Id, reason: z.string().trim().min(1).max(500) }), output: m.TrashItem },
  },
  pipeline: {
    /** Per-page clean-up/OCR state of a dossier, for the progress bar and the page badges. */
    status: { input: z.object({ dossierCode: m.DossierCode }), output: pm.DossierPipelineStatus },
    /** Queues a page (or every page of a dossier) for clean-up and OCR again. */
    reprocess: { input: z.object({ pageId: m.Id.optional(), dossierCode: m.DossierCode.optional() }), output: z.object({ queued: z.number().int() }) },
    /** Writes the printable separator sheet (Patch T + QR) as a PDF into the outbox (or `outDir`). */
    separatorSheet: { input: z.object({ value: z.string().trim().max(60).optional(), outDir: z.string().min(1).max(4096).optional() }), output: z.object({ path: z.string() }) },
  },
  search: {
    /** Full-text search over OCR text of every dossier; accents optional ("quyet dinh" finds "Quyết định"). */
    query: { input: z.object({ q: z.string().trim().min(1).max(200), limit: z.number().int().min(1).max(200).default(50) }), output: z.array(pm.SearchHit) },
  },
  metadata: {
    get: { input: z.object({ documentId: m.Id }), output: pm.DocumentMetadata },
    /** Edits fields: an OCR value changed by the clerk becomes `ocr_corrected`, a new value `manual`. */
    save: { input: z.object({ documentId: m.Id, fields: z.array(pm.MetadataEdit).max(20) }), output: pm.DocumentMetadata },
    /** The clerk confirms every field as shown (VN-DG-08). */
    confirm: { input: z.object({ documentId: m.Id }), output: pm.DocumentMetadata },
    /** Extracts fields again from the document's OCR text; confirmed or manual values are kept. */
    extract: { input: z.object({ documentId: m.Id }), output: pm.DocumentMetadata },
  },
  trash: {
    list: { input: none, output: z.array(m.TrashItem) },
    restore: { input: z.object({ trashId: m.Id }), output: ok },
  },
  imports: {
    /** Imports image/PDF files (absolute paths on this machine) into a dossier component as a job. */
    start: { input: z.object({ dossierCode: m.DossierCode, paths: z.array(z.string().min(1).max(4096)).min(1).max(10000), componentIndex: z.number().int().min(1).optional() }), output: jobStarted },
  },
  exports: {
    /** Assembles the dossier's image PDF into the outbox (or `outDir`) as a job. */
    start: { input: z.object({ dossierCode: m.DossierCode, outDir: z.string().min(1).max(4096).optional() }), output: jobStarted },
  },
  jobs: {
    list: { input: none, output: z.array(m.Job) },
    get: { input: z.object({ jobId: m.Id }), output: m.Job },
    cancel: { input: z.object({ jobId: m.Id }), output: ok },
  },
  devices: {
    list: { input: z.object({ driver: m.DriverId.optional() }), output: z.array(m.Device) },
    getCaps: { input: z.object({ device: m.DeviceRef }), output: sm.DeviceCaps },
    /** One page from the device with a profile's settings, not stored: for IT set-up and support. */
    testScan: { input: z.object({ device: m.DeviceRef, profileId: m.Id.optional() }), output: sm.TestScanResult },
    /** Writes a support bundle (versions, devices, capabilities, last errors, logs without personal data). */
    diagnostics: { input: none, output: sm.DiagnosticsResult },
  },
  scan: {
    /** Scans into a dossier component as a job; pages stream in as `scan.pageAdded`. */
    start: { input: sm.ScanRequest, output: jobStarted },
    cancel: { input: z.object({ jobId: m.Id }), output: ok },
    /** After a jam or empty feeder: a new job that continues the stopped batch where it ended. */
    resume: { input: z.object({ jobId: m.Id }), output: jobStarted },
  },
  profiles: {
    list: { input: none, output: z.array(sm.ScanProfile) },
    save: { input: sm.ScanProfileInput, output: sm.ScanProfile },
    remove: { input: z.object({ id: m.Id }), output: ok },
    /** Checks a profile against a device's capabilities; returns Vietnamese problems (empty = valid). */
    validate: { input: z.object({ profile: sm.ScanProfileInput, device: m.DeviceRef }), output: z.object({ problems: z.array(z.string()) }) },
    exportAll: { input: none, output: sm.ProfileBundle },
    importAll: { input: z.object({ bundle: sm.ProfileBundle, replace: z.boolean().default(false) }), output: z.object({ imported: z.number().int() }) },
  },
  audit: {
    verify: { input: none, output: m.AuditVerifyResult },
    list: { input: z.object({ limit: z.number().int().min(1).max(1000).default(100) }), output: z.array(m.AuditEntry) },
  },
  settings: {
    get: { input: none, output: z.object({ hotFolder: z.string().nullable(), outboxDir: z.string(), language: z.enum(['vi', 'en']), esclUrls: m.EsclUrls }) },
    /** Changing `esclUrls` restarts the device host (jobs running then fail `host/crashed`, retryable). */
    update: {
      input: z.object({
        hotFolder: z.string().max(4096).nullable().optional(), outboxDir: z.string().min(1).max(4096).optional(),
        language: z.enum(['vi', 'en']).optional(), esclUrls: m.EsclUrls.optional(),
      }),
      output: ok,
    },
  },
} as const satisfies ApiSpec;

export type Api = typeof api;
export type Namespace = keyof Api;
export type MethodOf<N extends Namespace> = keyof Api[N] & string;
export type InputOf<N extends Namespace, M extends MethodOf<N>> = Api[N][M] extends MethodSpec ? z.input<Api[N][M]['input']> : never;
export type ParsedInputOf<N extends Namespace, M extends MethodOf<N>> = Api[N][M] extends MethodSpec ? z.output<Api[N][M]['input']> : never;
export type OutputOf<N extends Namespace, M extends MethodOf<N>> = Api[N][M] extends MethodSpec ? z.output<Api[N][M]['output']> : never;
