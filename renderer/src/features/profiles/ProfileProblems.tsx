import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/I18nProvider';
import type { ProfileCheck } from './useProfileCheck';

/** Next to the form: what profiles.validate found wrong for the chosen scanner, in Vietnamese. */
export function ProfileProblems({ check, hasDevice, localProblems }: { check: ProfileCheck; hasDevice: boolean; localProblems: readonly string[] }) {
  const { t } = useI18n();
  const problems = [...localProblems, ...(check.problems ?? [])];
  return (
    <aside className="card" aria-live="polite" data-testid="profile-problems">
      <h2>{t('profiles.problems')}</h2>
      {!hasDevice && <p className="muted">{t('profiles.validateNeedsDevice')}</p>}
      <ErrorNotice error={check.error} />
      {problems.length > 0 && (
        <ul className="problems notice notice-error" role="alert">
          {problems.map((p) => <li key={p}>{p}</li>)}
        </ul>
      )}
      {hasDevice && problems.length === 0 && check.problems !== null && <p className="notice notice-ok">{t('profiles.valid')}</p>}
      {check.checking && <p className="muted" aria-busy="true">{t('common.loading')}</p>}
    </aside>
  );
}
