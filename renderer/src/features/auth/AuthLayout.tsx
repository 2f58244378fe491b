import type { ReactNode } from 'react';
import { LanguageSwitcher } from '../../app/LanguageSwitcher';
import { useI18n } from '../../i18n/I18nProvider';

/** The centred card used by the first-run and sign-in screens. */
export function AuthLayout({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <main className="auth-screen">
      <section className="auth-card" aria-labelledby="auth-title">
        <div className="auth-brand">
          <span className="brand-mark" aria-hidden="true">SH</span>
          <div>
            <div className="brand-name">{t('app.title')}</div>
            <div className="brand-sub">{t('app.subtitle')}</div>
          </div>
          <LanguageSwitcher />
        </div>
        <h1 id="auth-title">{title}</h1>
        {children}
      </section>
    </main>
  );
}
