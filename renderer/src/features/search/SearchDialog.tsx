import { useState, type KeyboardEvent } from 'react';
import type { SearchHitT } from '../../../../electron/shared/contract/pipelineModels';
import { station } from '../../bridge';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useDebounced } from '../../hooks/useDebounced';
import { useQuery } from '../../hooks/useQuery';
import { useI18n } from '../../i18n/I18nProvider';
import { SearchResults } from './SearchResults';
import './search.css';

const DEBOUNCE_MS = 250;

/**
 * Ctrl+Shift+F: full-text search over the OCR text of every dossier (accents optional). ↑/↓ pick a result, Enter
 * (or a click) opens the dossier at that page.
 */
export function SearchDialog({ onClose, onOpen }: { onClose(): void; onOpen(hit: SearchHitT): void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const q = useDebounced(text.trim(), DEBOUNCE_MS);
  const results = useQuery(() => (q ? station.search.query({ q, limit: 50 }) : Promise.resolve([])), [q]);
  const hits = q ? results.data ?? [] : [];
  const current = Math.min(active, Math.max(0, hits.length - 1));
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive(Math.max(0, Math.min(hits.length - 1, current + (e.key === 'ArrowDown' ? 1 : -1))));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const hit = hits[current];
      if (hit && !results.loading) onOpen(hit);
    }
  };
  return (
    <Dialog title={t('search.title')} onClose={onClose} wide testId="search-dialog">
      <input type="search" className="search-input" value={text} placeholder={t('search.placeholder')} aria-label={t('search.title')}
        onChange={(e) => { setText(e.target.value); setActive(0); }} onKeyDown={onKeyDown} data-testid="content-search" />
      <p className="muted search-hint">
        {q && results.data && !results.loading ? t('search.count', { count: hits.length }) : t('search.hint')}
      </p>
      <ErrorNotice error={q ? results.error : null} />
      {q && !results.loading && results.data?.length === 0 && <p className="empty">{t('search.empty', { q })}</p>}
      <SearchResults hits={hits} query={q} active={current} onOpen={onOpen} />
    </Dialog>
  );
}
