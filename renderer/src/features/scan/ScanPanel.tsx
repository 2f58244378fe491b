import { useEffect } from 'react';
import type { DossierDetailT, ProcedureT } from '../../../../electron/shared/contract/models';
import { station } from '../../bridge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useEscapeFirst } from '../../hooks/useEscapeFirst';
import { useQuery } from '../../hooks/useQuery';
import { useShortcut } from '../../hooks/useShortcut';
import { useI18n } from '../../i18n/I18nProvider';
import type { GridPage } from '../dossier/gridRows';
import { ComponentPicker } from './ComponentPicker';
import { DevicePicker } from './DevicePicker';
import { ProfilePicker } from './ProfilePicker';
import { RescanButton } from './RescanButton';
import { ScanOptionsRow } from './ScanOptionsRow';
import { ScanStatus } from './ScanStatus';
import { useScanners } from './useDevices';
import { useProfiles } from './useProfiles';
import { useScanJob } from './useScanJob';
import { useScanSettings } from './useScanSettings';

interface ScanPanelProps {
  dossierCode: string;
  procedure: ProcedureT | undefined;
  documents: DossierDetailT['documents'];
  selected: GridPage | null;
  onFinished(): void;
}

/** Scanning into the open dossier: pickers, quick overrides, Quét (F8 / Ctrl+Enter), Esc cancels, R rescans here. */
export function ScanPanel({ dossierCode, procedure, documents, selected, onFinished }: ScanPanelProps) {
  const { t } = useI18n();
  // Files are imported through "Nhập từ thư mục" (Ctrl+I); the scan panel offers real scanners only.
  const devices = useScanners();
  const profiles = useProfiles();
  const settings = useScanSettings(devices.data ?? [], profiles.profiles);
  const caps = useQuery(() => (settings.device ? station.devices.getCaps({ device: settings.device }) : Promise.resolve(undefined)), [settings.deviceKey]);
  const scan = useScanJob(dossierCode);
  const state = scan.job?.state;
  useEffect(() => { if (state === 'succeeded' || state === 'failed' || state === 'cancelled') onFinished(); }, [state, onFinished]);
  const canScan = !scan.running && settings.device !== null;
  const startScan = () => { if (canScan) scan.start(settings.build(dossierCode)); };
  const rescan = () => {
    if (canScan && selected) scan.start(settings.build(dossierCode, { pageId: selected.page.id, componentIndex: selected.doc.componentIndex }));
  };
  useShortcut(['F8', 'Ctrl+Enter'], startScan);
  useShortcut('R', rescan, selected !== null);
  useEscapeFirst(scan.running, scan.cancel);
  return (
    <section className="scan-panel" aria-label={t('scan.title')} data-testid="scan-panel">
      <div className="scan-row">
        <DevicePicker devices={devices.data ?? []} value={settings.deviceKey} locked={settings.deviceLocked}
          onChange={settings.setDevice} onRefresh={devices.reload} loading={devices.loading} searching={devices.data === undefined && !devices.error} />
        <ProfilePicker profiles={profiles.profiles} value={settings.profileId} unavailable={profiles.unavailable} onChange={settings.setProfile} />
        <ComponentPicker procedure={procedure} value={settings.componentIndex} onChange={settings.setComponent} />
        <div className="scan-actions">
          <RescanButton selected={selected} disabled={!canScan} onClick={rescan} />
          {scan.running
            ? <button type="button" className="btn btn-danger btn-scan" onClick={scan.cancel} data-testid="scan-cancel">{t('scan.cancel')} <kbd>Esc</kbd></button>
            : <button type="button" className="btn btn-primary btn-scan" onClick={startScan} disabled={!canScan} data-testid="scan-start">{t('scan.start')} <kbd>F8</kbd></button>}

        </div>
      </div>
      <ScanOptionsRow settings={settings} caps={caps.data} disabled={scan.running} />
      <ErrorNotice error={devices.error ?? profiles.error} onRetry={devices.error ? devices.reload : profiles.reload} />
      <ScanStatus scan={scan} documents={documents} />
    </section>
  );
}
