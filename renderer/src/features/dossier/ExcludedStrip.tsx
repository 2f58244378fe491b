import { useState } from 'react';
import { station } from '../../bridge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/I18nProvider';
import type { ExcludedPage } from './excludedPages';
import { usePageImage } from './usePageImage';

function ExcludedCard({ item, onInclude, busy }: { item: ExcludedPage; onInclude(): void; busy: boolean }) {
  const { t } = useI18n();
  const { url } = usePageImage(item.page.id, 'thumb');
  const where = t('excluded.where', { doc: item.doc.name, n: item.n });
  return (
    <li className="excluded-card" data-testid="excluded-page" data-page-id={item.page.id} data-reason={item.reason}>
      <span className="excluded-thumb">{url ? <img src={url} alt={where} /> : <span className="thumb-placeholder" aria-hidden="true" />}</span>
      <span className="excluded-info">
        <span className="badge page-badge tone-warn">{t(`excluded.reason.${item.reason}`)}</span>
        <span className="muted truncate" title={where}>{where}</span>
        <button type="button" className="btn btn-small" onClick={onInclude} disabled={busy} data-testid="include-page">{t('excluded.include')}</button>
      </span>
    </li>
  );
}

/** "Trang đã tách riêng": blank pages and separator sheets left out of the PDF, each put back with one click. */
export function ExcludedStrip({ items, onChanged }: { items: readonly ExcludedPage[]; onChanged(): void }) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  if (items.length === 0) return null;
  const include = (pageId: string) => {
    setBusy(pageId);
    setError(null);
    station.pages.include({ pageId }).then(onChanged, setError).finally(() => setBusy(null));
  };
  return (
    <section className="excluded-strip" aria-labelledby="excluded-title" data-testid="excluded-strip">
      <h3 id="excluded-title">{t('excluded.title')} <span className="muted">({items.length})</span></h3>
      <p className="muted excluded-intro">{t('excluded.intro')}</p>
      <ul className="excluded-list">
        {items.map((item) => <ExcludedCard key={item.page.id} item={item} busy={busy === item.page.id} onInclude={() => include(item.page.id)} />)}
      </ul>
      <ErrorNotice error={error} />
    </section>
  );
}
