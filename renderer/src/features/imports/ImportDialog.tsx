import { useEffect, useState, type FormEvent } from 'react';
import type { DossierSummaryT } from '../../../../electron/shared/contract/models';
import { station } from '../../bridge';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { issuesByField } from '../../components/errorInfo';
import { Field } from '../../components/Field';
import { JobProgress } from '../../components/JobProgress';
import { useJob } from '../../hooks/useJob';
import { useQuery } from '../../hooks/useQuery';
import { useI18n } from '../../i18n/I18nProvider';
import { ImportResult } from './ImportResult';

interface ImportDialogProps { dossier: DossierSummaryT; onClose(): void; onFinished(): void }

/**
 * Import from a folder (imports.start): absolute paths on this machine, one per line, and the procedure component
 * the pages belong to. Progress comes from job events; the job keeps running if the dialog is closed.
 */
export function ImportDialog({ dossier, onClose, onFinished }: ImportDialogProps) {
  const { t } = useI18n();
  const procedure = useQuery(() => station.procedures.get({ code: dossier.procedureCode }), [dossier.procedureCode]);
  const [paths, setPaths] = useState('');
  const [component, setComponent] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useJob(jobId);
  useEffect(() => { if (job?.state === 'succeeded') onFinished(); }, [job?.state, onFinished]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const list = paths.split('\n').map((p) => p.trim()).filter(Boolean);
    setMissing(list.length === 0);
    if (list.length === 0) return;
    try {
      const started = await station.imports.start({ dossierCode: dossier.code, paths: list, ...(component ? { componentIndex: Number(component) } : {}) });
      setJobId(started.jobId);
    } catch (err) {
      setError(err);
    }
  };
  const running = job !== null && (job.state === 'queued' || job.state === 'running');
  const issues = issuesByField(error);
  return (
    <Dialog title={t('import.title')} onClose={onClose} wide testId="import-dialog">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Field label={t('import.paths')} hint={t('import.pathsHint')} error={missing ? t('import.pathsRequired') : issues.paths}>
          <textarea name="paths" className="mono" rows={3} value={paths} onChange={(e) => setPaths(e.target.value)} spellCheck={false} />
        </Field>
        <Field label={t('import.component')}>
          <select name="component" value={component} onChange={(e) => setComponent(e.target.value)}>
            <option value="">{t('import.componentAuto')}</option>
            {(procedure.data?.components ?? []).map((c) => (
              <option key={c.index} value={c.index} disabled={c.presentOnly}>{c.index}. {c.name}{c.required ? ' *' : ''}</option>
            ))}
          </select>
        </Field>
        {error !== null && <ErrorNotice error={error} />}
        {job && <JobProgress job={job} />}
        {job?.state === 'succeeded' && <ImportResult job={job} />}
        <div className="form-actions">
          <button type="button" className="btn" onClick={onClose}>{t('common.close')}</button>
          <button type="submit" className="btn btn-primary" disabled={running}>{t('import.start')}</button>
        </div>
      </form>
    </Dialog>
  );
}
