import type { JobT } from '../../../../electron/shared/contract/models';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/I18nProvider';
import { ExportPanel } from '../exports/ExportPanel';

interface DossierNoticesProps {
  exporter: { error: unknown; job: JobT | null };
  finisher: { error: unknown; done: boolean };
}

/** Under the header: the outcome of Hoàn tất số hóa (e.g. the page-count mismatch) and the export progress. */
export function DossierNotices({ exporter, finisher }: DossierNoticesProps) {
  const { t } = useI18n();
  return (
    <>
      {finisher.error !== null && <div data-testid="finish-error"><ErrorNotice error={finisher.error} /></div>}
      {finisher.done && <p className="notice notice-ok" role="status" data-testid="finish-done">{t('finish.done')}</p>}
      {exporter.error !== null && <ErrorNotice error={exporter.error} />}
      {exporter.job && <ExportPanel job={exporter.job} />}
    </>
  );
}
