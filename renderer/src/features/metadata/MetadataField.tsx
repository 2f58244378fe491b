import { useId } from 'react';
import type { MetadataEntryT, MetadataFieldNameT } from '../../../../electron/shared/contract/pipelineModels';
import { useI18n } from '../../i18n/I18nProvider';
import { MULTILINE } from './fields';
import { SourceTag } from './SourceTag';

interface MetadataFieldProps {
  field: MetadataFieldNameT;
  entry: MetadataEntryT | undefined;
  /** The clerk's unsaved text, or undefined when unchanged. */
  draft: string | undefined;
  onChange(value: string): void;
  disabled: boolean;
  error: string | undefined;
}

/** What OCR read, shown under a value the clerk corrected. */
function ocrValueShown(entry: MetadataEntryT | undefined): string | null {
  return entry?.source === 'ocr_corrected' && entry.ocrValue ? entry.ocrValue : null;
}

/** One VN-DG-09 field: label, source tag, the editable value and what OCR read when the clerk changed it. */
export function MetadataField({ field, entry, draft, onChange, disabled, error }: MetadataFieldProps) {
  const { t } = useI18n();
  const id = useId();
  const ocrWas = ocrValueShown(entry);
  const props = {
    id, name: field, value: draft ?? entry?.value ?? '', disabled, 'aria-invalid': error ? true : undefined,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
  };
  return (
    <div className={error ? 'field meta-field field-invalid' : 'field meta-field'} data-field={field} data-testid="meta-field">
      <div className="meta-label">
        <label htmlFor={id}>{t(`metadata.field.${field}`)}</label>
        <SourceTag entry={entry} />
        {draft !== undefined && <span className="meta-edited" aria-hidden="true">●</span>}
      </div>
      {MULTILINE.has(field) ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
      {ocrWas && <small className="field-hint">{t('metadata.ocrWas', { value: ocrWas })}</small>}
      {error && <small className="field-error" role="alert">{error}</small>}
    </div>
  );
}
