import type { DeviceT } from '../../../../electron/shared/contract/models';
import { LockBadge } from '../../components/LockBadge';
import { useI18n } from '../../i18n/I18nProvider';
import { deviceKey } from './deviceKey';

interface DevicePickerProps {
  devices: readonly DeviceT[];
  value: string;
  locked: boolean;
  onChange(key: string): void;
  onRefresh(): void;
  loading: boolean;
  /** devices.list has not answered yet (not the same as "no scanner found"). */
  searching: boolean;
}

/** Scanner select with the chosen device's live status and a refresh button. */
export function DevicePicker({ devices, value, locked, onChange, onRefresh, loading, searching }: DevicePickerProps) {
  const { t } = useI18n();
  const current = devices.find((d) => deviceKey(d) === value) ?? null;
  return (
    <div className="scan-field scan-device">
      <label htmlFor="scan-device">{t('scan.device')} {locked && <LockBadge />}</label>
      <div className="inline-row">
        <select id="scan-device" name="device" value={value} disabled={locked || devices.length === 0} onChange={(e) => onChange(e.target.value)} title={locked ? t('scan.locked') : undefined}>
          {devices.length === 0 && <option value="">{searching ? t('scan.searching') : t('scan.noDevices')}</option>}
          {devices.map((d) => (
            <option key={deviceKey(d)} value={deviceKey(d)} disabled={d.status === 'offline'}>{d.name}</option>
          ))}
        </select>
        {current && (
          <span className={`badge badge-device-${current.status}`} data-testid="device-status" title={current.detail ?? undefined}>
            {t(`scan.deviceStatus.${current.status}`)}
          </span>
        )}
        <button type="button" className="btn btn-small" onClick={onRefresh} disabled={loading} aria-label={t('scan.refresh')} title={t('scan.refresh')}>⟳</button>
      </div>
    </div>
  );
}
