import { useState } from 'react';
import { DossierList } from '../dossiers/DossierList';
import { NewDossierDialog } from '../dossiers/NewDossierDialog';
import { DossierView } from '../dossier/DossierView';
import { useShortcut } from '../../hooks/useShortcut';
import { useI18n } from '../../i18n/I18nProvider';

/** Tiếp nhận: the dossier list, the new-dossier form (Ctrl+N) and the open dossier. */
export function ReceptionSection({ creating, setCreating }: { creating: boolean; setCreating(open: boolean): void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useShortcut('Escape', () => setOpen(null), open !== null);
  return (
    <>
      {open
        ? <DossierView code={open} onBack={() => { setOpen(null); setVersion((v) => v + 1); }} />
        : (
          <DossierList title={t('dossiers.title')} onOpen={setOpen} version={version}
            actions={<button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>{t('dossiers.new')} <kbd>Ctrl+N</kbd></button>} />
        )}
      {creating && (
        <NewDossierDialog onClose={() => setCreating(false)}
          onCreated={(d) => { setCreating(false); setVersion((v) => v + 1); setOpen(d.code); }} />
      )}
    </>
  );
}
