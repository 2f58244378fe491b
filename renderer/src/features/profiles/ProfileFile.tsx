import { useRef, useState, type ChangeEvent } from 'react';
import { ProfileBundle } from '../../../../electron/shared/contract/scanModels';
import { station } from '../../bridge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useI18n } from '../../i18n/I18nProvider';

function download(json: string, name: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Xuất / Nhập tệp cấu hình: the versioned profile bundle IT rolls out to every desk. */
export function ProfileFile({ onImported }: { onImported(): void }) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [replace, setReplace] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);
  const exportAll = () => {
    setError(null);
    station.profiles.exportAll().then(
      (bundle) => download(JSON.stringify(bundle, null, 2), `cau-hinh-quet-${bundle.exportedAt.slice(0, 10)}.json`),
      (err: unknown) => setError(err),
    );
  };
  const importFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setError(null);
    setMessage(null);
    let parsed: ReturnType<typeof ProfileBundle.safeParse>;
    try { parsed = ProfileBundle.safeParse(JSON.parse(await file.text())); } catch { parsed = ProfileBundle.safeParse(null); }
    if (!parsed.success) { setMessage(t('profiles.badFile')); return; }
    try {
      const r = await station.profiles.importAll({ bundle: parsed.data, replace });
      setMessage(t('profiles.imported', { count: r.imported }));
      onImported();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <div className="file-actions" data-testid="profile-file">
      <button type="button" className="btn" onClick={exportAll} data-testid="profiles-export">⇩ {t('profiles.export')}</button>
      <button type="button" className="btn" onClick={() => input.current?.click()}>⇧ {t('profiles.import')}</button>
      <input ref={input} type="file" accept="application/json,.json" hidden onChange={(e) => void importFile(e)} data-testid="profiles-import" />
      <label className="check"><input type="checkbox" name="replaceAll" checked={replace} onChange={(e) => setReplace(e.target.checked)} /> {t('profiles.replaceAll')}</label>
      <ErrorNotice error={error} />
      {message && <p className="notice notice-info" role="status" data-testid="profiles-file-message">{message}</p>}
    </div>
  );
}
