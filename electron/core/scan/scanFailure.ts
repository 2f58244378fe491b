import type { ErrorCode } from '../../shared/errors/errorCodes';
import { AppError } from '../../shared/errors/AppError';

/**
 * Failures the clerk can fix at the device and then continue the same batch (`scan.resume`): clear the jam,
 * reload the feeder, close the cover, reconnect the scanner, or simply retry after the device host restarted.
 * Anything else (bad settings, unsupported source, a missing dossier) would fail the same way again.
 */
const RESUMABLE: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'device/paper-jam', 'device/feeder-empty', 'device/cover-open', 'device/offline', 'device/busy', 'device/warming-up',
  'device/communication', 'device/not-found', 'host/crashed', 'host/timeout', 'store/io',
]);

export interface FailureCounts {
  /** Pages this job stored before the error (all of them are kept). */
  pagesScanned: number;
  /** Pages of the whole batch, including earlier jobs of it. */
  batchPages: number;
  documentId: string;
}

/** The job's error: the driver's typed error, with what was kept and whether `scan.resume` can continue. */
export function scanFailure(err: AppError, counts: FailureCounts): AppError {
  const resumable = RESUMABLE.has(err.code);
  return new AppError(err.code, err.message, {
    retryable: err.retryable || resumable,
    details: { ...(err.details ?? {}), ...counts, resumable },
    cause: err,
  });
}

/** VN-DG-05 d: the second capture (without the note) did not come; the first one is kept. */
export function noteCaptureIncomplete(counts: FailureCounts): AppError {
  return new AppError('device/feeder-empty', 'Mới chụp được bản có giấy ghi chú. Hãy gỡ giấy ghi chú, đặt lại trang đó vào máy quét rồi bấm “Quét tiếp” để chụp bản không có ghi chú.', {
    retryable: true,
    details: { ...counts, resumable: true, noteCapture: 'without-note-missing' },
  });
}

export function notResumable(message: string, jobId: string): AppError {
  return new AppError('scan/not-resumable', message, { details: { jobId } });
}
