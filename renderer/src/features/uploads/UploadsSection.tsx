import { useEffect } from 'react';
import { station } from '../../bridge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useQuery } from '../../hooks/useQuery';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDate } from '../dossiers/formatDate';

/** Hàng đợi tải lên: every job of the station (jobs.list), refreshed on job events. */
export function UploadsSection() {
  const { t, lang } = useI18n();
  const jobs = useQuery(() => station.jobs.list(), []);
  const { reload } = jobs;
  useEffect(() => {
    const offs = [station.on('job.finished', reload), station.on('job.progressed', reload)];
    return () => offs.forEach((off) => off());
  }, [reload]);
  const items = [...(jobs.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <section className="panel" aria-labelledby="uploads-title">
      <div className="panel-head"><h1 id="uploads-title">{t('uploads.title')}</h1></div>
      <p className="muted">{t('uploads.intro')}</p>
      <ErrorNotice error={jobs.error} onRetry={reload} />
      {items.length === 0 && !jobs.loading ? <p className="empty">{t('uploads.empty')}</p> : (
        <table className="table" data-testid="jobs-table">
          <thead><tr>
            <th>{t('uploads.col.title')}</th><th>{t('uploads.col.dossier')}</th><th>{t('uploads.col.state')}</th>
            <th>{t('uploads.col.progress')}</th><th>{t('uploads.col.updated')}</th>
          </tr></thead>
          <tbody>
            {items.map((j) => (
              <tr key={j.id}>
                <td>{j.title}</td>
                <td className="mono">{j.dossierCode ?? t('common.none')}</td>
                <td><span className={`badge badge-job-${j.state}`}>{t(`job.state.${j.state}`)}</span></td>
                <td>{j.progress.total === null ? j.progress.done : t('job.progress', { done: j.progress.done, total: j.progress.total })}</td>
                <td>{formatDate(j.updatedAt, lang)} {new Date(j.updatedAt).toLocaleTimeString(lang === 'vi' ? 'vi-VN' : 'en-GB')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
