import { LockIcon } from '../../components/LockBadge';
import { useI18n } from '../../i18n/I18nProvider';
import { LOCKABLE_FIELDS, type LockableField } from './draft';

/** Which fields desk clerks may not change at scan time (shown to them disabled, with a padlock). */
export function LockedFieldsBox({ value, onChange }: { value: readonly LockableField[]; onChange(next: LockableField[]): void }) {
  const { t } = useI18n();
  const toggle = (f: LockableField, on: boolean) => onChange(on ? [...value, f] : value.filter((x) => x !== f));
  return (
    <fieldset className="lock-grid span-2" data-testid="locked-fields">
      <legend><LockIcon /> {t('profiles.locked')}</legend>
      {LOCKABLE_FIELDS.map((f) => (
        <label key={f} className="check">
          <input type="checkbox" name={`lock-${f}`} checked={value.includes(f)} onChange={(e) => toggle(f, e.target.checked)} /> {t(`profiles.field.${f}`)}
        </label>
      ))}
    </fieldset>
  );
}
