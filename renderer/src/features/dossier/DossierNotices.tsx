import type { DocumentT, JobT } from '../../../../electron/shared/contract/models';
import { ErrorNotice } from '../../components/ErrorNotice';
import { errorInfo } from '../../components/errorInfo';
import { useI18n } from '../../i18n/I18nProvider';
import { ExportPanel } from '../exports/ExportPanel';

interface DossierNoticesProps {
  exporter: { error: unknown; job: JobT | null };
  finisher: { error: unknown; done: boolean };
  /** Documents whose OCR metadata is not confirmed (listed when finishing is refused for that). */
  unconfirmedDocs: readonly DocumentT[];
  onOpenMetadata(documentId: string): void;
}

/** Under the header: the outcome of Hoàn tất số hóa (page-count mismatch, unconfirmed details) and the export progress. */
export function DossierNotices({ exporter, finisher, unconfirmedDocs, onOpenMetadata }: DossierNoticesProps) {
  const { t } = useI18n();
  const unconfirmed = finisher.error !== null && errorInfo(finisher.error).code === 'metadata/unconfirmed';
  return (
    <>
      {finisher.error !== null && (
        <div data-testid="finish-error">
          <ErrorNotice error={finisher.error} />
          {unconfirmed && unconfirmedDocs.length > 0 && (
            <div className="notice notice-warn unconfirmed-docs" data-testid="unconfirmed-docs">
              <p>{t('metadata.unconfirmedDocs')}</p>
              <ul>
                {unconfirmedDocs.map((d) => (
                  <li key={d.id}>{d.name} <button type="button" className="btn btn-small" onClick={() => onOpenMetadata(d.id)}>{t('metadata.openDoc')}</button></li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
      {finisher.done && <p className="notice notice-ok" role="status" data-testid="finish-done">{t('finish.done')}</p>}
      {exporter.error !== null && <ErrorNotice error={exporter.error} />}
      {exporter.job && <ExportPanel job={exporter.job} />}
    </>
  );
}
