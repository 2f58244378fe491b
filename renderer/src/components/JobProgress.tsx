import type { JobT } from '../../../electron/shared/contract/models';
import { drop } from '../../../electron/shared/util/drop';
import { station } from '../bridge';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorNotice } from './ErrorNotice';
import { AppError } from '../../../electron/shared/errors/AppError';

/** Progress bar with the job's note, a Stop button while it runs, and its error (in Vietnamese) when it fails. */
export function JobProgress({ job }: { job: JobT }) {
  const { t } = useI18n();
  const { done, total, note } = job.progress;
  const running = job.state === 'queued' || job.state === 'running';
  const max = total ?? undefined;
  const label = total === null ? String(done) : t('job.progress', { done, total });
  return (
    <div className="job-progress" data-testid="job-progress" data-state={job.state}>
      <div className="job-progress-row">
        <progress max={max} value={job.state === 'succeeded' && total !== null ? total : done} aria-label={job.title} />
        <span className="job-progress-count">{label}</span>
        <span className={`badge badge-job-${job.state}`}>{t(`job.state.${job.state}`)}</span>
        {running && (
          <button type="button" className="btn btn-small" onClick={() => drop(station.jobs.cancel({ jobId: job.id }))}>
            {t('job.cancel')}
          </button>
        )}
      </div>
      {note && <p className="job-progress-note">{note}</p>}
      {job.state === 'failed' && job.error && <ErrorNotice error={AppError.fromWire({ ...job.error, code: job.error.code as AppError['code'] })} />}
    </div>
  );
}
