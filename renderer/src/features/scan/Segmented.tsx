import { LockBadge } from '../../components/LockBadge';
import { useI18n } from '../../i18n/I18nProvider';

interface SegmentedProps<V extends string> {
  label: string;
  name: string;
  options: ReadonlyArray<{ value: V; label: string; disabled?: boolean }>;
  value: V;
  locked: boolean;
  onChange(value: V): void;
}

/** A radio group drawn as joined buttons (arrow keys move between options, as in any radio group). */
export function Segmented<V extends string>({ label, name, options, value, locked, onChange }: SegmentedProps<V>) {
  const { t } = useI18n();
  return (
    <fieldset className="scan-field segmented" disabled={locked} title={locked ? t('scan.locked') : undefined} data-field={name}>
      <legend>{label} {locked && <LockBadge />}</legend>
      <div className="segmented-options">
        {options.map((o) => (
          <label key={o.value} className={o.value === value ? 'segment active' : 'segment'}>
            <input type="radio" name={name} value={o.value} checked={o.value === value} disabled={o.disabled} onChange={() => onChange(o.value)} />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
