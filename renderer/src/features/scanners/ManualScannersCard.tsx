import { useState, type FormEvent } from 'react';
import { ESCL_URL_EXAMPLE, ESCL_URLS_MAX, isEsclUrl, normalizeEsclUrl } from '../../../../electron/shared/domain/esclUrl';
import { station } from '../../bridge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useQuery } from '../../hooks/useQuery';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/Messages';

/** Why an address cannot be added (the same rules as the settings contract), or null. */
function problemOf(url: string, current: readonly string[]): MessageKey | null {
  if (!isEsclUrl(url)) return 'scanners.manualInvalid';
  if (current.includes(url)) return 'scanners.manualDuplicate';
  if (current.length >= ESCL_URLS_MAX) return 'scanners.manualTooMany';
  return null;
}

/** Máy quét mạng (eSCL) nhập tay: settings.esclUrls; each change is saved at once, then the device list reloads. */
export function ManualScannersCard({ onSaved }: { onSaved: () => void }) {
  const { t } = useI18n();
  const settings = useQuery(() => station.settings.get(), []);
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const urls = settings.data?.esclUrls ?? [];
  const save = async (next: string[]): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await station.settings.update({ esclUrls: next });
      settings.reload();
      onSaved();
      return true;
    } catch (err) {
      setError(err);
      return false;
    } finally { setBusy(false); }
  };
  const add = async (e: FormEvent) => {
    e.preventDefault();
    const url = normalizeEsclUrl(draft);
    const p = problemOf(url, urls);
    setProblem(p ? t(p, { max: ESCL_URLS_MAX }) : undefined);
    if (!p && await save([...urls, url])) setDraft('');
  };
  return (
    <section className="card" aria-labelledby="manual-escl-title" data-testid="manual-escl">
      <h2 id="manual-escl-title">{t('scanners.manual')}</h2>
      <p className="muted">{t('scanners.manualIntro')}</p>
      <ErrorNotice error={settings.error} onRetry={settings.reload} />
      {settings.data && urls.length === 0 && <p className="muted">{t('scanners.manualEmpty')}</p>}
      <ul className="select-list" data-testid="manual-escl-list">
        {urls.map((url) => (
          <li key={url} className="inline-row">
            <code className="path">{url}</code>
            <button type="button" className="btn btn-small" disabled={busy} onClick={() => void save(urls.filter((u) => u !== url))}>{t('scanners.manualRemove')}</button>
          </li>
        ))}
      </ul>
      <form onSubmit={(e) => void add(e)} noValidate>
        <Field label={t('scanners.manualAddress')} error={problem}>
          <input name="esclUrl" className="mono" placeholder={ESCL_URL_EXAMPLE} value={draft} onChange={(e) => setDraft(e.target.value)} />
        </Field>
        <ErrorNotice error={error} />
        <div className="form-actions"><button type="submit" className="btn btn-primary" disabled={busy || !settings.data}>{t('scanners.manualAdd')}</button></div>
      </form>
    </section>
  );
}
