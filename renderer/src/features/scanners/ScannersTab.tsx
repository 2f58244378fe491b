import { useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/I18nProvider';
import { deviceKey } from '../scan/deviceKey';
import { useDevices } from '../scan/useDevices';
import { DeviceCapsCard } from './DeviceCapsCard';
import { DiagnosticsCard } from './DiagnosticsCard';
import { ManualScannersCard } from './ManualScannersCard';

/** Máy quét (IT): detected scanners with their status, manual eSCL addresses, capabilities of the chosen one, test scan, diagnostics. */
export function ScannersTab() {
  const { t } = useI18n();
  const devices = useDevices();
  const [chosen, setChosen] = useState<string | null>(null);
  const list = devices.data ?? [];
  const current = list.find((d) => deviceKey(d) === chosen) ?? list[0] ?? null;
  return (
    <div className="it-grid">
      <div>
        <section className="card" aria-labelledby="devices-title">
          <div className="panel-head">
            <h2 id="devices-title">{t('scanners.list')}</h2>
            <button type="button" className="btn btn-small" onClick={devices.reload} disabled={devices.loading}>⟳ {t('scan.refresh')}</button>
          </div>
          <ErrorNotice error={devices.error} onRetry={devices.reload} />
          {devices.data && list.length === 0 && <p className="muted">{t('scan.noDevices')}</p>}
          {!devices.data && !devices.error && <p className="muted" aria-busy="true">{t('scan.searching')}</p>}
          <ul className="select-list" data-testid="device-list">
            {list.map((d) => (
              <li key={deviceKey(d)}>
                <button type="button" className={current && deviceKey(current) === deviceKey(d) ? 'select-item active' : 'select-item'}
                  onClick={() => setChosen(deviceKey(d))} data-device={deviceKey(d)}>
                  <span>{d.name}<br /><small className="mono">{d.driver}:{d.id}</small></span>
                  <span className={`badge badge-device-${d.status}`}>{t(`scan.deviceStatus.${d.status}`)}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
        <ManualScannersCard onSaved={devices.reload} />
        <DiagnosticsCard />
      </div>
      {current ? <DeviceCapsCard key={deviceKey(current)} device={current} /> : <p className="muted">{t('scanners.pick')}</p>}
    </div>
  );
}
