import { useI18n } from '../i18n/I18nProvider';

/** The padlock next to a setting IT staff locked in the scan profile; its tooltip says who locked it. */
export function LockBadge() {
  const { t } = useI18n();
  return <span className="lock-badge" role="img" title={t('scan.locked')} aria-label={t('scan.locked')} data-testid="locked">🔒</span>;
}
