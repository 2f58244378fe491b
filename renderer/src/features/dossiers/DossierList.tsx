import { useRef, useState, type ReactNode } from 'react';
import type { DossierT } from '../../../../electron/shared/contract/models';
import { DossierStatus } from '../../../../electron/shared/contract/models';
import { station } from '../../bridge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useDebounced } from '../../hooks/useDebounced';
import { useQuery } from '../../hooks/useQuery';
import { useShortcut } from '../../hooks/useShortcut';
import { useI18n } from '../../i18n/I18nProvider';
import { DossierTable } from './DossierTable';

interface DossierListProps {
  title: string;
  /** Only dossiers of this kind (client-side until the contract filters by kind). */
  kind?: DossierT['kind'];
  onOpen?: (code: string) => void;
  actions?: ReactNode;
  /** Bumped by the parent to force a reload (after a dossier was created). */
  version?: number;
}

const SEARCH_DEBOUNCE_MS = 250;

/** Searchable (debounced, Ctrl+F) and status-filtered list of dossiers (dossiers.list). */
export function DossierList({ title, kind, onOpen, actions, version = 0 }: DossierListProps) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<DossierT['status'] | ''>('');
  const searchRef = useRef<HTMLInputElement>(null);
  const q = useDebounced(query.trim(), SEARCH_DEBOUNCE_MS);
  const list = useQuery(
    () => station.dossiers.list({ limit: 200, ...(q ? { query: q } : {}), ...(status ? { status } : {}) }),
    [q, status, version],
  );
  useShortcut('Ctrl+F', () => { searchRef.current?.focus(); searchRef.current?.select(); });
  const items = (list.data?.items ?? []).filter((d) => !kind || d.kind === kind);
  return (
    <section className="panel" aria-labelledby="list-title">
      <div className="panel-head">
        <h1 id="list-title">{title}</h1>
        <div className="panel-actions">{actions}</div>
      </div>
      <div className="toolbar">
        <input ref={searchRef} type="search" className="search" placeholder={t('dossiers.search')} aria-label={t('dossiers.search')}
          value={query} onChange={(e) => setQuery(e.target.value)} data-testid="dossier-search" />
        <select aria-label={t('dossiers.statusFilter')} value={status} onChange={(e) => setStatus(e.target.value as DossierT['status'] | '')}>
          <option value="">{t('dossiers.allStatuses')}</option>
          {DossierStatus.options.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
        </select>
        {list.data && <span className="muted">{t('dossiers.count', { shown: items.length, total: list.data.total })}</span>}
      </div>
      <ErrorNotice error={list.error} onRetry={list.reload} />
      {items.length > 0 ? <DossierTable items={items} {...(onOpen ? { onOpen } : {})} />
        : !list.loading && <p className="empty">{kind ? t('kind.empty') : t('dossiers.empty')}</p>}
    </section>
  );
}
