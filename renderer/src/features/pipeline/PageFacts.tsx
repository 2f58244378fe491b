import { useState } from 'react';
import type { PageT } from '../../../../electron/shared/contract/models';
import type { PageProcessingT } from '../../../../electron/shared/contract/pipelineModels';
import { station } from '../../bridge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/Messages';
import { percent } from './ocrWords';

const HINTS: ReadonlyArray<[PageProcessingT['flags'][number], MessageKey]> = [
  ['low-confidence', 'pipeline.hint.low-confidence'],
  ['dropped-text', 'pipeline.hint.dropped-text'],
  ['blank', 'pipeline.hint.blank'],
  ['separator', 'pipeline.hint.separator'],
];

/** What the clerk should check on this page, one sentence per flag; the failure's own message when it failed. */
function FlagHints({ processing }: { processing: PageProcessingT }) {
  const { t } = useI18n();
  return (
    <>
      {HINTS.filter(([flag]) => processing.flags.includes(flag)).map(([flag, hint]) => (
        <p key={flag} className="notice notice-warn" data-flag={flag}>{t(hint)}</p>
      ))}
      {processing.status === 'failed' && processing.error && <p className="notice notice-error">{processing.error.message}</p>}
    </>
  );
}

function CleanupFacts({ processing }: { processing: PageProcessingT }) {
  const { t } = useI18n();
  return (
    <p className="preview-meta muted" data-testid="viewer-facts">
      {t('viewer.facts', {
        deskew: processing.deskewDeg === null ? '—' : processing.deskewDeg.toFixed(1),
        rotation: processing.rotation ?? 0,
        confidence: percent(processing.meanConfidence, 100),
        coverage: percent(processing.coverage, 1),
      })}
    </p>
  );
}

/** Under the viewer: what to check, the scan's and the clean-up's facts, and "Xử lý lại trang này". */
export function PageFacts({ page, processing }: { page: PageT; processing: PageProcessingT | undefined }) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const reprocess = () => { setError(null); station.pipeline.reprocess({ pageId: page.id }).catch(setError); };
  const finished = processing?.status === 'done' || processing?.status === 'failed';
  return (
    <div className="viewer-facts">
      {processing && <FlagHints processing={processing} />}
      <p className="preview-meta muted">
        {page.width}×{page.height} px · {page.dpi} dpi · {page.colorMode} · {Math.round(page.bytes / 1024)} KB · {page.sourceName}
      </p>
      {processing?.status === 'done' && <CleanupFacts processing={processing} />}
      {finished && <button type="button" className="btn btn-small" onClick={reprocess}>{t('pipeline.reprocessPage')}</button>}
      <ErrorNotice error={error} />
    </div>
  );
}
