import { useI18n } from '../i18n/I18nProvider';

/** The padlock next to a setting IT staff locked in the scan profile; its tooltip says who locked it. */
export function LockBadge() {
  const { t } = useI18n();
  return (
    <span className="lock-badge" role="img" title={t('scan.locked')} aria-label={t('scan.locked')} data-testid="locked">
      <LockIcon />
    </span>
  );
}

/** A small padlock drawn inline (the station's fonts need not have emoji). */
export function LockIcon() {
  return (
    <svg width="12" height="14" viewBox="0 0 12 14" aria-hidden="true" focusable="false">
      <path d="M3 6V4a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <rect x="1" y="6" width="10" height="7.5" rx="1.5" fill="currentColor" />
    </svg>
  );
}
