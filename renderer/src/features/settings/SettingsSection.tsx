import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/Messages';
import { SeparatorSheetCard } from '../pipeline/SeparatorSheetCard';
import { ProfilesTab } from '../profiles/ProfilesTab';
import { ScannersTab } from '../scanners/ScannersTab';
import { AppInfoCard } from './AppInfoCard';
import { AuditCard } from './AuditCard';
import { SettingsForm } from './SettingsForm';

type Tab = 'general' | 'scanners' | 'profiles';
const TABS: ReadonlyArray<{ id: Tab; label: MessageKey; adminOnly: boolean }> = [
  { id: 'general', label: 'settings.tab.general', adminOnly: false },
  { id: 'scanners', label: 'settings.tab.scanners', adminOnly: true },
  { id: 'profiles', label: 'settings.tab.profiles', adminOnly: true },
];

function GeneralTab() {
  return (
    <div className="settings-grid">
      <SettingsForm />
      <div className="settings-side">
        <AppInfoCard />
        <AuditCard />
        <SeparatorSheetCard />
      </div>
    </div>
  );
}

/** Thiết lập: station settings, app info and audit; for administrators also Máy quét and Cấu hình quét. */
export function SettingsSection({ isAdmin }: { isAdmin: boolean }) {
  const { t } = useI18n();
  const [tab, setTab] = useState<Tab>('general');
  const tabs = TABS.filter((x) => isAdmin || !x.adminOnly);
  const shown = tabs.some((x) => x.id === tab) ? tab : 'general';
  return (
    <div className="settings">
      <div className="panel-head"><h1>{t('settings.title')}</h1></div>
      {tabs.length > 1 && (
        <div className="tabs" role="tablist" aria-label={t('settings.title')}>
          {tabs.map((x) => (
            <button key={x.id} type="button" role="tab" aria-selected={x.id === shown} className={x.id === shown ? 'tab active' : 'tab'}
              onClick={() => setTab(x.id)} data-tab={x.id}>{t(x.label)}</button>
          ))}
        </div>
      )}
      <div role="tabpanel" data-tabpanel={shown}>
        {shown === 'general' && <GeneralTab />}
        {shown === 'scanners' && <ScannersTab />}
        {shown === 'profiles' && <ProfilesTab />}
      </div>
    </div>
  );
}
