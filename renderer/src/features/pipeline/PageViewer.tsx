import { useState } from 'react';
import type { PageProcessingT } from '../../../../electron/shared/contract/pipelineModels';
import { useShortcut } from '../../hooks/useShortcut';
import { useI18n } from '../../i18n/I18nProvider';
import type { GridPage } from '../dossier/gridRows';
import { OcrTextPane } from './OcrTextPane';
import { PageBadges } from './PageBadges';
import { PageFacts } from './PageFacts';
import { usePageText } from './usePageText';
import { ViewerFrames } from './ViewerFrames';
import { IMAGE_MODE_LABEL, nextImageMode, type ImageMode } from './viewMode';
import './pipeline.css';

interface PageViewerProps {
  item: GridPage | null;
  processing: PageProcessingT | undefined;
  expanded: boolean;
  onToggleExpand(): void;
  /** Shortcuts (T, O, F) only while the viewer is the pane shown. */
  active: boolean;
}

/**
 * The selected page: original and cleaned side by side (O cycles both / cleaned / original), the OCR text with
 * low-confidence words marked on the image and in a text pane (T), and the page's clean-up facts.
 */
export function PageViewer({ item, processing, expanded, onToggleExpand, active }: PageViewerProps) {
  const { t } = useI18n();
  const [mode, setMode] = useState<ImageMode>('both');
  const [showText, setShowText] = useState(false);
  const text = usePageText(processing, showText && item !== null);
  useShortcut('T', () => setShowText((s) => !s), active);
  useShortcut('O', () => setMode(nextImageMode), active);
  useShortcut('F', onToggleExpand, active);
  if (!item) return <div className="viewer viewer-empty">{t('dossier.selectPage')}</div>;
  const { page, doc, n } = item;
  const alt = `${doc.name} — ${t('dossier.page', { n })}`;
  return (
    <div className="viewer" data-testid="page-viewer" data-mode={mode} data-text={showText ? 'on' : 'off'}>
      <div className="preview-head viewer-head">
        <strong>{t('dossier.page', { n })}</strong>
        <span className="muted truncate" title={doc.name}>{doc.name}</span>
        <PageBadges processing={processing} />
      </div>
      <div className="viewer-tools" role="toolbar" aria-label={t('viewer.cycle')}>
        <button type="button" className="btn btn-small" onClick={() => setMode(nextImageMode)} data-testid="viewer-mode">
          {t(IMAGE_MODE_LABEL[mode])} <kbd>O</kbd>
        </button>
        <button type="button" className={showText ? 'btn btn-small active' : 'btn btn-small'} aria-pressed={showText}
          onClick={() => setShowText((s) => !s)} data-testid="viewer-text-toggle">{t('viewer.text')} <kbd>T</kbd></button>
        <button type="button" className="btn btn-small" aria-pressed={expanded} onClick={onToggleExpand}>
          {t(expanded ? 'viewer.shrink' : 'viewer.expand')} <kbd>F</kbd>
        </button>
      </div>
      <ViewerFrames pageId={page.id} processing={processing} mode={mode} text={showText ? text.text : undefined} alt={alt} />
      {showText && <OcrTextPane text={text.text} error={text.error} ready={text.ready} />}
      <PageFacts page={page} processing={processing} />
    </div>
  );
}
