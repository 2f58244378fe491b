import { useState, type FormEvent } from 'react';
import type { DeviceT } from '../../../../electron/shared/contract/models';
import type { ScanProfileT } from '../../../../electron/shared/contract/scanModels';
import { station } from '../../bridge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { issuesByField } from '../../components/errorInfo';
import { useI18n } from '../../i18n/I18nProvider';
import { CaptureFields } from './CaptureFields';
import { localIssues, type ProfileDraft } from './draft';
import { LockedFieldsBox } from './LockedFieldsBox';
import { ProcessingFields } from './ProcessingFields';
import { ProfileProblems } from './ProfileProblems';
import { useProfileCheck } from './useProfileCheck';

interface ProfileEditorProps { initial: ProfileDraft; devices: readonly DeviceT[]; onSaved(p: ScanProfileT): void; onRemoved(): void }

/** The profile form with live validation: local (name…) at once, against the chosen scanner via profiles.validate. */
export function ProfileEditor({ initial, devices, onSaved, onRemoved }: ProfileEditorProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<ProfileDraft>(initial);
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const set = (patch: Partial<ProfileDraft>) => { setDraft((d) => ({ ...d, ...patch })); setTouched(true); setSaved(false); };
  const local = localIssues(draft);
  const valid = Object.keys(local).length === 0;
  const check = useProfileCheck(draft, valid);
  const shownIssues = touched ? { ...issuesByField(error), ...local } : issuesByField(error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!valid) return;
    setError(null);
    station.profiles.save(draft).then((p) => { setSaved(true); onSaved(p); }, (err: unknown) => setError(err));
  };
  const remove = () => {
    if (!draft.id) return;
    station.profiles.remove({ id: draft.id }).then(onRemoved, (err: unknown) => setError(err));
  };
  return (
    <div className="profile-layout">
      <form className="card" onSubmit={submit} noValidate data-testid="profile-editor">
        <h2>{draft.id ? t('profiles.editor') : t('profiles.new')}</h2>
        <div className="form-grid">
          <CaptureFields draft={draft} set={set} issues={shownIssues} devices={devices} />
          <ProcessingFields draft={draft} set={set} issues={shownIssues} />
          <LockedFieldsBox value={draft.lockedFields} onChange={(lockedFields) => set({ lockedFields })} />
          <label className="check span-2">
            <input type="checkbox" name="isDefault" checked={draft.isDefault} onChange={(e) => set({ isDefault: e.target.checked })} /> {t('profiles.isDefault')}
          </label>
        </div>
        {error !== null && <ErrorNotice error={error} />}
        {saved && <p className="notice notice-ok" role="status">{t('common.saved')}</p>}
        <div className="form-actions">
          {draft.id && <button type="button" className="btn btn-danger" onClick={remove} data-testid="profile-remove">{t('profiles.remove')}</button>}
          <button type="submit" className="btn btn-primary" data-testid="profile-save">{t('common.save')}</button>
        </div>
      </form>
      <ProfileProblems check={check} hasDevice={draft.device !== null} localProblems={touched ? Object.values(local) : []} />
    </div>
  );
}
