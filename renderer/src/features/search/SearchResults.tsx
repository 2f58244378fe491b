import { useEffect, useRef } from 'react';
import type { SearchHitT } from '../../../../electron/shared/contract/pipelineModels';
import { useI18n } from '../../i18n/I18nProvider';
import { Snippet } from './Snippet';

interface SearchResultsProps { hits: readonly SearchHitT[]; query: string; active: number; onOpen(hit: SearchHitT): void }

/** One row per matching page: dossier code, document and page, and the excerpt with the match marked. */
export function SearchResults({ hits, query, active, onOpen }: SearchResultsProps) {
  const { t } = useI18n();
  const listRef = useRef<HTMLUListElement>(null);
  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  if (hits.length === 0) return null;
  return (
    <ul ref={listRef} className="search-results" role="listbox" aria-label={t('search.results')} data-testid="search-results">
      {hits.map((hit, i) => (
        <li key={`${hit.pageId}-${i}`} role="option" aria-selected={i === active} className={i === active ? 'search-hit active' : 'search-hit'}
          data-testid="search-hit" data-page-id={hit.pageId} data-dossier={hit.dossierCode} onClick={() => onOpen(hit)}>
          <div className="search-hit-head">
            <span className="mono">{hit.dossierCode}</span>
            <span className="muted">{t('search.where', { doc: hit.documentName, n: hit.position })}</span>
          </div>
          <Snippet text={hit.snippet} query={query} />
        </li>
      ))}
    </ul>
  );
}
