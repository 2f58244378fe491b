import { useState, type FormEvent, type KeyboardEvent } from 'react';
import type { DocumentT } from '../../../../electron/shared/contract/models';
import { drop } from '../../../../electron/shared/util/drop';
import { ErrorNotice } from '../../components/ErrorNotice';
import { issuesByField } from '../../components/errorInfo';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDate } from '../dossiers/formatDate';
import { changedFields, entryOf, FIELD_ORDER, lastConfirmation, type Draft } from './fields';
import { MetadataField } from './MetadataField';
import { useMetadata } from './useMetadata';
import './metadata.css';

interface MetadataPanelProps {
  doc: DocumentT;
  /** Moves when the dossier changed, so fields extracted meanwhile are loaded. */
  version: number;
  /** Called after a save, confirm or extract (the grid's "Chưa xác nhận" badges follow). */
  onChanged(): void;
}

/** Field path `fields.2.value` → the Vietnamese message, keyed by the edited field's name. */
function fieldErrors(error: unknown, edited: ReadonlyArray<{ field: string }>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(issuesByField(error))) {
    const index = /^fields\.(\d+)/.exec(path)?.[1];
    const field = index === undefined ? undefined : edited[Number(index)]?.field;
    if (field) out[field] ??= message;
  }
  return out;
}

/**
 * The document's VN-DG-09 metadata: each field with its source (OCR / Nhập tay / OCR đã sửa), edited in place,
 * saved (Lưu thay đổi) and confirmed by the clerk (Xác nhận thông tin, Ctrl+Enter inside the panel; VN-DG-08).
 */
export function MetadataPanel({ doc, version, onChanged }: MetadataPanelProps) {
  const { t, lang } = useI18n();
  const meta = useMetadata(doc.id, version, onChanged);
  const [draft, setDraft] = useState<{ docId: string; values: Draft }>({ docId: doc.id, values: {} });
  const values = draft.docId === doc.id ? draft.values : {};
  const edited = changedFields(meta.data, values);
  const submit = (thenConfirm: boolean) => {
    if (meta.busy) return;
    const docId = doc.id;
    drop(meta.save(edited, thenConfirm).then((ok) => { if (ok) setDraft((d) => (d.docId === docId ? { docId, values: {} } : d)); }));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey)) return;
    // Inside the panel Ctrl+Enter confirms the details; elsewhere in the dossier it starts a scan.
    e.preventDefault();
    e.stopPropagation();
    submit(true);
  };
  const onSubmit = (e: FormEvent) => { e.preventDefault(); submit(false); };
  if (!meta.data) return meta.loadError ? <ErrorNotice error={meta.loadError} onRetry={meta.reload} /> : <p aria-busy="true">{t('common.loading')}</p>;
  const confirmation = lastConfirmation(meta.data);
  const errors = fieldErrors(meta.error, edited);
  return (
    <form className="metadata-panel" onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate data-testid="metadata-panel"
      data-confirmed={meta.data.confirmed ? 'yes' : 'no'} aria-label={t('metadata.title')}>
      <h2 className="metadata-title">{t('metadata.title')}<span className="muted truncate">{doc.name}</span></h2>
      {meta.data.confirmed
        ? <p className="notice notice-ok" role="status" data-testid="metadata-confirmed">{t('metadata.confirmed')}
          {confirmation && <> {t('metadata.confirmedBy', { who: confirmation.by, at: formatDate(confirmation.at, lang) ?? confirmation.at })}</>}</p>
        : <p className="notice notice-warn" role="status" data-testid="metadata-unconfirmed">{t('metadata.unconfirmed')}</p>}
      <div className="metadata-fields">
        {FIELD_ORDER.map((field) => (
          <MetadataField key={field} field={field} entry={entryOf(meta.data, field)} draft={values[field]} disabled={meta.busy} error={errors[field]}
            onChange={(value) => setDraft({ docId: doc.id, values: { ...values, [field]: value } })} />
        ))}
      </div>
      <ErrorNotice error={meta.error} />
      {meta.done === 'saved' && edited.length === 0 && <p className="notice notice-ok" role="status">{t('metadata.saved')}</p>}
      <div className="form-actions metadata-actions">
        <button type="button" className="btn" onClick={meta.extract} disabled={meta.busy}>{t('metadata.extract')}</button>
        <button type="submit" className="btn" disabled={meta.busy || edited.length === 0} data-testid="metadata-save">{t('metadata.save')}</button>
        <button type="button" className="btn btn-ok" onClick={() => submit(true)} disabled={meta.busy} data-testid="metadata-confirm">
          {t('metadata.confirm')} <kbd>Ctrl+Enter</kbd>
        </button>
      </div>
    </form>
  );
}
