import type { DeviceT } from '../../../../electron/shared/contract/models';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { deviceKey } from '../scan/deviceKey';
import { COMMON_DPI, PAPER_SIZES, type ProfileDraft } from './draft';

interface FieldsProps { draft: ProfileDraft; set(patch: Partial<ProfileDraft>): void; issues: Readonly<Record<string, string>> }

const SOURCES = ['feeder', 'flatbed', 'file'] as const;
const MODES = ['color', 'gray', 'bw'] as const;

/** Name, scanner and capture settings (source, duplex, dpi, colour, paper). */
export function CaptureFields({ draft, set, issues, devices }: FieldsProps & { devices: readonly DeviceT[] }) {
  const { t } = useI18n();
  const dpis = COMMON_DPI.includes(draft.dpi) ? COMMON_DPI : [...COMMON_DPI, draft.dpi].sort((a, b) => a - b);
  const pickDevice = (key: string) => {
    const d = devices.find((x) => deviceKey(x) === key);
    set({ device: d ? { driver: d.driver, id: d.id, name: d.name } : null });
  };
  return (
    <>
      <div className="span-2">
        <Field label={t('profiles.name')} error={issues.name}>
          <input name="name" value={draft.name} onChange={(e) => set({ name: e.target.value })} maxLength={100} />
        </Field>
      </div>
      <Field label={t('profiles.device')} error={issues.device}>
        <select name="device" value={draft.device ? deviceKey(draft.device) : ''} onChange={(e) => pickDevice(e.target.value)}>
          <option value="">{t('profiles.deviceAny')}</option>
          {draft.device && !devices.some((d) => deviceKey(d) === deviceKey(draft.device!)) && <option value={deviceKey(draft.device)}>{draft.device.name}</option>}
          {devices.map((d) => <option key={deviceKey(d)} value={deviceKey(d)}>{d.name}</option>)}
        </select>
      </Field>
      <Field label={t('scan.source')} error={issues.source}>
        <select name="source" value={draft.source} onChange={(e) => set({ source: e.target.value as ProfileDraft['source'] })}>
          {SOURCES.map((s) => <option key={s} value={s}>{t(`scan.source.${s}`)}</option>)}
        </select>
      </Field>
      <Field label={t('scan.dpi')} error={issues.dpi}>
        <select name="dpi" value={draft.dpi} onChange={(e) => set({ dpi: Number(e.target.value) })}>
          {dpis.map((d) => <option key={d} value={d}>{d}</option>)}
        </select>
      </Field>
      <Field label={t('scan.colorMode')} error={issues.colorMode}>
        <select name="colorMode" value={draft.colorMode} onChange={(e) => set({ colorMode: e.target.value as ProfileDraft['colorMode'] })}>
          {MODES.map((m) => <option key={m} value={m}>{t(`scan.color.${m}`)}</option>)}
        </select>
      </Field>
      <Field label={t('profiles.paperSize')} error={issues.paperSize}>
        <select name="paperSize" value={draft.paperSize} onChange={(e) => set({ paperSize: e.target.value as ProfileDraft['paperSize'] })}>
          {PAPER_SIZES.map((p) => <option key={p} value={p}>{p === 'auto' ? t('profiles.paper.auto') : p}</option>)}
        </select>
      </Field>
      <label className="check field-check">
        <input type="checkbox" name="duplex" checked={draft.duplex} onChange={(e) => set({ duplex: e.target.checked })} /> {t('scan.duplex')}
      </label>
    </>
  );
}
