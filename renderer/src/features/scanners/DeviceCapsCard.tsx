import type { DeviceT } from '../../../../electron/shared/contract/models';
import { station } from '../../bridge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useQuery } from '../../hooks/useQuery';
import { useI18n } from '../../i18n/I18nProvider';
import { TestScan } from './TestScan';

/** devices.getCaps for one scanner (read-only), and Quét thử. */
export function DeviceCapsCard({ device }: { device: DeviceT }) {
  const { t } = useI18n();
  const caps = useQuery(() => station.devices.getCaps({ device: { driver: device.driver, id: device.id, name: device.name } }), [device.driver, device.id]);
  const c = caps.data;
  const none = <span className="muted">{t('scanners.none')}</span>;
  return (
    <section className="card" aria-labelledby="caps-title" data-testid="device-caps">
      <h2 id="caps-title">{t('scanners.caps')}: {device.name}</h2>
      <p className="muted mono">{device.driver}:{device.id}{device.detail ? ` · ${device.detail}` : ''}</p>
      <ErrorNotice error={caps.error} onRetry={caps.reload} />
      {c && (
        <dl className="facts facts-column">
          <div><dt>{t('scanners.sources')}</dt><dd>{c.sources.length ? c.sources.map((s) => <span key={s} className="chip">{t(`scan.source.${s}`)}</span>) : none}</dd></div>
          <div><dt>{t('scanners.resolutions')}</dt><dd>{c.resolutions.length ? c.resolutions.map((r) => <span key={r} className="chip">{r} dpi</span>) : none}</dd></div>
          <div><dt>{t('scanners.modes')}</dt><dd>{c.colorModes.map((m) => <span key={m} className="chip">{t(`scan.color.${m}`)}</span>)}</dd></div>
          <div><dt>{t('scan.duplex')}</dt><dd>{c.duplex ? t('scanners.duplexYes') : t('scanners.duplexNo')}</dd></div>
          <div><dt>{t('scanners.maxArea')}</dt><dd>{c.maxAreaMm ? `${c.maxAreaMm.width} × ${c.maxAreaMm.height} mm` : none}</dd></div>
          <div>
            <dt>{t('scanners.driverOptions')}</dt>
            <dd>
              {c.driverOptions.length === 0 ? none : (
                <table className="options-table"><tbody>
                  {c.driverOptions.map((o) => <tr key={o.name}><td className="mono">{o.name}</td><td>{o.title}</td><td className="mono">{String(o.value ?? '—')}</td></tr>)}
                </tbody></table>
              )}
            </dd>
          </div>
        </dl>
      )}
      <TestScan device={device} />
    </section>
  );
}
