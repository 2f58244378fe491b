import { z } from 'zod';
import { ESCL_URLS_DUPLICATE_VI, ESCL_URLS_MAX, ESCL_URLS_TOO_MANY_VI, ESCL_URL_INVALID_VI, isEsclUrl, normalizeEsclUrl } from '../domain/esclUrl';
import { isValidDossierCode, DOSSIER_CODE_HINT_VI } from '../domain/dossierCode';
import { checkPersonalId, PERSONAL_ID_MESSAGES_VI } from '../domain/personalId';
import type { ExcludedReason } from './pipelineModels';

/** Domain models shared by core, IPC and renderer. std only: zod and sibling files. */

/** National TTHC code, VN-ID-04 (e.g. `2.000815`, province variant `2.000815.000.00.00.H55`). */
export const ProcedureCode = z.string().regex(/^\d\.\d{6}(\.\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}(\.\d{2})?)?$/, 'Mã TTHC không hợp lệ (ví dụ: 2.000815).');
export const DossierCode = z.string().trim().refine(isValidDossierCode, DOSSIER_CODE_HINT_VI);
export const PersonalId = z.string().trim().superRefine((v, ctx) => {
  const r = checkPersonalId(v);
  if (!r.ok) ctx.addIssue({ code: 'custom', message: PERSONAL_ID_MESSAGES_VI[r.problem] });
});
export const IsoDateTime = z.string().datetime({ offset: true });
export const Id = z.string().min(1).max(64);

/** Document category per VN-DG-01: a–d for submitted components, `result` for kết quả giải quyết. */
export const DocumentCategory = z.enum(['a', 'b', 'c', 'd', 'result']);
export const ColorMode = z.enum(['color', 'gray', 'bw']);
export const Role = z.enum(['staff', 'certifier', 'admin']);
export const DossierKind = z.enum(['reception', 'result', 'certification']);
export const DossierStatus = z.enum(['received', 'digitizing', 'digitized', 'uploaded', 'cancelled']);

export const ProcedureComponent = z.object({
  index: z.number().int().min(1),
  name: z.string().min(1),
  category: DocumentCategory,
  required: z.boolean(),
  /** "Chỉ xuất trình": shown at the desk, never digitized (VN-DG-02 b). */
  presentOnly: z.boolean(),
  copies: z.number().int().min(1).default(1),
});
export const Fee = z.object({ label: z.string(), amountVnd: z.number().int().min(0), unit: z.string().optional() });
export const Procedure = z.object({
  code: ProcedureCode,
  name: z.string().min(1),
  field: z.string().min(1),
  agencyLevel: z.enum(['commune', 'district', 'province']),
  processingDays: z.number().min(0),
  fees: z.array(Fee),
  components: z.array(ProcedureComponent),
  source: z.string(),
});

export const Applicant = z.object({
  fullName: z.string().trim().min(1, 'Nhập họ và tên người nộp.').max(200),
  personalId: PersonalId,
  address: z.string().trim().max(500).default(''),
  phone: z.string().trim().regex(/^(\+84|0)\d{8,10}$/, 'Số điện thoại không hợp lệ (ví dụ: 0912345678).').or(z.literal('')).default(''),
});

export const DossierCreate = z.object({
  code: DossierCode,
  procedureCode: ProcedureCode,
  kind: DossierKind.default('reception'),
  receivedAt: IsoDateTime.optional(),
  dueAt: IsoDateTime.optional(),
  applicant: Applicant,
});

export const Dossier = z.object({
  id: Id,
  code: z.string(),
  procedureCode: z.string(),
  kind: DossierKind,
  status: DossierStatus,
  receivedAt: z.string(),
  dueAt: z.string().nullable(),
  applicant: z.object({ fullName: z.string(), personalId: z.string(), address: z.string(), phone: z.string() }),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const DossierSummary = Dossier.extend({
  procedureName: z.string().nullable(),
  documentCount: z.number().int(),
  pageCount: z.number().int(),
});

export const DocumentCreate = z.object({
  dossierCode: DossierCode,
  componentIndex: z.number().int().min(1).nullable().default(null),
  name: z.string().trim().min(1).max(300),
  category: DocumentCategory,
  presentOnly: z.boolean().default(false),
  classified: z.boolean().default(false),
  expectedPages: z.number().int().min(1).nullable().default(null),
});

export const Document = z.object({
  id: Id,
  dossierId: Id,
  componentIndex: z.number().int().nullable(),
  name: z.string(),
  category: DocumentCategory,
  presentOnly: z.boolean(),
  classified: z.boolean(),
  expectedPages: z.number().int().nullable(),
  position: z.number().int(),
});

/**
 * Same values as `pipelineModels.ExcludedReason`, declared here because pipelineModels imports `Id` from this module:
 * a runtime import back would make the two modules' load order matter (whichever loads first sees the other
 * half-initialised). The type check below keeps the two enums identical.
 */
const PageExcludedReason = z.enum(['blank', 'separator']);
type SameEnum<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const excludedReasonsMatch: SameEnum<z.infer<typeof PageExcludedReason>, z.infer<typeof ExcludedReason>> = true;
void excludedReasonsMatch;

export const Page = z.object({
  id: Id,
  documentId: Id,
  position: z.number().int(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  width: z.number().int(),
  height: z.number().int(),
  dpi: z.number().int(),
  colorMode: ColorMode,
  blank: z.boolean(),
  bytes: z.number().int(),
  sourceName: z.string(),
  /** VN-DG-05 d: the two captures of a page with a sticky note. */
  captureNote: z.enum(['with-note', 'without-note']).nullable().default(null),
  /** Taken out of the output as a blank page or separator sheet; the page and its file stay (`pages.include` undoes it). */
  excluded: PageExcludedReason.nullable().default(null),
  createdAt: z.string(),
});

export const DocumentWithPages = Document.extend({ pages: z.array(Page) });
export const DossierDetail = z.object({ dossier: DossierSummary, documents: z.array(DocumentWithPages) });

export const User = z.object({ id: Id, username: z.string(), fullName: z.string(), role: Role, active: z.boolean() });
export const UserCreate = z.object({
  username: z.string().trim().regex(/^[a-z0-9._-]{3,32}$/, 'Tên đăng nhập: 3–32 ký tự a-z, 0-9, dấu chấm, gạch.'),
  fullName: z.string().trim().min(1).max(200),
  role: Role,
  password: z.string().min(8, 'Mật khẩu cần ít nhất 8 ký tự.').max(200),
});

export const JobKind = z.enum(['import', 'export', 'scan']);
export const JobState = z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']);
export const WireErrorModel = z.object({ code: z.string(), message: z.string(), retryable: z.boolean(), details: z.record(z.string(), z.unknown()).optional() });
export const JobProgress = z.object({ done: z.number(), total: z.number().nullable(), note: z.string().nullable() });
export const Job = z.object({
  id: Id,
  kind: JobKind,
  state: JobState,
  title: z.string(),
  dossierCode: z.string().nullable(),
  progress: JobProgress,
  error: WireErrorModel.nullable(),
  result: z.record(z.string(), z.unknown()).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const DriverId = z.enum(['folder', 'sane', 'escl', 'twain', 'wia', 'replay']);
export const DeviceRef = z.object({ driver: DriverId, id: z.string(), name: z.string() });
export const Device = DeviceRef.extend({ status: z.enum(['ready', 'busy', 'offline']), detail: z.string().nullable() });

export const AuditEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  prevHash: z.string(),
  hash: z.string(),
});
export const AuditVerifyResult = z.object({
  ok: z.boolean(),
  entries: z.number().int(),
  brokenAtSeq: z.number().int().nullable(),
  reason: z.string().nullable(),
});

export const TrashItem = z.object({
  id: Id, kind: z.enum(['page', 'document', 'dossier']), entityId: Id, label: z.string(), reason: z.string(),
  deletedBy: z.string(), deletedAt: z.string(),
});

export type ProcedureT = z.infer<typeof Procedure>;
export type DossierCreateT = z.input<typeof DossierCreate>;
export type DossierT = z.infer<typeof Dossier>;
export type DossierSummaryT = z.infer<typeof DossierSummary>;
export type DossierDetailT = z.infer<typeof DossierDetail>;
export type DocumentCreateT = z.input<typeof DocumentCreate>;
export type DocumentT = z.infer<typeof Document>;
export type PageT = z.infer<typeof Page>;
export type UserT = z.infer<typeof User>;
export type UserCreateT = z.infer<typeof UserCreate>;
export type JobT = z.infer<typeof Job>;
export type JobKindT = z.infer<typeof JobKind>;
export type JobStateT = z.infer<typeof JobState>;
export type DeviceT = z.infer<typeof Device>;
export type DriverIdT = z.infer<typeof DriverId>;
export type AuditEntryT = z.infer<typeof AuditEntry>;
export type AuditVerifyResultT = z.infer<typeof AuditVerifyResult>;
export type TrashItemT = z.infer<typeof TrashItem>;
export type ColorModeT = z.infer<typeof ColorMode>;
export type DocumentCategoryT = z.infer<typeof DocumentCategory>;
export type RoleT = z.infer<typeof Role>;

/** Manual eSCL scanner URLs (settings `esclUrls`): trimmed, without trailing slash, unique, at most 20. */
export const EsclUrls = z.array(z.string().transform(normalizeEsclUrl).refine(isEsclUrl, ESCL_URL_INVALID_VI))
  .max(ESCL_URLS_MAX, ESCL_URLS_TOO_MANY_VI)
  .refine((urls) => new Set(urls).size === urls.length, ESCL_URLS_DUPLICATE_VI);
