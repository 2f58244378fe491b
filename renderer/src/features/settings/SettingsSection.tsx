import { useI18n } from '../../i18n/I18nProvider';
import { AppInfoCard } from './AppInfoCard';
import { AuditCard } from './AuditCard';
import { SettingsForm } from './SettingsForm';

/** Thiết lập: application info, station settings and the audit-log check. */
export function SettingsSection() {
  const { t } = useI18n();
  return (
    <div className="settings">
      <div className="panel-head"><h1>{t('settings.title')}</h1></div>
      <div className="settings-grid">
        <SettingsForm />
        <div className="settings-side">
          <AppInfoCard />
          <AuditCard />
        </div>
      </div>
    </div>
  );
}
