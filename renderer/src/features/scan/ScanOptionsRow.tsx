import type { ReactNode } from 'react';
import type { DeviceCapsT } from '../../../../electron/shared/contract/scanModels';
import { LockBadge } from '../../components/LockBadge';
import { useI18n } from '../../i18n/I18nProvider';
import { Segmented } from './Segmented';
import type { ColorMode, ScanSettings, Source } from './useScanSettings';

const DEFAULT_SOURCES: readonly Source[] = ['feeder', 'flatbed'];
const DEFAULT_DPI: readonly number[] = [150, 200, 300, 400, 600];
const MODES: readonly ColorMode[] = ['color', 'gray', 'bw'];

function withValue<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? [...list] : [...list, value];
}

interface ScanOptionsRowProps { settings: ScanSettings; caps: DeviceCapsT | undefined; disabled: boolean; children?: ReactNode }

/** Option lists from the device's capabilities, falling back to common values; the current value is always offered. */
function optionLists(caps: DeviceCapsT | undefined, eff: ScanSettings['effective']) {
  return {
    sources: withValue(caps && caps.sources.length > 0 ? caps.sources : DEFAULT_SOURCES, eff.source),
    dpis: withValue(caps && caps.resolutions.length > 0 ? caps.resolutions : DEFAULT_DPI, eff.dpi),
    modes: caps && caps.colorModes.length > 0 ? caps.colorModes : MODES,
  };
}

/** Quick overrides for this batch (unlocked fields only), the sticky-note capture toggle, then `children`. */
export function ScanOptionsRow({ settings, caps, disabled, children }: ScanOptionsRowProps) {
  const { t } = useI18n();
  const { effective: eff, isLocked, override } = settings;
  const { sources, dpis, modes } = optionLists(caps, eff);
  const duplexLocked = isLocked('duplex');
  return (
    <fieldset className="scan-options" disabled={disabled}>
      <Segmented label={t('scan.source')} name="source" value={eff.source} locked={isLocked('source')}
        options={sources.map((s) => ({ value: s, label: t(`scan.source.${s}`) }))} onChange={(source) => override({ source })} />
      <label className="scan-check" title={duplexLocked ? t('scan.locked') : undefined}>
        <input type="checkbox" name="duplex" checked={eff.duplex} disabled={duplexLocked || caps?.duplex === false}
          onChange={(e) => override({ duplex: e.target.checked })} />
        {t('scan.duplex')} {duplexLocked && <LockBadge />}
      </label>
      <div className="scan-field scan-dpi" title={isLocked('dpi') ? t('scan.locked') : undefined}>
        <label htmlFor="scan-dpi">{t('scan.dpi')} {isLocked('dpi') && <LockBadge />}</label>
        <select id="scan-dpi" name="dpi" value={eff.dpi} disabled={isLocked('dpi')} onChange={(e) => override({ dpi: Number(e.target.value) })}>
          {dpis.map((d) => <option key={d} value={d}>{d}</option>)}
        </select>
      </div>
      <Segmented label={t('scan.colorMode')} name="colorMode" value={eff.colorMode} locked={isLocked('colorMode')}
        options={MODES.map((m) => ({ value: m, label: t(`scan.color.${m}`), disabled: !modes.includes(m) }))} onChange={(colorMode) => override({ colorMode })} />
      <label className="scan-check scan-note" title={t('scan.noteCaptureHint')}>
        <input type="checkbox" name="noteCapture" checked={settings.noteCapture} onChange={(e) => settings.setNoteCapture(e.target.checked)} aria-describedby="note-hint" />
        <span>{t('scan.noteCapture')}<small id="note-hint" className="field-hint">{t('scan.noteCaptureHint')}</small></span>
      </label>
      {children}
    </fieldset>
  );
}
