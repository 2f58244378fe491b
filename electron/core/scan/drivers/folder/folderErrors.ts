import { basename } from 'node:path';
import { AppError } from '../../../../shared/errors/AppError';

/** Where a rejected file went; the message tells the clerk so they can find it. */
export interface QuarantinePlace { path: string; mode: 'move' | 'copy' }

function placeClause(place: QuarantinePlace | undefined): string {
  if (!place) return '';
  const what = place.mode === 'move' ? 'Tệp đã được chuyển vào thư mục cách ly' : 'Một bản sao của tệp đã được lưu vào thư mục cách ly';
  return ` ${what} ${place.path};`;
}

/** Joins "what happened" + optional quarantine clause + "what to do", capitalising the action after a full stop. */
function compose(what: string, place: QuarantinePlace | undefined, todo: string): string {
  const clause = placeClause(place);
  return clause ? `${what}${clause} ${todo.charAt(0).toLowerCase()}${todo.slice(1)}` : `${what} ${todo}`;
}

/*
 * The folder driver's error map: one place that turns "this file cannot be imported" into a Vietnamese message
 * naming the file and saying what to do next.
 */

export function corruptFileError(path: string, opts: { place?: QuarantinePlace; cause?: unknown } = {}): AppError {
  const name = basename(path);
  const message = compose(`Tệp hỏng hoặc không đọc được: ${name}.`, opts.place, 'Hãy quét lại trang này.');
  return new AppError('import/corrupt-file', message, { details: { fileName: name, ...(opts.place ? { quarantinedTo: opts.place.path } : {}) }, cause: opts.cause });
}

export function unsupportedFileError(path: string, opts: { place?: QuarantinePlace } = {}): AppError {
  const name = basename(path);
  const message = compose(`Không nhập được tệp ${name}: chỉ nhận ảnh JPEG, PNG, TIFF hoặc tệp PDF.`, opts.place, 'Hãy lưu lại tài liệu ở một trong các định dạng này rồi nhập lại.');
  return new AppError('import/unsupported-file', message, { details: { fileName: name, ...(opts.place ? { quarantinedTo: opts.place.path } : {}) } });
}

export function fileNotFoundError(path: string, cause?: unknown): AppError {
  const name = basename(path);
  return new AppError('import/file-not-found', `Không tìm thấy tệp: ${name}. Kiểm tra lại đường dẫn hoặc kết nối ổ mạng rồi nhập lại.`, { details: { fileName: name }, retryable: true, cause });
}

export function pdfToolMissingError(cause?: unknown): AppError {
  return new AppError('import/tool-missing', 'Máy chưa cài công cụ đọc PDF (pdftoppm, gói poppler-utils). Hãy báo bộ phận CNTT cài đặt rồi nhập lại.', { cause });
}

/** Rebuilds a rejection error once the file's quarantine path is known. */
export function withPlace(err: AppError, path: string, place: QuarantinePlace): AppError {
  if (err.code === 'import/unsupported-file') return unsupportedFileError(path, { place });
  return corruptFileError(path, { place, cause: err.cause });
}
