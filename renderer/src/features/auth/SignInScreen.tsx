import { useState, type FormEvent } from 'react';
import type { UserT } from '../../../../electron/shared/contract/models';
import { station } from '../../bridge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { AuthLayout } from './AuthLayout';

/** Sign-in (auth.signIn). The session lives in the core; a reload keeps the user signed in. */
export function SignInScreen({ notice, onSignedIn }: { notice: string | null; onSignedIn(user: UserT): void }) {
  const { t } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await station.auth.signIn({ username: username.trim(), password }));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return (
    <AuthLayout title={t('auth.signInTitle')}>
      {notice && <p className="notice notice-ok" role="status">{notice}</p>}
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="signin-form">
        <Field label={t('auth.username')}><input name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} /></Field>
        <Field label={t('auth.password')}><input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} /></Field>
        <ErrorNotice error={error} />
        <button type="submit" className="btn btn-primary btn-block" disabled={busy}>{t('auth.signIn')}</button>
      </form>
    </AuthLayout>
  );
}
