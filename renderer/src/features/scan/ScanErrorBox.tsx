import { ErrorNotice } from '../../components/ErrorNotice';
import { errorInfo } from '../../components/errorInfo';
import { useI18n } from '../../i18n/I18nProvider';
import type { ScanJob } from './useScanJob';

/** Codes that stop a batch mid-way; fixing the device and pressing "Tiếp tục" continues it (scan.resume). */
const RESUMABLE = new Set(['device/paper-jam', 'device/feeder-empty', 'device/cover-open']);

/** The core marks a failed scan job `details.resumable`; without the mark, the code decides. */
function canResume(scan: ScanJob): boolean {
  const job = scan.job;
  if (job?.state !== 'failed' || !job.error) return false;
  const marked = job.error.details?.['resumable'];
  return typeof marked === 'boolean' ? marked : RESUMABLE.has(errorInfo(scan.error).code);
}

/** The scan error in place: what to do next (Vietnamese first), then Tiếp tục (resume) or Thử lại (same request). */
export function ScanErrorBox({ scan }: { scan: ScanJob }) {
  const { t } = useI18n();
  return (
    <div className="scan-status scan-error-row" data-testid="scan-error">
      <ErrorNotice error={scan.error} />
      <div className="inline-row">
        {canResume(scan)
          ? <button type="button" className="btn btn-primary" onClick={scan.resume} data-testid="scan-resume">{t('scan.resume')}</button>
          : <button type="button" className="btn" onClick={scan.retry} disabled={!scan.request} data-testid="scan-retry">{t('scan.retry')}</button>}
        <button type="button" className="btn btn-ghost-dark" onClick={scan.dismiss}>{t('common.close')}</button>
      </div>
    </div>
  );
}
