import { useState } from 'react';
import type { AuditVerifyResultT } from '../../../../electron/shared/contract/models';
import { station } from '../../bridge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/I18nProvider';

/** audit.verify on demand, with an intact / broken-at-entry result. */
export function AuditCard() {
  const { t } = useI18n();
  const [result, setResult] = useState<AuditVerifyResultT | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = () => {
    setBusy(true);
    setError(null);
    station.audit.verify().then(setResult, setError).finally(() => setBusy(false));
  };
  return (
    <section className="card" aria-labelledby="audit-title">
      <h2 id="audit-title">{t('settings.audit')}</h2>
      <p className="muted">{t('settings.auditIntro')}</p>
      <button type="button" className="btn" onClick={run} disabled={busy} data-testid="audit-run">{t('settings.auditRun')}</button>
      <ErrorNotice error={error} />
      {result && (
        <p className={result.ok ? 'notice notice-ok' : 'notice notice-error'} role="status" data-testid="audit-result">
          {result.ok ? t('settings.auditOk', { entries: result.entries })
            : t('settings.auditBroken', { seq: result.brokenAtSeq ?? '?', reason: result.reason ?? '' })}
        </p>
      )}
    </section>
  );
}
