import { MetadataFieldName, type MetadataFieldNameT } from '../../shared/contract/pipelineModels';
import { checkPersonalId, PERSONAL_ID_MESSAGES_VI } from '../../shared/domain/personalId';
import { AppError } from '../../shared/errors/AppError';
import { parseDateInput } from './dates';

/** Field names as the clerk sees them (VN-DG-09). */
export const FIELD_LABEL_VI: Record<MetadataFieldNameT, string> = {
  maLoaiGiayTo: 'Mã loại giấy tờ',
  maDinhDanh: 'Số định danh',
  tenGiayTo: 'Tên giấy tờ',
  soKyHieu: 'Số, ký hiệu',
  ngayCap: 'Ngày cấp',
  coQuanCap: 'Cơ quan cấp',
  trichYeu: 'Trích yếu nội dung',
  thoiHanHieuLuc: 'Thời hạn hiệu lực',
  phamViHieuLuc: 'Phạm vi hiệu lực',
};

/** The national schema's order, used for every list of fields. */
export const FIELD_ORDER: readonly MetadataFieldNameT[] = MetadataFieldName.options;

const DATE_FIELDS: ReadonlySet<MetadataFieldNameT> = new Set(['ngayCap', 'thoiHanHieuLuc']);
/** Organisation e-IDs: a tax/enterprise code of 10 digits, or 10 + a 3-digit branch suffix. */
const ORGANISATION_ID = /^\d{10}(-?\d{3})?$/;

function invalid(field: MetadataFieldNameT, problem: string): AppError {
  // The value itself stays out of the message and details: it may be a personal ID number.
  return new AppError('metadata/invalid-field', `${FIELD_LABEL_VI[field]}: ${problem} Hãy sửa rồi lưu lại.`, { details: { field, label: FIELD_LABEL_VI[field] } });
}

function personalOrOrganisationId(value: string): string {
  const compact = value.replace(/[\s.]/g, '');
  if (ORGANISATION_ID.test(compact)) return compact;
  const check = checkPersonalId(compact);
  if (!check.ok) throw invalid('maDinhDanh', PERSONAL_ID_MESSAGES_VI[check.problem]);
  return compact;
}

/**
 * The value to store for a clerk's edit: dates become ISO (`15/03/2026` → `2026-03-15`), an ID loses its
 * spaces and dots and must be a valid 12-digit personal ID (or a 10/13-digit organisation code). '' means
 * "remove". Throws `metadata/invalid-field` naming the field in Vietnamese.
 */
export function normaliseFieldValue(field: MetadataFieldNameT, raw: string): string {
  const value = raw.trim();
  if (value === '') return '';
  if (DATE_FIELDS.has(field)) {
    const iso = parseDateInput(value);
    if (!iso) throw invalid(field, 'ngày không hợp lệ. Nhập theo dạng ngày/tháng/năm, ví dụ 15/03/2026.');
    return iso;
  }
  if (field === 'maDinhDanh') return personalOrOrganisationId(value);
  return value;
}
