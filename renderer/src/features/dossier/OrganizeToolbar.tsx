import { ErrorNotice } from '../../components/ErrorNotice';
import { useShortcut } from '../../hooks/useShortcut';
import { useI18n } from '../../i18n/I18nProvider';
import type { Organize } from './useOrganize';

/**
 * Organising the selected page: rotate (X / Shift+X; R stays "rescan here"), move earlier/later (Alt+← / Alt+→),
 * split before it (S) and merge its document with the next (M), both confirmed in a dialog.
 */
export function OrganizeToolbar({ organize, enabled }: { organize: Organize; enabled: boolean }) {
  const { t } = useI18n();
  const on = enabled && !organize.busy;
  useShortcut('X', () => organize.rotate(90), on);
  useShortcut('Shift+X', () => organize.rotate(270), on);
  useShortcut('Alt+ArrowLeft', () => organize.step(-1), on);
  useShortcut('Alt+ArrowRight', () => organize.step(1), on);
  useShortcut('S', organize.askSplit, on);
  useShortcut('M', organize.askMerge, on);
  const button = (label: string, keys: string, onClick: () => void, testId: string) => (
    <button type="button" className="btn btn-small" onClick={onClick} disabled={!on} data-testid={testId}>{label} <kbd>{keys}</kbd></button>
  );
  return (
    <div className="organize" data-testid="organize-toolbar" aria-busy={organize.busy}>
      <div className="organize-row" role="toolbar" aria-label={t('organize.label')}>
        {button(`↻ ${t('organize.rotateRight')}`, 'X', () => organize.rotate(90), 'rotate-right')}
        {button(`↺ ${t('organize.rotateLeft')}`, 'Shift+X', () => organize.rotate(270), 'rotate-left')}
        {button(`← ${t('organize.earlier')}`, 'Alt+←', () => organize.step(-1), 'move-earlier')}
        {button(`${t('organize.later')} →`, 'Alt+→', () => organize.step(1), 'move-later')}
        {button(`✂ ${t('organize.split')}`, 'S', organize.askSplit, 'split-doc')}
        {button(`⊕ ${t('organize.merge')}`, 'M', organize.askMerge, 'merge-doc')}
      </div>
      {organize.note && <p className="notice notice-info" role="status" data-testid="organize-note">{t(organize.note.key, organize.note.params)}</p>}
      <ErrorNotice error={organize.error} />
    </div>
  );
}
