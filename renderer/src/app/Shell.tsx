import { useEffect, useState } from 'react';
import type { UserT } from '../../../electron/shared/contract/models';
import { drop } from '../../../electron/shared/util/drop';
import { station } from '../bridge';
import { KindSection } from '../features/placeholders/KindSection';
import { ReceptionSection, type OpenTarget } from '../features/reception/ReceptionSection';
import { SearchDialog } from '../features/search/SearchDialog';
import { SettingsSection } from '../features/settings/SettingsSection';
import { UploadsSection } from '../features/uploads/UploadsSection';
import { useShortcut } from '../hooks/useShortcut';
import { useI18n } from '../i18n/I18nProvider';
import { LanguageSwitcher } from './LanguageSwitcher';
import { SECTIONS, type SectionId } from './sections';
import { ShortcutHelp } from './ShortcutHelp';

interface SectionViewProps { section: SectionId; creating: boolean; setCreating(open: boolean): void; isAdmin: boolean; target: OpenTarget | null }

function SectionView({ section, creating, setCreating, isAdmin, target }: SectionViewProps) {
  switch (section) {
    case 'reception': return <ReceptionSection creating={creating} setCreating={setCreating} target={target} />;
    case 'results': return <KindSection kind="result" title="results.title" />;
    case 'certification': return <KindSection kind="certification" title="certification.title" />;
    case 'uploads': return <UploadsSection />;
    case 'settings': return <SettingsSection isAdmin={isAdmin} />;
  }
}

/** The signed-in application: header, section navigation (Alt+1…5), global shortcuts and the help overlay. */
export function Shell({ user, onSignedOut }: { user: UserT; onSignedOut(): void }) {
  const { t, setLang } = useI18n();
  // The station's language setting wins over this browser's last choice once signed in.
  useEffect(() => { station.settings.get().then((s) => setLang(s.language), () => undefined); }, [setLang]);
  const [section, setSectionState] = useState<SectionId>('reception');
  const [help, setHelp] = useState(false);
  const [creating, setCreating] = useState(false);
  const [searching, setSearching] = useState(false);
  // A search hit to open in Tiếp nhận; leaving the section forgets it, so coming back shows the list.
  const [target, setTarget] = useState<OpenTarget | null>(null);
  const setSection = (next: SectionId) => { setTarget(null); setSectionState(next); };
  const openHit = (hit: { dossierCode: string; pageId: string }) => {
    setSearching(false);
    setSectionState('reception');
    setTarget((prev) => ({ code: hit.dossierCode, pageId: hit.pageId, seq: (prev?.seq ?? 0) + 1 }));
  };
  useShortcut(SECTIONS.map((_, i) => `Alt+${i + 1}`), (e) => {
    const target = SECTIONS[Number(e.code.slice(5)) - 1];
    if (target) setSection(target.id);
  });
  useShortcut('?', () => setHelp(true));
  useShortcut('Ctrl+Shift+F', () => setSearching(true));
  useShortcut('Ctrl+N', () => { setSection('reception'); setCreating(true); });
  const signOut = () => drop(station.auth.signOut().then(onSignedOut));
  return (
    <div className="shell">
      <header className="topbar">
        <div className="brand"><span className="brand-mark" aria-hidden="true">SH</span><span className="brand-name">{t('app.title')}</span></div>
        <div className="topbar-right">
          <button type="button" className="btn btn-ghost" onClick={() => setSearching(true)} data-testid="open-content-search">
            {t('search.button')} <kbd className="kbd-light">Ctrl+Shift+F</kbd>
          </button>
          <button type="button" className="btn btn-ghost" onClick={() => setHelp(true)}>{t('shortcuts.button')}</button>
          <LanguageSwitcher persist />
          <span className="user-name" data-testid="current-user">{user.fullName}</span>
          <button type="button" className="btn btn-ghost" onClick={signOut}>{t('auth.signOut')}</button>
        </div>
      </header>
      <nav className="sidenav" aria-label={t('nav.label')}>
        {SECTIONS.map((s, i) => (
          <button key={s.id} type="button" className={s.id === section ? 'nav-item active' : 'nav-item'} aria-current={s.id === section ? 'page' : undefined}
            onClick={() => setSection(s.id)} data-section={s.id}>
            <span className="nav-num" aria-hidden="true">{i + 1}</span>
            <span className="nav-label">{t(s.label)}</span>
            <kbd className="nav-kbd">Alt+{i + 1}</kbd>
          </button>
        ))}
      </nav>
      <main className="content" data-section={section}>
        <SectionView section={section} creating={creating} setCreating={setCreating} isAdmin={user.role === 'admin'} target={target} />
      </main>
      {help && <ShortcutHelp onClose={() => setHelp(false)} />}
      {searching && <SearchDialog onClose={() => setSearching(false)} onOpen={openHit} />}
    </div>
  );
}
