import { useState } from 'react';
import { station } from '../../bridge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/I18nProvider';

/** "In tờ phân cách": writes the printable separator sheet (Patch T + QR) as a PDF and shows where it is. */
export function SeparatorSheetCard() {
  const { t } = useI18n();
  const [path, setPath] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const make = () => {
    setBusy(true);
    setError(null);
    station.pipeline.separatorSheet({}).then((r) => setPath(r.path), setError).finally(() => setBusy(false));
  };
  return (
    <section className="card" aria-labelledby="separator-title" data-testid="separator-card">
      <h2 id="separator-title">{t('separator.title')}</h2>
      <p className="muted">{t('separator.intro')}</p>
      <button type="button" className="btn btn-primary" onClick={make} disabled={busy} data-testid="separator-print">{t('separator.print')}</button>
      {path && (
        <p className="notice notice-ok" role="status">{t('separator.saved')} <span className="mono path" data-testid="separator-path">{path}</span></p>
      )}
      <ErrorNotice error={error} />
    </section>
  );
}
