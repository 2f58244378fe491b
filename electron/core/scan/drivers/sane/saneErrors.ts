import { isSaneNativeError, type SaneStatusName } from '../../../../../native/sane/types';
import { AppError } from '../../../../shared/errors/AppError';
import type { ErrorCode } from '../../../../shared/errors/errorCodes';

/** What the clerk was doing when SANE failed; every message names the device and keeps the page count. */
export interface SaneErrorContext {
  deviceName: string;
  pagesScanned: number;
}

interface Mapping {
  code: ErrorCode;
  retryable: boolean;
  message(ctx: SaneErrorContext): string;
}

const COMMUNICATION = (what: string): Mapping => ({
  code: 'device/communication',
  retryable: false,
  message: (c) => `${what} (máy quét ${c.deviceName}). Kiểm tra cáp USB hoặc mạng và nguồn điện của máy quét, tắt bật lại máy rồi thử lại; nếu vẫn lỗi, báo bộ phận CNTT.`,
});

/**
 * The ONE map from SANE status to typed app errors (architecture.md §5). NO_DOCS reaches it only when no page came
 * back yet (after ≥ 1 page it simply ends the batch, see SaneScanDriver). Retryable = the clerk can fix it at the
 * device and press Tiếp tục.
 */
const BY_STATUS: Record<SaneStatusName, Mapping> = {
  SANE_STATUS_JAMMED: {
    code: 'device/paper-jam', retryable: true,
    message: () => 'Giấy bị kẹt trong khay nạp. Mở nắp, gỡ tờ giấy kẹt, đặt lại các trang chưa quét rồi bấm Tiếp tục.',
  },
  SANE_STATUS_NO_DOCS: {
    code: 'device/feeder-empty', retryable: true,
    message: (c) => `Khay nạp giấy của máy quét ${c.deviceName} đang trống. Đặt tài liệu vào khay nạp rồi bấm Tiếp tục.`,
  },
  SANE_STATUS_COVER_OPEN: {
    code: 'device/cover-open', retryable: true,
    message: () => 'Nắp máy quét đang mở. Đóng nắp lại cho khớp rồi bấm Tiếp tục.',
  },
  SANE_STATUS_DEVICE_BUSY: {
    code: 'device/busy', retryable: true,
    message: (c) => `Máy quét ${c.deviceName} đang bận (có thể một máy tính khác đang dùng). Chờ một lát rồi bấm Tiếp tục.`,
  },
  SANE_STATUS_WARMING_UP: {
    code: 'device/warming-up', retryable: true,
    message: () => 'Máy quét đang khởi động đèn. Chờ khoảng một phút rồi bấm Tiếp tục.',
  },
  SANE_STATUS_CANCELLED: { code: 'job/cancelled', retryable: false, message: () => 'Đã hủy theo yêu cầu.' },
  SANE_STATUS_IO_ERROR: COMMUNICATION('Mất liên lạc với máy quét'),
  SANE_STATUS_ACCESS_DENIED: {
    code: 'device/communication', retryable: false,
    message: (c) => `Máy tính này không có quyền dùng máy quét ${c.deviceName}. Nhờ bộ phận CNTT cấp quyền (nhóm scanner) rồi thử lại.`,
  },
  SANE_STATUS_NO_MEM: COMMUNICATION('Máy quét hoặc máy tính hết bộ nhớ khi quét; hãy giảm độ phân giải'),
  SANE_STATUS_INVAL: COMMUNICATION('Máy quét từ chối thiết lập quét; hãy chọn độ phân giải hoặc chế độ màu khác'),
  SANE_STATUS_UNSUPPORTED: COMMUNICATION('Máy quét không hỗ trợ thao tác này'),
  SANE_STATUS_EOF: COMMUNICATION('Máy quét ngừng gửi dữ liệu giữa chừng'),
  SANE_STATUS_HW_LOCKED: {
    code: 'device/communication', retryable: false,
    message: () => 'Cơ cấu máy quét đang bị khóa vận chuyển. Gạt khóa vận chuyển (thường ở mặt dưới hoặc bên hông máy) sang vị trí mở rồi thử lại.',
  },
  SANE_STATUS_GOOD: COMMUNICATION('Máy quét báo lỗi không rõ'),
  SANE_STATUS_UNKNOWN: COMMUNICATION('Máy quét báo lỗi không rõ'),
};

/**
 * Translates anything the addon threw into an AppError. `sane_open` answering INVAL means the name is not there
 * (unplugged, or an `airscan:` name that moved): that is `device/not-found`.
 */
export function saneError(err: unknown, ctx: SaneErrorContext): AppError {
  if (err instanceof AppError) return err;
  const details: Record<string, unknown> = { pagesScanned: ctx.pagesScanned };
  if (!isSaneNativeError(err)) return new AppError('device/communication', BY_STATUS.SANE_STATUS_UNKNOWN.message(ctx), { details, cause: err });
  details.saneStatus = err.saneStatus;
  if (err.saneStatus === 'SANE_STATUS_INVAL' && err.message.startsWith('sane_open')) {
    return new AppError('device/not-found', `Không tìm thấy máy quét ${ctx.deviceName}. Kiểm tra máy đã bật và đã cắm cáp hoặc nối mạng, rồi tìm lại máy quét.`, { retryable: true, details, cause: err });
  }
  const m = BY_STATUS[err.saneStatus] ?? BY_STATUS.SANE_STATUS_UNKNOWN;
  return new AppError(m.code, m.message(ctx), { retryable: m.retryable, details, cause: err });
}
