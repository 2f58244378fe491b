import type { ScanProfileT } from '../../../../electron/shared/contract/scanModels';
import { useI18n } from '../../i18n/I18nProvider';

interface ProfilePickerProps { profiles: readonly ScanProfileT[]; value: string; unavailable: boolean; onChange(id: string): void }

/** Scan profile select; the desk default is pre-selected and marked. */
export function ProfilePicker({ profiles, value, unavailable, onChange }: ProfilePickerProps) {
  const { t } = useI18n();
  return (
    <div className="scan-field">
      <label htmlFor="scan-profile">{t('scan.profile')}</label>
      <select id="scan-profile" name="profile" value={value} disabled={profiles.length === 0} onChange={(e) => onChange(e.target.value)}
        title={unavailable ? t('scan.profilesUnavailable') : undefined}>
        {profiles.length === 0 && <option value="">{t('scan.profileNone')}</option>}
        {profiles.map((p) => <option key={p.id} value={p.id}>{p.name}{p.isDefault ? ` ${t('scan.profileDefault')}` : ''}</option>)}
      </select>
    </div>
  );
}
