import { useState, type FormEvent } from 'react';
import { station } from '../../bridge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { issuesByField } from '../../components/errorInfo';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { AuthLayout } from './AuthLayout';

/** First run: "Tạo tài khoản quản trị" (auth.setupFirstAdmin); the router's Vietnamese issues show per field. */
export function SetupAdminScreen({ onDone }: { onDone(): void }) {
  const { t } = useI18n();
  const [form, setForm] = useState({ username: '', fullName: '', password: '', confirm: '' });
  const [error, setError] = useState<unknown>(null);
  const [mismatch, setMismatch] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setMismatch(form.password !== form.confirm);
    if (form.password !== form.confirm) return;
    setBusy(true);
    setError(null);
    try {
      await station.auth.setupFirstAdmin({ username: form.username, fullName: form.fullName, password: form.password });
      // The core signs the new admin in; sign out so the first sign-in proves the password was typed as meant.
      await station.auth.signOut();
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const issues = issuesByField(error);
  return (
    <AuthLayout title={t('auth.setupTitle')}>
      <p className="muted">{t('auth.setupIntro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="setup-form">
        <Field label={t('auth.username')} error={issues.username}><input name="username" autoComplete="username" value={form.username} onChange={set('username')} required /></Field>
        <Field label={t('auth.fullName')} error={issues.fullName}><input name="fullName" autoComplete="name" value={form.fullName} onChange={set('fullName')} required /></Field>
        <Field label={t('auth.password')} error={issues.password}><input name="password" type="password" autoComplete="new-password" value={form.password} onChange={set('password')} required /></Field>
        <Field label={t('auth.passwordConfirm')} error={mismatch ? t('auth.passwordMismatch') : undefined}><input name="confirm" type="password" autoComplete="new-password" value={form.confirm} onChange={set('confirm')} required /></Field>
        <ErrorNotice error={error} />
        <button type="submit" className="btn btn-primary btn-block" disabled={busy}>{t('auth.createAdmin')}</button>
      </form>
    </AuthLayout>
  );
}
