import type { DossierDetailT } from '../../../../electron/shared/contract/models';
import { ErrorNotice } from '../../components/ErrorNotice';
import { errorInfo } from '../../components/errorInfo';
import { useI18n } from '../../i18n/I18nProvider';
import type { ScanJob } from './useScanJob';

/** Stops the batch mid-way; fixing the device and pressing "Tiếp tục" resumes where it stopped (scan.resume). */
const RESUMABLE = new Set(['device/paper-jam', 'device/feeder-empty', 'device/cover-open']);

type Docs = DossierDetailT['documents'];

function targetDocument(scan: ScanJob, documents: Docs) {
  if (scan.documentId) return documents.find((d) => d.id === scan.documentId) ?? null;
  const index = scan.request?.componentIndex;
  return index === undefined ? null : documents.find((d) => d.componentIndex === index) ?? null;
}

/** Live progress ("Trang N/M" when the document has a counted sheet number), the outcome, or the error in place. */
export function ScanStatus({ scan, documents }: { scan: ScanJob; documents: Docs }) {
  const { t } = useI18n();
  const doc = targetDocument(scan, documents);
  const expected = doc?.expectedPages ?? null;
  const n = doc && expected !== null ? doc.pages.length : scan.added;
  if (scan.error !== null && scan.error !== undefined) {
    const code = errorInfo(scan.error).code;
    const canResume = RESUMABLE.has(code) && scan.job?.state === 'failed';
    return (
      <div className="scan-status" data-testid="scan-error">
        <ErrorNotice error={scan.error} />
        <div className="inline-row">
          {canResume
            ? <button type="button" className="btn btn-primary" onClick={scan.resume} data-testid="scan-resume">{t('scan.resume')}</button>
            : <button type="button" className="btn" onClick={scan.retry} disabled={!scan.request}>{t('scan.retry')}</button>}
          <button type="button" className="btn btn-ghost-dark" onClick={scan.dismiss}>{t('common.close')}</button>
        </div>
      </div>
    );
  }
  if (!scan.job && !scan.running) return null;
  const state = scan.job?.state ?? 'queued';
  const label = expected !== null ? t('scan.progressExpected', { n, m: expected }) : t('scan.progressCount', { n });
  return (
    <div className="scan-status" data-testid="scan-progress" data-state={state}>
      <div className="job-progress-row">
        <progress max={expected ?? undefined} value={expected !== null ? Math.min(n, expected) : undefined} aria-label={t('scan.running')} />
        <span className="job-progress-count" data-testid="scan-count">{label}</span>
        <span className={`badge badge-job-${state}`}>{t(`job.state.${state}`)}</span>
      </div>
      {state === 'succeeded' && <p className="notice notice-ok" role="status">{t('scan.done', { n: scan.added })}</p>}
      {state === 'cancelled' && <p className="notice notice-info" role="status">{t('scan.cancelled')}</p>}
    </div>
  );
}
