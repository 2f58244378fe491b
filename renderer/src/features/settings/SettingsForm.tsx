import { useState, type FormEvent } from 'react';
import type { OutputOf } from '../../../../electron/shared/contract/api';
import { station } from '../../bridge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { issuesByField } from '../../components/errorInfo';
import { Field } from '../../components/Field';
import { useQuery } from '../../hooks/useQuery';
import { useI18n } from '../../i18n/I18nProvider';
import type { Lang } from '../../i18n/Messages';

/** settings.get / settings.update: hot folder, outbox and interface language. */
export function SettingsForm() {
  const { t } = useI18n();
  const settings = useQuery(() => station.settings.get(), []);
  return (
    <section className="card" aria-labelledby="settings-form-title">
      <h2 id="settings-form-title">{t('settings.formTitle')}</h2>
      <ErrorNotice error={settings.error} onRetry={settings.reload} />
      {settings.data && <SettingsFields initial={settings.data} />}
    </section>
  );
}

function SettingsFields({ initial }: { initial: OutputOf<'settings', 'get'> }) {
  const { t, setLang } = useI18n();
  const [form, setForm] = useState<{ hotFolder: string; outboxDir: string; language: Lang }>({ hotFolder: initial.hotFolder ?? '', outboxDir: initial.outboxDir, language: initial.language });
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setSaved(false);
    try {
      await station.settings.update({ hotFolder: form.hotFolder.trim() || null, outboxDir: form.outboxDir.trim(), language: form.language });
      setLang(form.language);
      setSaved(true);
    } catch (err) {
      setError(err);
    }
  };
  const issues = issuesByField(error);
  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="settings-form">
      <Field label={t('settings.hotFolder')} hint={t('settings.hotFolderHint')} error={issues.hotFolder}>
        <input name="hotFolder" className="mono" value={form.hotFolder} onChange={(e) => setForm({ ...form, hotFolder: e.target.value })} />
      </Field>
      <Field label={t('settings.outbox')} error={issues.outboxDir}>
        <input name="outboxDir" className="mono" value={form.outboxDir} onChange={(e) => setForm({ ...form, outboxDir: e.target.value })} />
      </Field>
      <Field label={t('settings.language')}>
        <select name="language" value={form.language} onChange={(e) => setForm({ ...form, language: e.target.value === 'en' ? 'en' : 'vi' })}>
          <option value="vi">Tiếng Việt</option>
          <option value="en">English</option>
        </select>
      </Field>
      {error !== null && <ErrorNotice error={error} />}
      {saved && <p className="notice notice-ok" role="status">{t('common.saved')}</p>}
      <div className="form-actions"><button type="submit" className="btn btn-primary">{t('common.save')}</button></div>
    </form>
  );
}
