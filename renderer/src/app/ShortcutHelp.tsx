import { Dialog } from '../components/Dialog';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/Messages';

const ROWS: ReadonlyArray<{ keys: readonly string[]; label: MessageKey }> = [
  { keys: ['Alt+1', '…', 'Alt+5'], label: 'shortcuts.sections' },
  { keys: ['Ctrl+N'], label: 'shortcuts.newDossier' },
  { keys: ['Ctrl+F'], label: 'shortcuts.search' },
  { keys: ['Ctrl+Shift+F'], label: 'shortcuts.contentSearch' },
  { keys: ['Ctrl+I'], label: 'shortcuts.import' },
  { keys: ['Ctrl+E'], label: 'shortcuts.export' },
  { keys: ['F8', 'Ctrl+Enter'], label: 'shortcuts.scan' },
  { keys: ['R'], label: 'shortcuts.rescan' },
  { keys: ['Esc'], label: 'shortcuts.cancelScan' },
  { keys: ['←', '→', '↑', '↓'], label: 'shortcuts.arrows' },
  { keys: ['Delete'], label: 'shortcuts.delete' },
  { keys: ['X', 'Shift+X'], label: 'shortcuts.rotate' },
  { keys: ['Alt+←', 'Alt+→'], label: 'shortcuts.reorder' },
  { keys: ['S'], label: 'shortcuts.split' },
  { keys: ['M'], label: 'shortcuts.merge' },
  { keys: ['T'], label: 'shortcuts.viewerText' },
  { keys: ['O'], label: 'shortcuts.viewerImage' },
  { keys: ['F'], label: 'shortcuts.viewerExpand' },
  { keys: ['I'], label: 'shortcuts.viewerPane' },
  { keys: ['Ctrl+Enter'], label: 'shortcuts.confirmMetadata' },
  { keys: ['Esc'], label: 'shortcuts.escape' },
  { keys: ['?'], label: 'shortcuts.help' },
];

/** The "?" overlay listing every keyboard shortcut. */
export function ShortcutHelp({ onClose }: { onClose(): void }) {
  const { t } = useI18n();
  return (
    <Dialog title={t('shortcuts.title')} onClose={onClose} testId="shortcut-help">
      <table className="shortcut-table">
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.label}>
              <td className="shortcut-keys">{row.keys.map((k) => (k === '…' ? <span key={k}> … </span> : <kbd key={k}>{k}</kbd>))}</td>
              <td>{t(row.label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
