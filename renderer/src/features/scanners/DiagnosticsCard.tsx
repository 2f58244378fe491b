import { useState } from 'react';
import type { OutputOf } from '../../../../electron/shared/contract/api';
import { station } from '../../bridge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/I18nProvider';

/** Tạo gói chẩn đoán: devices.diagnostics writes a support bundle and returns its path. */
export function DiagnosticsCard() {
  const { t } = useI18n();
  const [result, setResult] = useState<OutputOf<'devices', 'diagnostics'> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = () => {
    setBusy(true);
    setError(null);
    station.devices.diagnostics().then(setResult, setError).finally(() => setBusy(false));
  };
  return (
    <section className="card" aria-labelledby="diag-title">
      <h2 id="diag-title">{t('scanners.diagnostics')}</h2>
      <p className="muted">{t('scanners.diagnosticsIntro')}</p>
      <button type="button" className="btn" onClick={run} disabled={busy} data-testid="diagnostics">{t('scanners.diagnostics')}</button>
      <ErrorNotice error={error} />
      {result && (
        <p className="notice notice-ok" role="status">
          {t('scanners.diagnosticsDone', { kb: Math.max(1, Math.round(result.bytes / 1024)) })} <code className="path" data-testid="diagnostics-path">{result.path}</code>
        </p>
      )}
    </section>
  );
}
