import { AppError } from '../../../../shared/errors/AppError';

/*
 * The eSCL driver's one error map: HTTP status + ScannerStatus (pwg:State, scan:AdfState) + transport failures →
 * typed AppErrors whose Vietnamese message tells the clerk (or IT) what to do next. Nothing else in the driver
 * builds a device error by hand, so every wording lives here.
 */

/** What the ScannerStatus said when the error was decided; all optional because the status may be unreadable. */
export interface EsclErrorContext {
  /** Pages already delivered in this job: the clerk re-feeds only the rest. */
  pagesScanned?: number;
  deviceName?: string;
}

function details(ctx: EsclErrorContext): Record<string, unknown> | undefined {
  return ctx.pagesScanned === undefined ? undefined : { pagesScanned: ctx.pagesScanned };
}

function withDetails(ctx: EsclErrorContext, extra: { retryable: boolean; cause?: unknown }): { retryable: boolean; details?: Record<string, unknown>; cause?: unknown } {
  const d = details(ctx);
  return { ...extra, ...(d ? { details: d } : {}) };
}

function scanned(ctx: EsclErrorContext): string {
  return ctx.pagesScanned ? ` Đã nhận ${ctx.pagesScanned} trang trước khi dừng.` : '';
}

export function paperJamError(ctx: EsclErrorContext = {}): AppError {
  return new AppError('device/paper-jam', `Giấy bị kẹt trong khay nạp.${scanned(ctx)} Gỡ tờ kẹt, đặt lại các trang chưa quét rồi bấm Tiếp tục.`, withDetails(ctx, { retryable: true }));
}

export function feederEmptyError(ctx: EsclErrorContext = {}): AppError {
  return new AppError('device/feeder-empty', 'Khay nạp giấy đang trống. Đặt tài liệu vào khay nạp (mặt cần quét theo hướng dẫn trên máy) rồi bấm Quét lại.', withDetails(ctx, { retryable: true }));
}

export function busyError(ctx: EsclErrorContext = {}): AppError {
  return new AppError('device/busy', 'Máy quét đang bận với một lệnh khác (có thể đang sao chụp hoặc quét từ máy khác). Chờ máy xong rồi bấm Quét lại.', withDetails(ctx, { retryable: true }));
}

export function doorOpenError(ctx: EsclErrorContext = {}): AppError {
  return new AppError('device/cover-open', 'Nắp khay nạp giấy đang mở. Đóng nắp lại rồi bấm Tiếp tục.', withDetails(ctx, { retryable: true }));
}

export function offlineError(ctx: EsclErrorContext = {}, cause?: unknown): AppError {
  const who = ctx.deviceName ? `máy quét ${ctx.deviceName}` : 'máy quét';
  return new AppError('device/offline', `Không kết nối được ${who}.${scanned(ctx)} Kiểm tra máy đã bật, đã nối mạng (cùng mạng với máy tính này) rồi thử lại.`, withDetails(ctx, { retryable: true, cause }));
}

export function communicationError(ctx: EsclErrorContext = {}, cause?: unknown): AppError {
  return new AppError('device/communication', `Mất liên lạc hoặc máy quét trả lời không hợp lệ.${scanned(ctx)} Kiểm tra cáp mạng và máy quét rồi thử lại; nếu lỗi lặp lại, báo bộ phận CNTT.`, withDetails(ctx, { retryable: true, cause }));
}

/** The XML or image the device sent is unreadable (malformed, hostile or too large): not worth an automatic retry. */
export function malformedResponseError(what: string, cause?: unknown): AppError {
  return new AppError('device/communication', `Máy quét gửi dữ liệu không hợp lệ (${what}). Khởi động lại máy quét rồi thử lại; nếu lỗi lặp lại, báo bộ phận CNTT kiểm tra phần mềm của máy.`, { retryable: false, cause });
}

/** The job ended on the device side (410 Gone): someone pressed Cancel on the panel, or the device dropped it. */
export function jobGoneError(ctx: EsclErrorContext = {}): AppError {
  return new AppError('device/communication', `Máy quét đã hủy lệnh quét (có thể do bấm Hủy trên máy).${scanned(ctx)} Đặt lại các trang chưa quét rồi bấm Quét lại.`, withDetails(ctx, { retryable: true }));
}

/** TOFU pinning: the device presents a certificate different from the one first seen. */
export function certificateChangedError(deviceName: string): AppError {
  return new AppError('device/communication', `Chứng chỉ bảo mật của máy quét ${deviceName} đã thay đổi so với lần kết nối đầu. Chưa quét để bảo vệ hồ sơ. Báo bộ phận CNTT xác nhận đúng máy quét (hoặc máy vừa được cài lại) rồi xóa chứng chỉ đã lưu.`, { retryable: false });
}

export function unsupportedFormatError(): AppError {
  return new AppError('device/communication', 'Máy quét không hỗ trợ ảnh JPEG hay PNG qua mạng. Hãy dùng trình điều khiển khác (SANE/WIA) cho máy này hoặc báo bộ phận CNTT.', { retryable: false });
}

/**
 * Decides from a ScannerStatus whether a device is unusable right now and why (pre-check before POST, and after
 * 409 / 503 / 404 answers). Returns null when nothing is wrong. `feeder` says whether ADF states matter.
 */
export function statusError(status: { state: string; adfState: string | null }, feeder: boolean, ctx: EsclErrorContext = {}): AppError | null {
  const adf = status.adfState ?? '';
  if (feeder && /Jam/i.test(adf)) return paperJamError(ctx);
  if (feeder && /DoorOpen|HatchOpen|CoverOpen/i.test(adf)) return doorOpenError(ctx);
  if (feeder && /Empty/i.test(adf)) return feederEmptyError(ctx);
  if (status.state === 'Processing' || status.state === 'Testing') return busyError(ctx);
  if (status.state === 'Down' || status.state === 'Stopped') return offlineError(ctx);
  return null;
}

/** Transport failures: refused / unreachable / connect timeout mean the device is not there; the rest is a broken exchange. */
export function transportError(err: unknown, ctx: EsclErrorContext = {}): AppError {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  if (['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENOTFOUND', 'EAI_AGAIN', 'ESCL_CONNECT_TIMEOUT'].includes(code)) return offlineError(ctx, err);
  return communicationError(ctx, err);
}
