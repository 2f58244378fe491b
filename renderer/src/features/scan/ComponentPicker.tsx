import type { ProcedureT } from '../../../../electron/shared/contract/models';
import { useI18n } from '../../i18n/I18nProvider';

/** The procedure component the scanned pages belong to (present-only components cannot be digitized). */
export function ComponentPicker({ procedure, value, onChange }: { procedure: ProcedureT | undefined; value: string; onChange(v: string): void }) {
  const { t } = useI18n();
  return (
    <div className="scan-field scan-component">
      <label htmlFor="scan-component">{t('scan.component')}</label>
      <select id="scan-component" name="component" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('scan.componentAuto')}</option>
        {(procedure?.components ?? []).map((c) => (
          <option key={c.index} value={c.index} disabled={c.presentOnly}>{c.index}. {c.name}{c.required ? ' *' : ''}</option>
        ))}
      </select>
    </div>
  );
}
