import { useState, type FormEvent } from 'react';
import { station } from '../../bridge';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { issuesByField } from '../../components/errorInfo';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import type { GridPage } from './gridRows';

/** Delete key: asks for a reason, then moves the page to the recoverable trash (pages.remove). */
export function RemovePageDialog({ item, onClose, onRemoved }: { item: GridPage; onClose(): void; onRemoved(): void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await station.pages.remove({ pageId: item.page.id, reason });
      onRemoved();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return (
    <Dialog title={t('remove.title')} onClose={onClose} testId="remove-page">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <p>{t('remove.intro', { n: item.n, doc: item.doc.name })}</p>
        <Field label={t('remove.reason')} error={issuesByField(error).reason}>
          <textarea name="reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
        </Field>
        {error !== null && <ErrorNotice error={error} />}
        <div className="form-actions">
          <button type="button" className="btn" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" className="btn btn-danger" disabled={busy || reason.trim() === ''}>{t('remove.confirm')}</button>
        </div>
      </form>
    </Dialog>
  );
}
