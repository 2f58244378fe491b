import type { ReactNode } from 'react';
import type { PageProcessingT, PageTextT } from '../../../../electron/shared/contract/pipelineModels';
import { useI18n } from '../../i18n/I18nProvider';
import { usePageImage } from '../dossier/usePageImage';
import { OcrOverlay } from './OcrOverlay';
import type { ImageMode } from './viewMode';

interface ViewerFramesProps {
  pageId: string;
  processing: PageProcessingT | undefined;
  mode: ImageMode;
  /** Word boxes to draw over the cleaned image (text mode), when loaded. */
  text: PageTextT | undefined;
  alt: string;
}

function Placeholder({ note }: { note?: string }) {
  return <div className="viewer-placeholder" aria-busy={note ? undefined : true}>{note && <p className="muted">{note}</p>}</div>;
}

function Frame({ kind, label, children }: { kind: 'original' | 'cleaned'; label: string; children: ReactNode }) {
  return (
    <figure className="viewer-frame" data-frame={kind}>
      <figcaption>{label}</figcaption>
      <div className="viewer-image">{children}</div>
    </figure>
  );
}

function OriginalImage({ pageId, alt }: { pageId: string; alt: string }) {
  const { url } = usePageImage(pageId, 'full');
  return url ? <img src={url} alt={alt} data-testid="preview-img" /> : <Placeholder />;
}

/** The cleaned image (`derived`, re-fetched when the pipeline makes a new one), with word boxes in text mode. */
function CleanedImage({ processing, text, alt }: { processing: PageProcessingT | undefined; text: PageTextT | undefined; alt: string }) {
  const { t } = useI18n();
  const ready = processing?.status === 'done' && processing.derived !== null;
  const version = processing?.derived?.sha256 ?? '';
  const { url } = usePageImage(ready ? processing.pageId : null, 'derived', version);
  if (!ready) return <Placeholder note={t('viewer.cleanedPending')} />;
  if (!url) return <Placeholder />;
  if (text) return <OcrOverlay url={url} text={text} alt={alt} />;
  return <img src={url} alt={alt} data-testid="viewer-cleaned" />;
}

/** Original (`full`) and cleaned (`derived`) images side by side or alone; word boxes go on the cleaned one. */
export function ViewerFrames({ pageId, processing, mode, text, alt }: ViewerFramesProps) {
  const { t } = useI18n();
  return (
    <div className={`viewer-frames mode-${mode}`}>
      {mode !== 'cleaned' && (
        <Frame kind="original" label={t('viewer.original')}><OriginalImage pageId={pageId} alt={`${alt} — ${t('viewer.original')}`} /></Frame>
      )}
      {mode !== 'original' && (
        <Frame kind="cleaned" label={t('viewer.cleaned')}><CleanedImage processing={processing} text={text} alt={`${alt} — ${t('viewer.cleaned')}`} /></Frame>
      )}
    </div>
  );
}
