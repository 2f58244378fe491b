import { useState } from 'react';
import { LockIcon } from '../../components/LockBadge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/I18nProvider';
import { useDevices } from '../scan/useDevices';
import { useProfiles } from '../scan/useProfiles';
import { emptyDraft, toDraft } from './draft';
import { ProfileEditor } from './ProfileEditor';
import { ProfileFile } from './ProfileFile';

/** Cấu hình quét (IT): the profile list, the editor, and the profile file export / import. */
export function ProfilesTab() {
  const { t } = useI18n();
  const profiles = useProfiles();
  const devices = useDevices();
  // `new` or a profile id; the editor is re-mounted (fresh draft) whenever the choice or the saved version changes.
  const [chosen, setChosen] = useState<string>('new');
  const current = profiles.profiles.find((p) => p.id === chosen) ?? null;
  const editorKey = current ? `${current.id}-${current.updatedAt}` : 'new';
  return (
    <div className="it-grid it-grid-profiles">
      <section className="card" aria-labelledby="profiles-title">
        <div className="panel-head">
          <h2 id="profiles-title">{t('profiles.list')}</h2>
          <button type="button" className="btn btn-small" onClick={() => setChosen('new')} data-testid="profile-new">+ {t('profiles.new')}</button>
        </div>
        {profiles.unavailable && <p className="notice notice-info">{t('scan.profilesUnavailable')}</p>}
        <ErrorNotice error={profiles.error} onRetry={profiles.reload} />
        {profiles.profiles.length === 0 && !profiles.unavailable && <p className="muted">{t('profiles.empty')}</p>}
        <ul className="select-list" data-testid="profile-list">
          {profiles.profiles.map((p) => (
            <li key={p.id}>
              <button type="button" className={p.id === chosen ? 'select-item active' : 'select-item'} onClick={() => setChosen(p.id)}>
                <span>{p.name} {p.isDefault && <span className="badge badge-received">{t('scan.profileDefault')}</span>}</span>
                <small>{p.dpi} dpi · {t(`scan.color.${p.colorMode}`)}{p.lockedFields.length > 0 && <> · <LockIcon /> {p.lockedFields.length}</>}</small>
              </button>
            </li>
          ))}
        </ul>
        <ProfileFile onImported={profiles.reload} />
      </section>
      <ProfileEditor key={editorKey} initial={current ? toDraft(current) : emptyDraft()} devices={devices.data ?? []}
        onSaved={(p) => { setChosen(p.id); profiles.reload(); }} onRemoved={() => { setChosen('new'); profiles.reload(); }} />
    </div>
  );
}
