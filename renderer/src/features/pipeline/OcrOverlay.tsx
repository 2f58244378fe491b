import type { PageTextT } from '../../../../electron/shared/contract/pipelineModels';
import { useI18n } from '../../i18n/I18nProvider';
import { isLowWord } from './ocrWords';

/**
 * The cleaned image with a box around every recognised word, in the image's own pixels (viewBox), so the boxes
 * scale with the image; low-confidence words are filled red.
 */
export function OcrOverlay({ url, text, alt }: { url: string; text: PageTextT; alt: string }) {
  const { t } = useI18n();
  return (
    <svg className="ocr-overlay" viewBox={`0 0 ${text.width} ${text.height}`} preserveAspectRatio="xMidYMid meet" role="img" aria-label={alt}
      data-testid="ocr-overlay">
      <image href={url} x={0} y={0} width={text.width} height={text.height} />
      {text.lines.flatMap((line, li) => line.words.map((w, wi) => {
        const low = isLowWord(w, text.lowConfidenceBelow);
        return (
          <rect key={`${li}-${wi}`} className={low ? 'ocr-box low' : 'ocr-box'} data-testid={low ? 'ocr-box-low' : 'ocr-box'}
            x={w.bbox.x0} y={w.bbox.y0} width={Math.max(1, w.bbox.x1 - w.bbox.x0)} height={Math.max(1, w.bbox.y1 - w.bbox.y0)}>
            <title>{t('viewer.wordTitle', { word: w.text, confidence: Math.round(w.confidence) })}</title>
          </rect>
        );
      }))}
    </svg>
  );
}
