import { z } from 'zod';
import * as m from './models';
import * as sm from './scanModels';

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
  },
  pages: {
    /** A small JPEG data URL (`variant: 'thumb'`, ~160 px wide) or the full page image for the viewer. */
    image: { input: z.object({ pageId: m.Id, variant: z.enum(['thumb', 'full']).default('thumb') }), output: z.object({ dataUrl: z.string() }) },
    /** Moves a page to the recoverable trash (never a silent delete). */
    remove: { input: z.object({ pageId: m.Id, reason: z.string().trim().min(1).max(500) }), output: m.TrashItem },
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
