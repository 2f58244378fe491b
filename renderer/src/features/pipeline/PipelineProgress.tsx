import { useState } from 'react';
import type { PageProcessingT } from '../../../../electron/shared/contract/pipelineModels';
import { station } from '../../bridge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/I18nProvider';
import { pipelineCounts } from './pageBadges';
import './pipeline.css';

interface PipelineProgressProps {
  pageIds: readonly string[];
  byPage: ReadonlyMap<string, PageProcessingT>;
  error: unknown;
  onRetry(): void;
}

/** "Đã nhận dạng 12/40 trang": the dossier's clean-up/OCR progress, failed pages with "Xử lý lại". */
export function PipelineProgress({ pageIds, byPage, error, onRetry }: PipelineProgressProps) {
  const { t } = useI18n();
  const [callError, setCallError] = useState<unknown>(null);
  const counts = pipelineCounts(pageIds, byPage);
  if (error !== null && error !== undefined) return <ErrorNotice error={error} onRetry={onRetry} />;
  if (counts.total === 0) return null;
  const complete = counts.pending === 0;
  const failedIds = pageIds.filter((id) => byPage.get(id)?.status === 'failed');
  const reprocess = () => {
    setCallError(null);
    Promise.all(failedIds.map((pageId) => station.pipeline.reprocess({ pageId }))).catch(setCallError);
  };
  return (
    <div className="pipeline-progress" data-testid="pipeline-progress" data-state={complete ? 'complete' : 'running'}>
      <div className="job-progress-row">
        <progress max={counts.total} value={counts.done + counts.failed} aria-label={t('pipeline.label')} />
        <span className="pipeline-count" data-testid="pipeline-count">
          {t(complete ? 'pipeline.progressDone' : 'pipeline.progress', { done: counts.done, total: counts.total })}
        </span>
        {counts.failed > 0 && (
          <>
            <span className="badge page-badge tone-danger">{t('pipeline.failedCount', { count: counts.failed })}</span>
            <button type="button" className="btn btn-small" onClick={reprocess}>{t('pipeline.reprocessFailed')}</button>
          </>
        )}
      </div>
      <ErrorNotice error={callError} />
    </div>
  );
}
