import type { DossierDetailT, JobStateT } from '../../../../electron/shared/contract/models';
import { useI18n } from '../../i18n/I18nProvider';
import { ScanErrorBox } from './ScanErrorBox';
import type { ScanJob } from './useScanJob';

type Docs = DossierDetailT['documents'];

function targetDocument(scan: ScanJob, documents: Docs) {
  if (scan.documentId) return documents.find((d) => d.id === scan.documentId) ?? null;
  const index = scan.request?.componentIndex;
  return index === undefined ? null : documents.find((d) => d.componentIndex === index) ?? null;
}

/** "Trang N/M" against the document's counted sheets when known, else the pages scanned in this batch. */
function progressOf(scan: ScanJob, documents: Docs): { n: number; m: number | null } {
  const doc = targetDocument(scan, documents);
  const m = doc?.expectedPages ?? null;
  return { n: doc && m !== null ? doc.pages.length : scan.added, m };
}

/** Live progress while the batch runs, its outcome, or the error in place with the action to take. */
export function ScanStatus({ scan, documents }: { scan: ScanJob; documents: Docs }) {
  if (scan.error !== null && scan.error !== undefined) return <ScanErrorBox scan={scan} />;
  if (!scan.job && !scan.running) return null;
  return <ScanProgress state={scan.job?.state ?? 'queued'} added={scan.added} {...progressOf(scan, documents)} />;
}

function ScanProgress({ state, added, n, m }: { state: JobStateT; added: number; n: number; m: number | null }) {
  const { t } = useI18n();
  const final = state === 'succeeded' || state === 'cancelled';
  const max = m ?? (final ? 1 : undefined);
  const value = m !== null ? Math.min(n, m) : (final ? 1 : undefined);
  return (
    <div className="scan-status" data-testid="scan-progress" data-state={state}>
      <div className="job-progress-row">
        <progress max={max} value={value} aria-label={t('scan.running')} />
        <span className="job-progress-count" data-testid="scan-count">{m !== null ? t('scan.progressExpected', { n, m }) : t('scan.progressCount', { n })}</span>
        <span className={`badge badge-job-${state}`}>{t(`job.state.${state}`)}</span>
      </div>
      {state === 'succeeded' && <p className="notice notice-ok" role="status">{t('scan.done', { n: added })}</p>}
      {state === 'cancelled' && <p className="notice notice-info" role="status">{t('scan.cancelled')}</p>}
    </div>
  );
}
