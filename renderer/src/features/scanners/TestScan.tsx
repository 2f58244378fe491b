import { useState } from 'react';
import type { DeviceT } from '../../../../electron/shared/contract/models';
import type { OutputOf } from '../../../../electron/shared/contract/api';
import { station } from '../../bridge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/I18nProvider';

type Result = OutputOf<'devices', 'testScan'>;

/** Quét thử: one page with the device's settings, not stored; shows the image, size, dpi and time. */
export function TestScan({ device }: { device: DeviceT }) {
  const { t } = useI18n();
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = () => {
    setBusy(true);
    setError(null);
    setResult(null);
    station.devices.testScan({ device: { driver: device.driver, id: device.id, name: device.name } })
      .then(setResult, setError).finally(() => setBusy(false));
  };
  return (
    <div className="test-scan">
      <button type="button" className="btn btn-primary" onClick={run} disabled={busy} aria-busy={busy} data-testid="test-scan">{t('scanners.testScan')}</button>
      <ErrorNotice error={error} />
      {result && (
        <figure className="test-preview" data-testid="test-scan-result">
          <img src={result.dataUrl} alt={t('scanners.testScan')} />
          <figcaption className="muted">
            {t('scanners.testResult', { width: result.width, height: result.height, dpi: result.dpi, mode: t(`scan.color.${result.colorMode}`), ms: Math.round(result.elapsedMs) })}
          </figcaption>
        </figure>
      )}
    </div>
  );
}
