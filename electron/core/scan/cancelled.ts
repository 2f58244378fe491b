import { AppError } from '../../shared/errors/AppError';

/** The one error a cancelled scan or job ends with, whatever layer noticed the abort. */
export function cancelledError(): AppError {
  return new AppError('job/cancelled', 'Đã hủy theo yêu cầu.');
}

/** Throws `job/cancelled` when the signal has fired; called between pages and files. */
export function checkAborted(signal: AbortSignal): void {
  if (signal.aborted) throw cancelledError();
}
