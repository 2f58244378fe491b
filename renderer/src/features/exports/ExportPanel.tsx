import type { JobT } from '../../../../electron/shared/contract/models';
import { JobProgress } from '../../components/JobProgress';
import { useI18n } from '../../i18n/I18nProvider';

/** The exported file's path from the job result (`path`, else the first string value). */
export function resultPath(job: JobT): string | null {
  const result = job.result;
  if (!result) return null;
  if (typeof result.path === 'string') return result.path;
  const first = Object.values(result).find((v): v is string => typeof v === 'string');
  return first ?? null;
}

/** Export progress and, when done, the resulting file path (selectable, to copy into the TTHC system). */
export function ExportPanel({ job }: { job: JobT }) {
  const { t } = useI18n();
  const path = job.state === 'succeeded' ? resultPath(job) : null;
  return (
    <div className="export-panel" data-testid="export-panel">
      <JobProgress job={job} />
      {path && <p className="notice notice-ok" role="status">{t('export.done')} <code className="path" data-testid="export-path">{path}</code></p>}
    </div>
  );
}
