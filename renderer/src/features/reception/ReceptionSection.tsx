import { useState } from 'react';
import { DossierList } from '../dossiers/DossierList';
import { NewDossierDialog } from '../dossiers/NewDossierDialog';
import { DossierView } from '../dossier/DossierView';
import { useShortcut } from '../../hooks/useShortcut';
import { useI18n } from '../../i18n/I18nProvider';

/** A dossier page to open (a search hit); `seq` tells two requests for the same page apart. */
export interface OpenTarget { code: string; pageId: string; seq: number }

interface ReceptionSectionProps { creating: boolean; setCreating(open: boolean): void; target: OpenTarget | null }

/** Tiếp nhận: the dossier list, the new-dossier form (Ctrl+N) and the open dossier (also opened at a page from search). */
export function ReceptionSection({ creating, setCreating, target }: ReceptionSectionProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState<{ code: string; pageId: string | null; seq: number } | null>(target);
  const [seenTarget, setSeenTarget] = useState(target);
  if (target !== seenTarget) {
    // A new search hit replaces whatever dossier is open (state adjusted during render, no extra effect pass).
    setSeenTarget(target);
    if (target) setOpen(target);
  }
  const openCode = (code: string) => setOpen({ code, pageId: null, seq: 0 });
  const [version, setVersion] = useState(0);
  useShortcut('Escape', () => setOpen(null), open !== null);
  return (
    <>
      {open
        ? <DossierView key={`${open.code}#${open.seq}`} code={open.code} initialPageId={open.pageId}
          onBack={() => { setOpen(null); setVersion((v) => v + 1); }} />
        : (
          <DossierList title={t('dossiers.title')} onOpen={openCode} version={version}
            actions={<button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>{t('dossiers.new')} <kbd>Ctrl+N</kbd></button>} />
        )}
      {creating && (
        <NewDossierDialog onClose={() => setCreating(false)}
          onCreated={(d) => { setCreating(false); setVersion((v) => v + 1); openCode(d.code); }} />
      )}
    </>
  );
}
