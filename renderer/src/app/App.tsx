import { useState } from 'react';
import type { UserT } from '../../../electron/shared/contract/models';
import { station } from '../bridge';
import { ErrorNotice } from '../components/ErrorNotice';
import { SetupAdminScreen } from '../features/auth/SetupAdminScreen';
import { SignInScreen } from '../features/auth/SignInScreen';
import { useQuery } from '../hooks/useQuery';
import { useI18n } from '../i18n/I18nProvider';
import { Shell } from './Shell';

/** Auth gate: first-run administrator setup, then sign-in, then the application shell. */
export function App() {
  const { t } = useI18n();
  const status = useQuery(() => station.auth.status(), []);
  const [user, setUser] = useState<UserT | null>(null);
  const [setupDone, setSetupDone] = useState(false);
  if (status.error) return <main className="center-screen"><ErrorNotice error={status.error} onRetry={status.reload} /></main>;
  if (!status.data) return <main className="center-screen" aria-busy="true">{t('common.loading')}</main>;
  const current = user ?? status.data.user;
  if (current) {
    return <Shell user={current} onSignedOut={() => { setUser(null); status.reload(); }} />;
  }
  if (status.data.needsSetup && !setupDone) {
    return <SetupAdminScreen onDone={() => { setSetupDone(true); status.reload(); }} />;
  }
  return <SignInScreen notice={setupDone ? t('auth.setupDone') : null} onSignedIn={setUser} />;
}
