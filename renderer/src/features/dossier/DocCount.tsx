import { useState, type KeyboardEvent } from 'react';
import type { DocumentT } from '../../../../electron/shared/contract/models';
import { station } from '../../bridge';
import { errorInfo } from '../../components/errorInfo';
import { useI18n } from '../../i18n/I18nProvider';

interface DocCountProps { doc: DocumentT; pages: number; onSaved(): void }

function parseCount(text: string): number | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const n = Number(trimmed);
  return Number.isInteger(n) && n >= 1 && n <= 5000 ? n : 'invalid';
}

/** "Số tờ đã đếm" for one document, edited inline (Enter or leaving the field saves), with a ≠ / ✓ indicator. */
export function DocCount({ doc, pages, onSaved }: DocCountProps) {
  const { t, errorText } = useI18n();
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = text ?? (doc.expectedPages === null ? '' : String(doc.expectedPages));
  const save = () => {
    if (text === null) return;
    const value = parseCount(text);
    if (value === 'invalid') { setError(errorText('ipc/invalid-input')); return; }
    if (value === doc.expectedPages) { setText(null); return; }
    station.documents.setExpectedPages({ documentId: doc.id, expectedPages: value }).then(
      () => { setText(null); setError(null); onSaved(); },
      (err: unknown) => setError(errorInfo(err).detail || t('counts.saveFailed')),
    );
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    e.stopPropagation(); // arrows and Home/End edit the number, not the page selection
    if (e.key === 'Enter') save();
    if (e.key === 'Escape' && text !== null) { setText(null); setError(null); }
  };
  const expected = doc.expectedPages;
  return (
    <span className="doc-count" data-testid="doc-count" data-document-id={doc.id}>
      <label>
        <span className="doc-count-label">{t('counts.expected')}</span>
        <input type="number" min={1} max={5000} inputMode="numeric" className="doc-count-input" value={shown} aria-invalid={error ? true : undefined}
          onChange={(e) => setText(e.target.value)} onBlur={save} onKeyDown={onKeyDown} title={error ?? undefined} />
      </label>
      {expected !== null && (expected === pages
        ? <span className="badge badge-match">{t('counts.match')}</span>
        : <span className="badge badge-mismatch" data-testid="count-mismatch" role="status">{t('counts.mismatch', { pages, expected })}</span>)}
      {error && <span className="field-error" role="alert">{error}</span>}
    </span>
  );
}
