import type { PageTextT } from '../../../../electron/shared/contract/pipelineModels';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/I18nProvider';
import { countLowWords, isLowWord } from './ocrWords';

interface OcrTextPaneProps { text: PageTextT | undefined; error: unknown; ready: boolean }

/** The recognised text line by line; words under the confidence threshold are marked for checking. */
export function OcrTextPane({ text, error, ready }: OcrTextPaneProps) {
  const { t } = useI18n();
  if (!ready) return <p className="ocr-text-note muted" data-testid="ocr-text-pending">{t('viewer.notProcessed')}</p>;
  if (error !== null && error !== undefined) return <ErrorNotice error={error} />;
  if (!text) return <p className="ocr-text-note muted" aria-busy="true">{t('common.loading')}</p>;
  const low = countLowWords(text);
  return (
    <section className="ocr-text" aria-label={t('viewer.text')} data-testid="ocr-text">
      <p className="ocr-text-note muted">
        {low > 0 ? t('viewer.lowWords', { count: low, below: text.lowConfidenceBelow }) : t('viewer.lowNone')}
        {text.corrections.length > 0 && ` ${t('viewer.corrected', { count: text.corrections.length })}`}
      </p>
      {text.lines.length === 0 ? <p className="muted">{t('viewer.noText')}</p> : (
        <div className="ocr-lines" lang="vi">
          {text.lines.map((line, li) => (
            <p key={li} className="ocr-line">
              {line.words.map((w, wi) => {
                const word = isLowWord(w, text.lowConfidenceBelow)
                  ? <mark className="ocr-low" title={t('viewer.wordTitle', { word: w.text, confidence: Math.round(w.confidence) })} data-testid="ocr-low-word">{w.text}</mark>
                  : w.text;
                return <span key={wi}>{wi > 0 && ' '}{word}</span>;
              })}
            </p>
          ))}
        </div>
      )}
    </section>
  );
}
