import { useState, type FormEvent } from 'react';
import type { DossierT } from '../../../../electron/shared/contract/models';
import { station } from '../../bridge';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { issuesByField } from '../../components/errorInfo';
import { Field } from '../../components/Field';
import { useQuery } from '../../hooks/useQuery';
import { useI18n } from '../../i18n/I18nProvider';

const EMPTY = { procedureCode: '', code: '', fullName: '', personalId: '', address: '', phone: '' };
type FormState = typeof EMPTY;

/**
 * New dossier (dossiers.create). Validation happens in the router; its Vietnamese messages (ipc/invalid-input
 * details.issues) are shown next to the matching fields.
 */
export function NewDossierDialog({ onClose, onCreated }: { onClose(): void; onCreated(d: DossierT): void }) {
  const { t } = useI18n();
  const procedures = useQuery(() => station.procedures.list({}), []);
  const [form, setForm] = useState<FormState>(EMPTY);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: keyof FormState) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { procedureCode, code, ...applicant } = form;
      onCreated(await station.dossiers.create({ code, procedureCode, applicant }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const issues = issuesByField(error);
  return (
    <Dialog title={t('form.newTitle')} onClose={onClose} wide testId="new-dossier">
      <form onSubmit={(e) => void submit(e)} noValidate className="form-grid" data-testid="new-dossier-form">
        <div className="span-2">
          <Field label={t('form.procedure')} error={issues.procedureCode}>
            <select name="procedureCode" value={form.procedureCode} onChange={set('procedureCode')}>
              <option value="">{t('form.procedurePick')}</option>
              {(procedures.data ?? []).map((p) => <option key={p.code} value={p.code}>{p.code} — {p.name}</option>)}
            </select>
          </Field>
        </div>
        <Field label={t('form.code')} hint={t('form.codeHint')} error={issues.code}><input name="code" className="mono" value={form.code} onChange={set('code')} autoComplete="off" /></Field>
        <Field label={t('form.fullName')} error={issues['applicant.fullName']}><input name="fullName" value={form.fullName} onChange={set('fullName')} autoComplete="off" /></Field>
        <Field label={t('form.personalId')} error={issues['applicant.personalId']}><input name="personalId" className="mono" inputMode="numeric" maxLength={12} value={form.personalId} onChange={set('personalId')} autoComplete="off" /></Field>
        <Field label={t('form.phone')} error={issues['applicant.phone']}><input name="phone" inputMode="tel" value={form.phone} onChange={set('phone')} autoComplete="off" /></Field>
        <div className="span-2">
          <Field label={t('form.address')} error={issues['applicant.address']}><input name="address" value={form.address} onChange={set('address')} autoComplete="off" /></Field>
        </div>
        <div className="span-2">
          <ErrorNotice error={procedures.error} />
          {error !== null && <ErrorNotice error={error} />}
        </div>
        <div className="span-2 form-actions">
          <button type="button" className="btn" onClick={onClose}>{t('common.cancel')}</button>
          <button type="submit" className="btn btn-primary" disabled={busy}>{t('form.create')}</button>
        </div>
      </form>
    </Dialog>
  );
}
